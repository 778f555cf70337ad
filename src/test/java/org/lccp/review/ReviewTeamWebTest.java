package org.lccp.review;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building the team: invitations answered by the mail link, a conflict declared by the
 * invited person that keeps them off every review of the city, and the host city's
 * objection with a reason.
 */
@LccpTest
class ReviewTeamWebTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcClient db;

	UUID city;

	TestAccounts accounts;

	TestAccount focal;

	TestAccount secretary;

	TestAccount expert;

	@BeforeEach
	void cityAndPeople() {
		this.city = this.cities.registerCity(new CityDetails("MN", null, "Team test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.accounts = new TestAccounts(this.accountManagement);
		this.focal = this.accounts.create("Host focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(this.city, this.focal.id());
		this.secretary = this.accounts.create("Review secretary", Role.SECRETARIAT);
		this.expert = this.accounts.create("Invited expert", Role.EXPERT);
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	UUID accepted(WebSession host, WebSession secretariat) {
		var response = host.post("/cities/" + this.city + "/reviews", "scope", "Whole plan", "languages", "mn, ru");
		var id = UUID.fromString(response.location().replaceAll(".*/reviews/", ""));
		assertThat(secretariat.post("/reviews/" + id + "/decision", "decision", "accept").status()).isEqualTo(302);
		return id;
	}

	long members(UUID review) {
		return this.db.sql("select count(*) from review_member where review_id = :id")
			.param("id", review)
			.query(Long.class)
			.single();
	}

	@Test
	void anInvitedReviewerGetsAMailLinkAndWorksOnlyAfterAccepting() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = accepted(host, secretariat);
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.expert.email()).status())
			.isEqualTo(302);
		var mail = this.db.sql("select body from mail_message where recipient = :to order by created_at desc limit 1")
			.param("to", this.expert.email())
			.query(String.class)
			.single();
		assertThat(mail).contains("/reviews/" + id + "/invitation");
		assertThat(secretariat.get("/reviews/" + id).html().select(".review-invited")).hasSize(1);

		var expertSession = as(this.expert);
		// invited is not yet on the team: no draft, no scoring
		assertThat(expertSession.get("/reviews/" + id).status()).isEqualTo(404);
		assertThat(expertSession.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "1", "finding", "x")
			.status()).isEqualTo(403);
		assertThat(expertSession.get("/reviews/" + id + "/invitation").status()).isEqualTo(200);
		assertThat(expertSession.get("/my/reviews").html().select(".review-invitations a").attr("href"))
			.isEqualTo("/reviews/" + id + "/invitation");
		// someone else cannot open or answer the invitation
		assertThat(host.get("/reviews/" + id + "/invitation").status()).isEqualTo(404);

		assertThat(
				expertSession.post("/reviews/" + id + "/invitation", "answer", "maybe").html().select(".field-error"))
			.hasSize(1);
		assertThat(expertSession.post("/reviews/" + id + "/invitation", "answer", "accept").status()).isEqualTo(302);
		assertThat(expertSession.get("/reviews/" + id).status()).isEqualTo(200);
		assertThat(
				expertSession.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "2", "finding", "ok")
					.status())
			.isEqualTo(302);
		assertThat(expertSession.get("/reviews/" + id + "/invitation").status()).isEqualTo(404);
	}

	@Test
	void aDeclaredConflictNeedsAReasonAndKeepsThePersonOffEveryReviewOfTheCity() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = accepted(host, secretariat);
		secretariat.post("/reviews/" + id + "/members", "email", this.expert.email());
		var expertSession = as(this.expert);
		var noReason = expertSession.post("/reviews/" + id + "/invitation", "answer", "conflict");
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.html().select(".field-error").text()).contains("Fill in");
		assertThat(members(id)).isEqualTo(1);
		assertThat(expertSession
			.post("/reviews/" + id + "/invitation", "answer", "conflict", "reason", "Adviser to the mayor until 2024")
			.status()).isEqualTo(302);
		assertThat(members(id)).isZero();

		var again = secretariat.post("/reviews/" + id + "/members", "email", this.expert.email());
		assertThat(again.html().select("#member-error").text()).contains("conflict of interest");
		var later = accepted(host, secretariat);
		var refused = secretariat.post("/reviews/" + later + "/members", "email", this.expert.email());
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#member-error").text()).contains("conflict of interest");
		assertThat(members(later)).isZero();
	}

	@Test
	void theHostCityObjectsWithAReasonAndThePersonCannotBeProposedAgain() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = accepted(host, secretariat);
		secretariat.post("/reviews/" + id + "/members", "email", this.expert.email());
		var path = "/reviews/" + id + "/members/" + this.expert.id() + "/objection";
		assertThat(host.post(path, "reason", " ").html().select(".field-error").text()).contains("Fill in");
		assertThat(members(id)).isEqualTo(1);
		// another city's focal point may not object
		var stranger = this.accounts.create("Other focal point", Role.CITY_FOCAL_POINT);
		assertThat(as(stranger).post(path, "reason", "x").status()).isEqualTo(403);
		assertThat(host.post(path, "reason", "Worked on our plan as a consultant").status()).isEqualTo(302);
		assertThat(members(id)).isZero();
		assertThat(secretariat.get("/reviews/" + id).html().select(".review-objections").text())
			.contains("Worked on our plan as a consultant");
		var again = secretariat.post("/reviews/" + id + "/members", "email", this.expert.email());
		assertThat(again.html().select("#member-error").text()).contains("objected");
	}

}
