package org.lccp;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.knowledge.HubPublications;
import org.lccp.knowledge.PublicationKind;
import org.lccp.membership.ApplicationDetails;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.programme.ResourceCentres;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.AnonymousVisitor;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Facade writes found open by the audit of issue 10, called directly as another module or
 * a job would, not through an address: each now refuses a caller it does not serve, with
 * an access refusal rather than an internal error, and changes nothing.
 */
@LccpTest
class FacadeWritesCheckTheirCallerTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	HubPublications hub;

	@Autowired
	MembershipManagement membership;

	@Autowired
	ResourceCentres centres;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyTheSecretariatPublishesAnotherModulesDocumentInTheHub() {
		var people = new TestAccounts(this.accounts);
		var member = people.create("Hub member", Role.MEMBER, Role.RESOURCE_CENTRE);
		var officer = people.create("Hub officer", Role.SECRETARIAT, Role.MEMBER);
		var refused = "Refused report " + UUID.randomUUID();

		this.accounts.actingAs(member.id(), () -> {
			assertThatThrownBy(() -> this.hub.publish(document(refused))).isInstanceOf(AccessDeniedException.class);
			return null;
		});
		assertThatThrownBy(() -> this.hub.publish(document(refused))).isInstanceOf(AccessDeniedException.class);
		AnonymousVisitor.run(() -> assertThatThrownBy(() -> this.hub.publish(document(refused)))
			.isInstanceOf(AccessDeniedException.class));

		assertThat(count("select count(*) from knowledge_translation where title = ?", refused)).isZero();
		assertThat(count("select count(*) from stored_file where name = ?", refused + ".pdf")).isZero();

		var published = "Published report " + UUID.randomUUID();
		this.accounts.actingAs(officer.id(), () -> this.hub.publish(document(published)));
		assertThat(count("select count(*) from knowledge_translation where title = ?", published)).isOne();
	}

	@Test
	void applyingIsOpenToEverySignedInAccountButNotToNobody() {
		var applicant = new TestAccounts(this.accounts).create("Open applicant");
		var name = "Open institute " + UUID.randomUUID();
		var details = new ApplicationDetails(name, name, InstitutionType.RESEARCH_INSTITUTION, "JP", "Kitakyushu", null,
				"Studies.", Set.of(), Set.of(), "Contact", null, "c@example.org", null, false, null);

		assertThatThrownBy(() -> this.membership.startApplication(details)).isInstanceOf(AccessDeniedException.class);
		AnonymousVisitor.run(() -> assertThatThrownBy(() -> this.membership.startApplication(details))
			.isInstanceOf(AccessDeniedException.class));
		assertThat(count("select count(*) from membership_application where name_english = ?", name)).isZero();

		// An account without any role may apply: that is how an institution joins.
		var id = this.accounts.actingAs(applicant.id(), () -> this.membership.startApplication(details));
		assertThatThrownBy(() -> this.membership.submit(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.membership.reply(id, "hello")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.membership.updateApplication(id, details))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.queryForObject("select state from membership_application where id = ?", String.class, id))
			.isEqualTo("DRAFT");
	}

	@Test
	void nobodySignedInCannotAnswerAResourceCentreInvitationOrChangeAnAccount() {
		assertThatThrownBy(() -> this.centres.answer(UUID.randomUUID(), true))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.updateProfile("Nobody", Language.EN, ""))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.changePassword("old", "Willow-Canyon-Steady-29"))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static HubPublications.Document document(String title) {
		return new HubPublications.Document("en", title, "Summary.", List.of("A paragraph."), PublicationKind.REPORT,
				2025, "Authors", null, List.of(), List.of("KR"), "/reviews/" + UUID.randomUUID(), "The review",
				title + ".pdf", SampleFiles.pdf());
	}

	private long count(String sql, Object key) {
		return this.jdbc.queryForObject(sql, Long.class, key);
	}

}
