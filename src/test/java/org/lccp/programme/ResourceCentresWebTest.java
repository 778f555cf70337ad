package org.lccp.programme;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resource centres over real HTTP: the secretariat invites a member institution for an
 * area and term (bad input refused, a second invitation refused), only an account of that
 * institution answers (and gains the resource-centre role), and the serving centre files
 * one report a year of its term.
 */
@LccpTest
class ResourceCentresWebTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInvitedInstitutionAcceptsAndFilesOneReportAYearOfItsTerm() {
		var secretariatAccount = new TestAccounts(this.accounts).create("Centre secretariat", Role.SECRETARIAT);
		var secretariat = new WebSession(this.port).login(secretariatAccount.email(), secretariatAccount.password());
		var memberAccount = new TestAccounts(this.accounts).create("Centre member", Role.MEMBER);
		var institution = new MemberInstitutions(this.jdbc).of(memberAccount.id(), "Centre test institute");

		var bad = secretariat.post("/resource-centres", "institutionId", UUID.randomUUID().toString(), "area",
				"CAPACITY_BUILDING", "termFrom", "2027-01-01", "termTo", "2026-01-01");
		assertThat(bad.html().select(".field-error").eachText()).hasSize(2);
		var invited = secretariat.post("/resource-centres", "institutionId", institution.toString(), "area",
				"CAPACITY_BUILDING", "termFrom", "2026-01-01", "termTo", "2027-12-31");
		assertThat(invited.status()).as(invited.body()).isEqualTo(302);
		var centre = UUID.fromString(invited.location().substring(invited.location().lastIndexOf('/') + 1));
		assertThat(secretariat
			.post("/resource-centres", "institutionId", institution.toString(), "area", "CAPACITY_BUILDING", "termFrom",
					"2026-01-01", "termTo", "2027-12-31")
			.status()).isEqualTo(409);

		var stranger = new TestAccounts(this.accounts).create("Stranger", Role.MEMBER);
		var strangerSession = new WebSession(this.port).login(stranger.email(), stranger.password());
		assertThat(strangerSession.post("/resource-centres/" + centre + "/accept").status()).isEqualTo(403);
		assertThat(secretariat.post("/resource-centres/" + centre + "/accept").status()).isEqualTo(403);

		var member = new WebSession(this.port).login(memberAccount.email(), memberAccount.password());
		assertThat(member.get("/resource-centres/" + centre).html().select("button").eachText())
			.contains("Accept for the institution");
		assertThat(member.post("/resource-centres/" + centre + "/accept").status()).isEqualTo(302);
		assertThat(member.post("/resource-centres/" + centre + "/decline").status()).isEqualTo(409);
		assertThat(this.accounts.find(memberAccount.id()).roles()).contains(Role.RESOURCE_CENTRE);

		var outside = member.post("/resource-centres/" + centre + "/reports", "year", "2030", "text", "Work");
		assertThat(outside.html().select(".field-error").text()).contains("term");
		assertThat(member
			.post("/resource-centres/" + centre + "/reports", "year", "2026", "text",
					"Stewarded the capacity-building queue")
			.status()).isEqualTo(302);
		assertThat(member.post("/resource-centres/" + centre + "/reports", "year", "2026", "text", "Again").status())
			.isEqualTo(409);
		var page = new WebSession(this.port).get("/resource-centres/" + centre).html();
		assertThat(page.select(".centre-status").text()).isEqualTo("Serving");
		assertThat(page.select(".centre-report").text()).contains("2026", "Stewarded the capacity-building queue");
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where record_type = 'ResourceCentre' and " + "record_id = :id")
			.param("id", centre.toString())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
