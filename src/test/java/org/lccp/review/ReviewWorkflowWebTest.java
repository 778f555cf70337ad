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
 * The peer-review workflow over real HTTP against the real database: a city's request,
 * the secretariat's decision, a team without conflicts, scores with private notes,
 * recommendations, the city's reply, publication and follow-up; who sees what at each
 * step; refused steps that store nothing.
 */
@LccpTest
class ReviewWorkflowWebTest {

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

	TestAccount lead;

	TestAccount reviewer;

	TestAccount outsider;

	@BeforeEach
	void cityAndPeople() {
		this.city = this.cities.registerCity(new CityDetails("KR", null, "Review test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.accounts = new TestAccounts(this.accountManagement);
		this.focal = this.accounts.create("Host focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(this.city, this.focal.id());
		this.secretary = this.accounts.create("Review secretary", Role.SECRETARIAT);
		this.lead = this.accounts.create("Lead reviewer", Role.EXPERT);
		this.reviewer = this.accounts.create("Peer reviewer", Role.CITY_FOCAL_POINT);
		this.outsider = this.accounts.create("Other member", Role.MEMBER);
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	void acceptInvitation(TestAccount account, UUID review) {
		assertThat(as(account).post("/reviews/" + review + "/invitation", "answer", "accept").status()).isEqualTo(302);
	}

	UUID requested(WebSession host) {
		var response = host.post("/cities/" + this.city + "/reviews", "scope", "Whole plan", "languages", "ko, en",
				"period", "autumn");
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		return UUID.fromString(response.location().replaceAll(".*/reviews/", ""));
	}

	/** A review with its team in place, at the review step. */
	UUID underReview(WebSession host, WebSession secretariat) {
		var id = requested(host);
		assertThat(secretariat.post("/reviews/" + id + "/decision", "decision", "accept").status()).isEqualTo(302);
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.lead.email(), "lead", "true").status())
			.isEqualTo(302);
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.reviewer.email()).status())
			.isEqualTo(302);
		acceptInvitation(this.lead, id);
		acceptInvitation(this.reviewer, id);
		return id;
	}

	long count(String table, UUID review) {
		return this.db.sql("select count(*) from " + table + " where review_id = :id")
			.param("id", review)
			.query(Long.class)
			.single();
	}

	@Test
	void aReviewGoesFromRequestToPublicationAndFollowUpAndEachPartySeesOnlyItsShare() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = requested(host);
		var visitor = new WebSession(this.port);
		var other = as(this.outsider);
		// a request is no one's business but the host's and the secretariat's
		assertThat(visitor.get("/reviews/" + id).status()).isEqualTo(404);
		assertThat(other.get("/reviews/" + id).status()).isEqualTo(404);
		assertThat(host.get("/reviews/" + id).html().select(".review-status").text()).isEqualTo("Requested");
		assertThat(secretariat.get("/reviews/" + id).html().select("form.review-decision")).hasSize(1);

