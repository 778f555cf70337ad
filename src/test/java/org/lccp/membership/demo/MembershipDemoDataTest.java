package org.lccp.membership.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.membership.ApplicationState;
import org.lccp.membership.InstitutionStatus;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.InstitutionView;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo members and applications, in a context of their own with demo data switched
 * on.
 */
@SpringBootTest
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, MembershipDemoDataTest.DemoEnabled.class })
class MembershipDemoDataTest {

	private static final String KEI = "Korea Environment Institute (KEI)";

	@Autowired
	MembershipDemoData loader;

	@Autowired
	MembershipManagement membership;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTwelveMembersOfTheSeedDocumentsAreActiveMembers() {
		var members = this.membership.directory(null, null, 0).getContent();
		assertThat(members).extracting(InstitutionView::nameEnglish)
			.containsExactlyInAnyOrder("UN ESCAP East and North-East Asia Office", "Incheon Metropolitan City",
					"Gwangju Metropolitan City", "Wuhan Municipal People's Government",
					"Guangzhou Municipal People's Government", "Ulaanbaatar City Government",
					"Institute for Global Environmental Strategies (IGES)", KEI,
					"Institute for Global Decarbonization Progress (iGDP)",
					"Institute for Urban and Environmental Studies, Chinese Academy of Social Sciences (CASS)",
					"Baikal Institute of Nature Management, Siberian Branch of the Russian Academy of Sciences (BINM SB RAS)",
					"ICLEI East Asia Secretariat");
		assertThat(members).allSatisfy((member) -> assertThat(member.status()).isEqualTo(InstitutionStatus.ACTIVE));
		assertThat(this.jdbc.queryForObject("select count(*) from institution", Long.class)).isEqualTo(12);

		var counts = this.membership.counts();
		assertThat(counts.members()).isEqualTo(12);
		assertThat(counts.byCountry())
			.containsExactlyInAnyOrderEntriesOf(Map.of("KR", 5L, "CN", 4L, "JP", 1L, "MN", 1L, "RU", 1L));
		assertThat(counts.byType()).containsEntry(InstitutionType.LOCAL_GOVERNMENT, 5L)
			.containsEntry(InstitutionType.RESEARCH_INSTITUTION, 4L)
			.containsEntry(InstitutionType.NON_PROFIT, 2L)
			.containsEntry(InstitutionType.INTERNATIONAL_ORGANISATION, 1L);
	}

	@Test
	void everyMemberNamesTheDocumentItsDataComesFrom() {
		var members = this.membership.directory(null, null, 0).getContent();
		assertThat(members).hasSize(12).allSatisfy((member) -> {
			assertThat(member.sourceNote()).startsWith("Demo data derived from ");
			assertThat(member.sourceNote())
				.containsPattern("(NEASPEC SOM-(19|26|28)|NEA-LCCP progress) note \\(\\d{4}\\)");
			// no seed gives the date an institution joined, so none is invented
			assertThat(member.memberSince()).isNull();
			assertThat(member.resourceCentreArea()).isNull();
		});
	}

	@Test
	void theSecretariatsQueueHoldsApplicationsInSeveralStates() {
		var counts = this.membership.queueCounts();
		assertThat(counts).containsEntry(ApplicationState.SUBMITTED, 2L)
			.containsEntry(ApplicationState.MORE_INFO_REQUESTED, 1L)
			.containsEntry(ApplicationState.DRAFT, 1L)
			.containsEntry(ApplicationState.ACCEPTED, 0L)
			.containsEntry(ApplicationState.REJECTED, 0L);
		assertThat(this.membership.queue(ApplicationState.SUBMITTED, 0).getContent())
			.extracting(MembershipManagement.ApplicationSummary::nameEnglish)
			.containsExactlyInAnyOrder("Suwon Special City", KEI);
		assertThat(this.membership.queue(ApplicationState.MORE_INFO_REQUESTED, 0).getContent())
			.extracting(MembershipManagement.ApplicationSummary::nameEnglish)
			.containsExactly("Irkutsk City Administration");
		assertThat(this.membership.queue(ApplicationState.DRAFT, 0).getContent())
			.extracting(MembershipManagement.ApplicationSummary::nameEnglish)
			.containsExactly("Tsetserleg City");
	}

	@Test
	void theSecondKeiApplicationIsFlaggedAsDuplicateOfTheMember() {
		var secretariat = this.accounts.findByEmail("secretariat@demo.lccp.example").orElseThrow();
		assertThat(secretariat.roles()).contains(Role.SECRETARIAT);
		var application = this.membership.queue(ApplicationState.SUBMITTED, 0)
			.stream()
			.filter((a) -> a.nameEnglish().equals(KEI))
			.findFirst()
			.orElseThrow();
		var file = this.accounts.actingAs(secretariat.id(), () -> this.membership.application(application.id()));
		var kei = this.membership.directory("KR", InstitutionType.RESEARCH_INSTITUTION, 0)
			.stream()
			.filter((i) -> i.nameEnglish().equals(KEI))
			.findFirst()
			.orElseThrow();
		assertThat(file.duplicates()).singleElement().satisfies((duplicate) -> {
			assertThat(duplicate.institutionId()).isEqualTo(kei.id());
			assertThat(duplicate.nameEnglish()).isEqualTo(KEI);
		});

		// Another demo application is not flagged.
		var suwon = this.membership.queue(ApplicationState.SUBMITTED, 0)
			.stream()
			.filter((a) -> a.nameEnglish().equals("Suwon Special City"))
			.findFirst()
			.orElseThrow();
		assertThat(this.accounts.actingAs(secretariat.id(), () -> this.membership.application(suwon.id())).duplicates())
			.isEmpty();
	}

	@Test
	void theDemoFocalPointsHoldTheirRoles() {
		var incheon = this.accounts.findByEmail("focal.incheon@demo.lccp.example").orElseThrow();
		assertThat(incheon.roles()).contains(Role.MEMBER, Role.CITY_FOCAL_POINT);
		assertThat(incheon.affiliation()).isEqualTo("Incheon Metropolitan City");
		assertThat(this.accounts.findByEmail("expert.kei@demo.lccp.example").orElseThrow().roles())
			.contains(Role.EXPERT);
	}

	@Test
	void runningTheLoaderAgainAddsNothing() {
		var before = tableSizes();
		assertThat(this.jdbc.queryForObject("select count(*) from demo_dataset where name = 'membership'", Long.class))
			.isOne();

		this.loader.run(new DefaultApplicationArguments());

		assertThat(tableSizes()).isEqualTo(before);
	}

	private Map<String, Long> tableSizes() {
		var sizes = new LinkedHashMap<String, Long>();
		for (var table : new String[] { "institution", "institution_status_change", "membership_application",
				"application_message", "application_transition", "account", "audit_entry", "mail_message",
				"demo_dataset" }) {
			sizes.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return sizes;
	}

	/** Switches the demo data on after the test database settings switched it off. */
	static class DemoEnabled implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("lccp.demo.enabled=true").applyTo(context);
		}

	}

}
