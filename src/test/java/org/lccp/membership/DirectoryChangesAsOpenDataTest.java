package org.lccp.membership;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.domain.OpenDataChanged;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Membership announces every change of its public directory as {@link OpenDataChanged}
 * and gives the download a fingerprint of it, so the bulk download's institutions table
 * follows an acceptance and a suspension without waiting for another module's change.
 */
@LccpTest
@RecordApplicationEvents
class DirectoryChangesAsOpenDataTest {

	@LocalServerPort
	int port;

	@Autowired
	MembershipManagement membership;

	@Autowired
	MembershipOpenData openData;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	ApplicationEvents events;

	@Test
	void acceptingAMemberRebuildsTheDownloadWithTheNewInstitutionAndSuspendingItRemovesIt() {
		var accounts = new TestAccounts(this.accountManagement);
		var applicant = accounts.create("Open-data applicant");
		var officer = accounts.create("Open-data officer", Role.SECRETARIAT);
		var name = ApplicationFields.uniqueName("Open Data Institute");
		var details = new ApplicationDetails(name, name, InstitutionType.RESEARCH_INSTITUTION, "JP", "Kitakyushu", null,
				"Studies.", Set.of(), Set.of(), "Contact", null, "c@example.org", null, false, null);
		UUID application = this.accountManagement.actingAs(applicant.id(), () -> {
			var created = this.membership.startApplication(details);
			this.membership.submit(created);
			return created;
		});
		var before = this.openData.version();
		this.events.clear();

		UUID institution = this.accountManagement.actingAs(officer.id(), () -> {
			this.membership.updateChecklist(application, new Checklist(true, true, true, true));
			return this.membership.accept(application);
		});

		assertThat(this.events.stream(OpenDataChanged.class)).hasSize(1);
		var accepted = this.openData.version();
		assertThat(accepted).isNotEqualTo(before);
		var web = new WebSession(this.port);
		await().atMost(Duration.ofSeconds(50))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> institutions(web).contains(institution.toString() + "," + name));

		this.events.clear();
		this.accountManagement.actingAs(officer.id(), () -> {
			this.membership.suspend(institution, "test over");
			return null;
		});

		assertThat(this.events.stream(OpenDataChanged.class)).hasSize(1);
		assertThat(this.openData.version()).isNotEqualTo(accepted);
		await().atMost(Duration.ofSeconds(50))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !institutions(web).contains(institution.toString()));
	}

	private static String institutions(WebSession web) throws java.io.IOException {
		return InstitutionsAsOpenDataTest.entries(web.download("/open-data/lccp-open-data.zip").body())
			.get("institutions.csv");
	}

}
