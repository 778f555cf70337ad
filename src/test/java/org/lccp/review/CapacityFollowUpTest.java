package org.lccp.review;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
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
 * A recommendation leads to capacity building and back, over real HTTP: the city asks for
 * assistance from the recommendation's address, the assistance is delivered, and the
 * recommendation's follow-up moves to in progress with the delivery in its history; the
 * recommendation's stable address leads to its review only once the review is published.
 */
@LccpTest
// rows written straight into other modules' tables (a review of no real city, bare
// gatherings) stay in a database of their own, where no page walk of other tests meets
// them
@org.springframework.test.context.TestPropertySource(properties = "lccp.test.database=raw-rows")
class CapacityFollowUpTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void assistanceDeliveredOnARecommendationMovesItsFollowUpAndLinksBothWays() {
		var people = new TestAccounts(this.accounts);
		var secretariat = people.create("Follow-up secretariat", Role.SECRETARIAT, Role.MEMBER);
		var focalAccount = people.create("Follow-up focal", Role.CITY_FOCAL_POINT, Role.MEMBER);
		var expertAccount = people.create("Follow-up expert", Role.EXPERT);
		// the review module keys reviews by city id only; no city page is read here
		var city = UUID.randomUUID();
		var review = UUID.randomUUID();
		this.jdbc
			.sql("insert into review (id, city_id, requested_by, scope, languages, status, created_at, published_at) "
					+ "values (:id, :city, :by, 'whole plan', 'en', :status, now(), now())")
			.param("id", review)
			.param("city", city)
			.param("by", focalAccount.id())
			.param("status", "PUBLISHED")
			.update();
		var recommendation = this.jdbc
			.sql("insert into review_recommendation (review_id, position, priority, text) values (:r, 1, 'HIGH', "
					+ "'Train staff to compile a GPC inventory') returning id")
			.param("r", review)
			.query(Long.class)
			.single();

		// the recommendation's stable address leads to it on its review's page
		var link = new WebSession(this.port).get("/reviews/recommendations/" + recommendation);
		assertThat(link.status()).isEqualTo(302);
		assertThat(link.location()).endsWith("/reviews/" + review + "#recommendation-" + recommendation);
		assertThat(new WebSession(this.port).get("/reviews/recommendations/999999999").status()).isEqualTo(404);

		var focal = new WebSession(this.port).login(focalAccount.email(), focalAccount.password());
		var posted = focal.post("/capacity/needs", "title", "GPC training after the review", "topics", "GHG_INVENTORY",
				"kind", "TRAINING", "languages", "en", "country", "KR", "recommendation", recommendation.toString());
		assertThat(posted.status()).as(posted.body()).isEqualTo(302);
		var need = UUID.fromString(posted.location().substring(posted.location().lastIndexOf('/') + 1));
		var expert = new WebSession(this.port).login(expertAccount.email(), expertAccount.password());
		var offer = expert.post("/capacity/offers", "title", "GPC course", "provider", "Institute", "topics",
				"GHG_INVENTORY", "kinds", "TRAINING", "languages", "en");
		var offerId = offer.location().substring(offer.location().lastIndexOf('/') + 1);
		var broker = new WebSession(this.port).login(secretariat.email(), secretariat.password());
		broker.post("/capacity/needs/" + need + "/proposals", "offerId", offerId);
		var match = this.jdbc.sql("select id from capacity_match where need_id = :n")
			.param("n", need)
			.query(UUID.class)
			.single();
		broker.post("/capacity/matches/" + match + "/accept");
		broker.post("/capacity/matches/" + match + "/plan", "plannedOn", "2026-06-01");
		var delivered = broker.post("/capacity/matches/" + match + "/outcome", "participants", "12", "outcome",
				"Twelve staff trained.");
		assertThat(delivered.status()).isEqualTo(302);

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> "IN_PROGRESS"
				.equals(this.jdbc.sql("select follow_status from review_recommendation where id = :id")
					.param("id", recommendation)
					.query(String.class)
					.single()));
		var history = this.jdbc
			.sql("select reason from review_follow_up where recommendation_id = :id order by changed_at desc")
			.param("id", recommendation)
			.query(String.class)
			.list();
		assertThat(history.get(0)).contains("GPC training after the review").contains("/capacity/needs/" + need);
		assertThat(new WebSession(this.port).get("/capacity/needs/" + need)
			.html()
			.select("a[href=/reviews/recommendations/" + recommendation + "]")).hasSize(1);
	}

}