		assertThat(secretariat.post("/reviews/" + id + "/decision", "decision", "accept").status()).isEqualTo(302);
		var page = secretariat.get("/reviews/" + id).html();
		assertThat(page.select("h2").text()).contains("Criteria (version ");
		assertThat(page.select(".review-criteria tbody tr")).hasSize(6);

		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.lead.email(), "lead", "true").status())
			.isEqualTo(302);
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.reviewer.email()).status())
			.isEqualTo(302);
		acceptInvitation(this.lead, id);
		acceptInvitation(this.reviewer, id);
		var reviewerSession = as(this.reviewer);
		var leadSession = as(this.lead);
		assertThat(reviewerSession
			.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "3", "finding",
					"Baseline year is stated", "privateNote", "SECRET-NOTE-ABC")
			.status()).isEqualTo(302);
		assertThat(leadSession.get("/reviews/" + id).body()).contains("SECRET-NOTE-ABC");
		assertThat(host.get("/reviews/" + id).body()).doesNotContain("SECRET-NOTE-ABC")
			.doesNotContain("Baseline year is stated");
		assertThat(leadSession
			.post("/reviews/" + id + "/recommendations", "criterion", "3", "sector", "transport", "priority", "HIGH",
					"timeline", "by 2028", "text", "Set a bus electrification target")
			.status()).isEqualTo(302);
		// the draft stays with the team until the secretariat sends it for reply
		assertThat(host.get("/reviews/" + id).body()).doesNotContain("Set a bus electrification target");
		assertThat(secretariat.post("/reviews/" + id + "/reply-stage", "deadline", "2999-12-31").status())
			.isEqualTo(302);
		var hostPage = host.get("/reviews/" + id).body();
		assertThat(hostPage).contains("Set a bus electrification target")
			.contains("Baseline year is stated")
			.doesNotContain("SECRET-NOTE-ABC");
		assertThat(visitor.get("/reviews/" + id).status()).isEqualTo(404);

		var refused = secretariat.post("/reviews/" + id + "/publish");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".field-error").text()).contains("1 recommendation(s) still wait");
		assertThat(visitor.get("/reviews/" + id).status()).isEqualTo(404);

		long rec = this.db.sql("select id from review_recommendation where review_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(host
			.post("/reviews/" + id + "/recommendations/" + rec + "/reply", "answer", "PARTLY", "comment",
					"Buses yes, taxis later")
			.status()).isEqualTo(302);
		assertThat(secretariat.post("/reviews/" + id + "/publish").status()).isEqualTo(302);

		var published = visitor.get("/reviews/" + id);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body()).contains("Set a bus electrification target")
			.contains("Partly accepted")
			.contains("Buses yes, taxis later")
			.doesNotContain("SECRET-NOTE-ABC");
		assertThat(visitor.get("/reviews").html().select("a[href=/reviews/" + id + "]")).hasSize(1);

		var drop = host.post("/reviews/" + id + "/recommendations/" + rec + "/follow-up", "status", "DROPPED");
		assertThat(drop.html().select(".field-error").text()).contains("Say why");
		assertThat(host.post("/reviews/" + id + "/recommendations/" + rec + "/follow-up", "status", "IN_PROGRESS")
			.status()).isEqualTo(302);
		assertThat(host.post("/reviews/" + id + "/recommendations/" + rec + "/follow-up", "status", "IMPLEMENTED")
			.status()).isEqualTo(302);
		var followed = visitor.get("/reviews/" + id).html();
		assertThat(followed.select(".follow-up-status").text()).isEqualTo("Implemented");
		assertThat(followed.select(".follow-up-history li")).hasSize(2);
		// a visitor gets no form to change it, and a post is refused
		assertThat(followed.select("form.follow-up-form")).isEmpty();
		assertThat(other
			.post("/reviews/" + id + "/recommendations/" + rec + "/follow-up", "status", "DROPPED", "reason", "x")
			.status()).isEqualTo(403);
	}

	@Test
	void theHostCitysPeopleAndDeclaredConflictsAreKeptOffTheTeam() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = requested(host);
		secretariat.post("/reviews/" + id + "/decision", "decision", "accept");
		var colleague = this.accounts.create("Host colleague", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(this.city, colleague.id());

		var hostPerson = secretariat.post("/reviews/" + id + "/members", "email", colleague.email());
		assertThat(hostPerson.status()).isEqualTo(200);
		assertThat(hostPerson.html().select("#member-error").text()).contains("focal point of the host city");
		var conflicted = secretariat.post("/reviews/" + id + "/members", "email", this.reviewer.email(),
				"declaredConflict", "true");
		assertThat(conflicted.html().select("#member-error").text()).contains("conflict of interest");
		var unknown = secretariat.post("/reviews/" + id + "/members", "email", "nobody@example.org");
		assertThat(unknown.html().select("#member-error").text()).contains("No account");
		assertThat(count("review_member", id)).isZero();
		// the city may not pick its own reviewers
		assertThat(host.post("/reviews/" + id + "/members", "email", this.lead.email()).status()).isEqualTo(403);
		assertThat(count("review_member", id)).isZero();
	}

	@Test
	void scoresOutsideTheScaleAndWorkByOutsidersAreRefusedAndStoreNothing() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = underReview(host, secretariat);
		var reviewerSession = as(this.reviewer);
		var tooHigh = reviewerSession.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "6", "finding",
				"x");
		assertThat(tooHigh.status()).isEqualTo(200);
		assertThat(tooHigh.html().select(".field-error").text()).contains("from 0 to 5");
		var negative = reviewerSession.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "-1",
				"finding", "x");
		assertThat(negative.html().select(".field-error").text()).contains("from 0 to 5");
		var words = reviewerSession.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "three",
				"finding", "x");
		assertThat(words.html().select(".field-error").text()).contains("whole number");
		var noCriterion = reviewerSession.post("/reviews/" + id + "/assessments", "criterion", "99", "score", "1",
				"finding", "x");
		assertThat(noCriterion.html().select(".field-error").text()).contains("criteria set");
		assertThat(as(this.outsider)
			.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "1", "finding", "x")
			.status()).isEqualTo(403);
		assertThat(host.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "5", "finding", "self")
			.status()).isEqualTo(403);
		// only the lead writes recommendations
		assertThat(reviewerSession
			.post("/reviews/" + id + "/recommendations", "criterion", "1", "priority", "HIGH", "text", "x")
			.status()).isEqualTo(403);
		assertThat(count("review_assessment", id)).isZero();
		assertThat(count("review_recommendation", id)).isZero();
	}

	@Test
	void wordsInScoreCriterionAndDeadlineAreAskedForInTheReadersLanguageAndNothingIsStored() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = underReview(host, secretariat);
		var reviewerSession = as(this.reviewer);
		var russian = reviewerSession.post("/reviews/" + id + "/assessments?lang=ru", "criterion", "first", "score",
				"1", "finding", "x");
		assertThat(russian.status()).isEqualTo(200);
		assertThat(russian.html().select(".field-error").text()).isEqualTo("Введите целое число.");
		// who may take the step is still checked first
		assertThat(as(this.outsider)
			.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "many", "finding", "x")
			.status()).isEqualTo(403);
		assertThat(count("review_assessment", id)).isZero();

		as(this.lead).post("/reviews/" + id + "/recommendations", "criterion", "2", "priority", "LOW", "text",
				"Publish the inventory yearly");
		var deadline = secretariat.post("/reviews/" + id + "/reply-stage", "deadline", "next month");
		assertThat(deadline.status()).isEqualTo(200);
		assertThat(deadline.html().select("#deadline-error").text()).isEqualTo("Enter a date as year-month-day.");
		var mongolian = secretariat.post("/reviews/" + id + "/reply-stage?lang=mn", "deadline", "2030-02-30");
		assertThat(mongolian.html().select("#deadline-error").text())
			.isEqualTo("Огноог он-сар-өдөр хэлбэрээр оруулна уу.");
		assertThat(this.db.sql("select status from review where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("IN_REVIEW");
	}

	@Test
	void aReplyAfterTheDeadlineIsRefused() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = underReview(host, secretariat);
		as(this.lead).post("/reviews/" + id + "/recommendations", "criterion", "2", "priority", "LOW", "text",
				"Publish the inventory yearly");
		assertThat(secretariat.post("/reviews/" + id + "/reply-stage", "deadline", "2001-01-01")
			.html()
			.select("#deadline-error")
			.text()).contains("after today");
		secretariat.post("/reviews/" + id + "/reply-stage", "deadline", "2999-01-01");
		// time passes: the deadline is now behind us
		this.db.sql("update review set reply_deadline = current_date - 1 where id = :id").param("id", id).update();
		long rec = this.db.sql("select id from review_recommendation where review_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		var late = host.post("/reviews/" + id + "/recommendations/" + rec + "/reply", "answer", "ACCEPTED");
		assertThat(late.status()).isEqualTo(200);
		assertThat(late.html().select(".field-error").text()).contains("right of reply ended");
		assertThat(this.db.sql("select count(*) from review_recommendation where id = :r and reply is not null")
			.param("r", rec)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDeclineNeedsAReasonAndOnlyTheHostsFocalPointsMayRequest() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = requested(host);
		var noReason = secretariat.post("/reviews/" + id + "/decision", "decision", "decline");
		assertThat(noReason.html().select(".field-error").text()).contains("Fill in");
		assertThat(secretariat.post("/reviews/" + id + "/decision", "decision", "decline", "reason", "Plan not adopted")
			.status()).isEqualTo(302);
		assertThat(host.get("/reviews/" + id).html().select(".review-status").text()).isEqualTo("Declined");
		assertThat(host.get("/reviews/" + id).body()).contains("Plan not adopted");
		// a focal point of another city cannot ask for this city's review
		assertThat(
				as(this.reviewer).post("/cities/" + this.city + "/reviews", "scope", "x", "languages", "en").status())
			.isEqualTo(403);
		var empty = host.post("/cities/" + this.city + "/reviews", "scope", " ", "languages", "en");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.html().select("#scope-error").text()).contains("Fill in");
	}

	@Test
	void aWordForTheDecisionAnswerOrPriorityIsAskedForInTheReadersLanguageAndNothingIsStored() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = requested(host);
		var maybe = secretariat.post("/reviews/" + id + "/decision?lang=ru", "decision", "может быть");
		assertThat(maybe.status()).isEqualTo(200);
		assertThat(maybe.html().select(".field-error").text()).isEqualTo("Выберите: принять или отклонить.");
		assertThat(status(id)).isEqualTo("REQUESTED");
		assertThat(secretariat.post("/reviews/" + id + "/decision", "decision", "accept").status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("IN_REVIEW");

		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.lead.email(), "lead", "true").status())
			.isEqualTo(302);
		var leadSession = as(this.lead);
		var later = leadSession.post("/reviews/" + id + "/invitation?lang=zh", "answer", "以后");
		assertThat(later.status()).isEqualTo(200);
		assertThat(later.html().select(".field-error").text()).isEqualTo("请从所列选项中选择。");
		assertThat(leadSession.post("/reviews/" + id + "/invitation", "answer", "accept").status()).isEqualTo(302);

		var urgent = leadSession.post("/reviews/" + id + "/recommendations", "criterion", "1", "priority", "URGENT",
				"text", "Publish the inventory yearly");
		assertThat(urgent.status()).isEqualTo(200);
		// the language chosen last stays with the session
		assertThat(urgent.html().select(".field-error").text()).isEqualTo("请选择优先级。");
		assertThat(count("review_recommendation", id)).isZero();
		assertThat(leadSession
			.post("/reviews/" + id + "/recommendations", "criterion", "1", "priority", "MEDIUM", "text",
					"Publish the inventory yearly")
			.status()).isEqualTo(302);
		assertThat(this.db.sql("select priority from review_recommendation where review_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("MEDIUM");
	}

	String status(UUID review) {
		return this.db.sql("select status from review where id = :id").param("id", review).query(String.class).single();
	}

	@Test
	void aNewCriteriaVersionLeavesEarlierReviewsOnTheirOwnVersion() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = underReview(host, secretariat);
		var before = this.accountManagement.actingAs(this.secretary.id(), () -> this.reviewsFacade.review(id));
		var version = this.accountManagement.actingAs(this.secretary.id(),
				() -> this.reviewsFacade.newCriteriaVersion("Test set", java.util.List
					.of(new ReviewViews.Criterion(1, "Only one", "g", "e", 3, java.math.BigDecimal.ONE, null))));
		try {
			assertThat(version).isEqualTo(before.criteriaVersion() + 1);
			var page = secretariat.get("/reviews/" + id).html();
			assertThat(page.select(".review-criteria tbody tr")).hasSize(6);
			assertThat(page.select("h2").text()).contains("Criteria (version " + before.criteriaVersion() + ")");
			var next = requested(host);
			secretariat.post("/reviews/" + next + "/decision", "decision", "accept");
			var nextPage = secretariat.get("/reviews/" + next).html();
			assertThat(nextPage.select(".review-criteria tbody tr")).hasSize(1);
			assertThat(nextPage.select("h2").text()).contains("Criteria (version " + version + ")");
		}
		finally {
			// the other tests expect the six standard criteria: store them again as the
			// newest
			// version
			this.accountManagement.actingAs(this.secretary.id(),
					() -> this.reviewsFacade.newCriteriaVersion("LCCP plan review criteria", before.criteria()));
		}
	}

	@Autowired
	ReviewManagement reviewsFacade;

}
