package org.lccp.review;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.domain.OpenDataTables;
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
 * The city's self-assessment, the lead's team findings and the city's reply to them; the
 * open API, the city profile panel, the secretariat's list of open recommendations and
 * the bulk download show published reviews only, never private notes.
 */
@LccpTest
class ReviewFindingsAndOpenDataWebTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcClient db;

	@Autowired
	List<OpenDataTables> openData;

	UUID city;

	TestAccount focal;

	TestAccount secretary;

	TestAccount lead;

	TestAccount reviewer;

	@BeforeEach
	void cityAndPeople() {
		this.city = this.cities.registerCity(new CityDetails("KR", null, "Findings test city " + UUID.randomUUID(),
				null, null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var accounts = new TestAccounts(this.accountManagement);
		this.focal = accounts.create("Host focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(this.city, this.focal.id());
		this.secretary = accounts.create("Review secretary", Role.SECRETARIAT);
		this.lead = accounts.create("Lead reviewer", Role.EXPERT);
		this.reviewer = accounts.create("Peer reviewer", Role.CITY_FOCAL_POINT);
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	void acceptInvitation(TestAccount account, UUID review) {
		assertThat(as(account).post("/reviews/" + review + "/invitation", "answer", "accept").status()).isEqualTo(302);
	}

	UUID underReview(WebSession host, WebSession secretariat) {
		var response = host.post("/cities/" + this.city + "/reviews", "scope", "Transport and buildings", "languages",
				"ko");
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		var id = UUID.fromString(response.location().replaceAll(".*/reviews/", ""));
		assertThat(secretariat.post("/reviews/" + id + "/decision", "decision", "accept").status()).isEqualTo(302);
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.lead.email(), "lead", "true").status())
			.isEqualTo(302);
		assertThat(secretariat.post("/reviews/" + id + "/members", "email", this.reviewer.email()).status())
			.isEqualTo(302);
		acceptInvitation(this.lead, id);
		acceptInvitation(this.reviewer, id);
		return id;
	}

	@Test
	void theCityAssessesItselfTheLeadReconcilesAndTheCityAnswersTheFindingsBeforePublication() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = underReview(host, secretariat);
		var leadSession = as(this.lead);
		var reviewerSession = as(this.reviewer);

		// the self-assessment: the host only, within the scale
		assertThat(host.post("/reviews/" + id + "/self-assessment", "criterion", "1", "score", "9", "narrative", "x")
			.html()
			.select(".field-error")
			.text()).contains("from 0 to 5");
		assertThat(reviewerSession
			.post("/reviews/" + id + "/self-assessment", "criterion", "1", "score", "2", "narrative", "x")
			.status()).isEqualTo(403);
		assertThat(host
			.post("/reviews/" + id + "/self-assessment", "criterion", "1", "score", "4", "narrative",
					"Base year 2015 adopted by council", "evidence", "Council decision 2019-12")
			.status()).isEqualTo(302);
		assertThat(reviewerSession.get("/reviews/" + id).html().select(".review-self").text())
			.contains("Base year 2015 adopted by council");

		// only the lead reconciles
		assertThat(reviewerSession
			.post("/reviews/" + id + "/team-findings", "criterion", "1", "score", "3", "finding", "x")
			.status()).isEqualTo(403);
		reviewerSession.post("/reviews/" + id + "/assessments", "criterion", "1", "score", "2", "finding",
				"Baseline lacks transport", "privateNote", "PRIVATE-NOTE-XYZ");
		assertThat(leadSession
			.post("/reviews/" + id + "/team-findings", "criterion", "1", "score", "3", "finding",
					"TEAM-FINDING: baseline sound, transport missing")
			.status()).isEqualTo(302);
		assertThat(host.get("/reviews/" + id).body()).doesNotContain("TEAM-FINDING");
		leadSession.post("/reviews/" + id + "/recommendations", "criterion", "1", "priority", "HIGH", "text",
				"Add transport to the baseline");
		assertThat(secretariat.post("/reviews/" + id + "/reply-stage", "deadline", "2999-12-31").status())
			.isEqualTo(302);
		assertThat(host.get("/reviews/" + id).html().select(".review-team-finding").text()).contains("TEAM-FINDING");

		long rec = this.db.sql("select id from review_recommendation where review_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		host.post("/reviews/" + id + "/recommendations/" + rec + "/reply", "answer", "ACCEPTED");
		var refused = secretariat.post("/reviews/" + id + "/publish");
		assertThat(refused.html().select(".field-error").text()).contains("1 team finding(s) still wait");
		assertThat(this.db.sql("select status from review where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("REPLY");
		assertThat(host
			.post("/reviews/" + id + "/team-findings/1/reply", "answer", "PARTLY", "comment",
					"Transport data comes in 2027")
			.status()).isEqualTo(302);
		assertThat(secretariat.post("/reviews/" + id + "/publish").status()).isEqualTo(302);

		// the public sees the finding, the reply and the self-assessment, never the note
		var visitor = new WebSession(this.port);
		var page = visitor.get("/reviews/" + id).body();
		assertThat(page).contains("TEAM-FINDING")
			.contains("Transport data comes in 2027")
			.contains("Base year 2015 adopted by council")
			.doesNotContain("PRIVATE-NOTE-XYZ");

		// and the report as a PDF, in Korean, with the same findings and never the note
		var pdf = visitor.acceptLanguage("ko").download("/reviews/" + id + "/report.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("TEAM-FINDING")
				.contains("Transport data comes in 2027")
				.contains("Add transport to the baseline")
				.contains("권고")
				.doesNotContain("PRIVATE-NOTE-XYZ");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void theApiTheCityPanelAndTheBulkDownloadShowPublishedReviewsOnly() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var draft = underReview(host, secretariat);
		var visitor = new WebSession(this.port);
		var missing = visitor.get("/api/v1/reviews/" + draft, "Accept", "application/json");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type").orElse("")).contains("application/problem+json");
		// a focal point of the city is offered the request; a visitor sees no panel for a
		// city without published reviews
		assertThat(host.get("/cities/" + this.city).html().select(".review-panel a[href$=/reviews/new]")).hasSize(1);
		assertThat(visitor.get("/cities/" + this.city).html().select(".review-panel")).isEmpty();

		var leadSession = as(this.lead);
		as(this.reviewer).post("/reviews/" + draft + "/assessments", "criterion", "2", "score", "2", "finding", "f",
				"privateNote", "PRIVATE-NOTE-API");
		leadSession.post("/reviews/" + draft + "/recommendations", "criterion", "2", "sector", "energy", "priority",
				"MEDIUM", "timeline", "2027", "text", "Publish the inventory every year");
		secretariat.post("/reviews/" + draft + "/reply-stage", "deadline", "2999-12-31");
		long rec = this.db.sql("select id from review_recommendation where review_id = :id")
			.param("id", draft)
			.query(Long.class)
			.single();
		host.post("/reviews/" + draft + "/recommendations/" + rec + "/reply", "answer", "ACCEPTED");
		assertThat(secretariat.post("/reviews/" + draft + "/publish").status()).isEqualTo(302);
		host.post("/reviews/" + draft + "/recommendations/" + rec + "/follow-up", "status", "IN_PROGRESS");

		var one = visitor.get("/api/v1/reviews/" + draft, "Accept", "application/json");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body()).contains("Publish the inventory every year")
			.contains("\"followUp\":\"IN_PROGRESS\"")
			.contains("\"reply\":\"ACCEPTED\"")
			.contains("\"country\":\"KR\"")
			.doesNotContain("PRIVATE-NOTE-API");
		var list = visitor.get("/api/v1/reviews?size=100", "Accept", "application/json");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(draft.toString()).doesNotContain("PRIVATE-NOTE-API");
		assertThat(visitor.get("/api/v1/reviews?page=-1", "Accept", "application/json").status()).isEqualTo(400);

		var panel = visitor.get("/cities/" + this.city).html().select(".review-panel");
		assertThat(panel.select("a[href=/reviews/" + draft + "]")).hasSize(1);
		assertThat(panel.text()).contains("1 recommendation(s), 0 implemented");

		var open = secretariat.get("/admin/reviews/open-recommendations");
		assertThat(open.html().select(".open-recommendations").text()).contains("Publish the inventory every year")
			.contains("In progress");
		assertThat(host.get("/admin/reviews/open-recommendations").status()).isEqualTo(403);

		var rows = new ArrayList<List<Object>>();
		this.openData.stream()
			.flatMap((o) -> o.tables().stream())
			.filter((t) -> t.name().equals("review_recommendations"))
			.findFirst()
			.orElseThrow()
			.rows()
			.accept(rows::add);
		assertThat(rows).anySatisfy((row) -> assertThat(row).contains(draft.toString(), "IN_PROGRESS", "ACCEPTED"));
		assertThat(rows.toString()).doesNotContain("PRIVATE-NOTE-API");
	}

	@Autowired
	ReviewManagement reviews;

	@Test
	void aRecommendationWithoutFollowUpForAYearBringsTheHostOneReminderMail() {
		var host = as(this.focal);
		var secretariat = as(this.secretary);
		var id = underReview(host, secretariat);
		as(this.lead).post("/reviews/" + id + "/recommendations", "criterion", "4", "priority", "LOW", "text",
				"Name a climate budget line");
		secretariat.post("/reviews/" + id + "/reply-stage", "deadline", "2999-12-31");
		long rec = this.db.sql("select id from review_recommendation where review_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		host.post("/reviews/" + id + "/recommendations/" + rec + "/reply", "answer", "ACCEPTED");
		assertThat(secretariat.post("/reviews/" + id + "/publish").status()).isEqualTo(302);
		var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
		// published today: nothing is due
		this.reviews.sendDueReminders(now);
		assertThat(mailsTo(this.focal.email())).isZero();
		// a year and a day later
		var later = now.plusYears(1).plusDays(1);
		assertThat(this.reviews.sendDueReminders(later)).isPositive();
		assertThat(mailsTo(this.focal.email())).isEqualTo(1);
		assertThat(this.db.sql("select body from mail_message where recipient = :to")
			.param("to", this.focal.email())
			.query(String.class)
			.single()).contains("/reviews/" + id);
		// reminded once: not again the same day
		this.reviews.sendDueReminders(later);
		assertThat(mailsTo(this.focal.email())).isEqualTo(1);
	}

	long mailsTo(String email) {
		return this.db.sql("select count(*) from mail_message where recipient = :to and subject like '%follow-up%'")
			.param("to", email)
			.query(Long.class)
			.single();
	}

}
