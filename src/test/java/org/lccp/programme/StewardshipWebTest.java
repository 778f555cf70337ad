package org.lccp.programme;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.domain.ActivityArea;
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
 * A resource centre stewards its programme area during its term: the knowledge queue's
 * items of the area, the capacity needs of the area (it brokers them), and peer reviews
 * under way for the peer-review area; nothing of other areas, and nothing once the term
 * is over.
 */
@LccpTest
class StewardshipWebTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CityFixtures cities;

	@Autowired
	Stewardship stewardship;

	@Autowired
	JdbcClient jdbc;

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	WebSession login(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	/** A member institution whose accepted application names the account. */
	UUID institutionOf(TestAccount account) {
		return new MemberInstitutions(this.jdbc).of(account.id(), "Steward institute");
	}

	/**
	 * Invited by the secretariat and accepted by the institution's account, over HTTP.
	 */
	UUID serve(WebSession secretariat, WebSession centre, UUID institution, ActivityArea area) {
		var invited = secretariat.post("/resource-centres", "institutionId", institution.toString(), "area",
				area.name(), "termFrom", TODAY.minusDays(30).toString(), "termTo", TODAY.plusYears(1).toString());
		assertThat(invited.status()).as(invited.body()).isEqualTo(302);
		var id = UUID.fromString(invited.location().substring(invited.location().lastIndexOf('/') + 1));
		assertThat(centre.post("/resource-centres/" + id + "/accept").status()).isEqualTo(302);
		return id;
	}

	UUID knowledgeItem(WebSession author, String kind, String title, String... more) {
		var fields = new java.util.ArrayList<>(
				List.of("kind", kind, "originalLanguage", "en", "title", title, "body", "<p>" + title + "</p>"));
		fields.addAll(List.of(more));
		var created = author.post("/knowledge", fields.toArray(String[]::new));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		var path = created.location();
		var id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
		assertThat(author.post("/knowledge/" + id + "/submit", "note", "Ready").status()).isEqualTo(302);
		return id;
	}

	UUID need(WebSession focal, String title, String kind) {
		var r = focal.post("/capacity/needs", "title", title, "topics", "GHG_INVENTORY", "kind", kind, "languages",
				"mn", "country", "MN", "wantedFrom", TODAY.plusMonths(1).toString(), "wantedUntil",
				TODAY.plusMonths(6).toString(), "audience", "municipal staff", "funding", "none yet");
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
	}

	UUID offer(WebSession expert, String title) {
		var r = expert.post("/capacity/offers", "title", title, "provider", "Test institute", "topics", "GHG_INVENTORY",
				"kinds", "TRAINING", "kinds", "EXPERT_ADVICE", "languages", "mn", "countries", "MN", "availableFrom",
				TODAY.toString(), "availableUntil", TODAY.plusYears(1).toString());
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
	}

	@Test
	void aResourceCentreStewardsItsAreasItemsAndNeedsDuringItsTermOnly() {
		var people = new TestAccounts(this.accounts);
		var secretariat = login(people.create("Steward secretariat", Role.SECRETARIAT));
		var centreAccount = people.create("Steward centre", Role.MEMBER);
		var centre = login(centreAccount);
		var institution = institutionOf(centreAccount);
		var sharing = serve(secretariat, centre, institution, ActivityArea.INFORMATION_SHARING);
		var building = serve(secretariat, centre, institution, ActivityArea.CAPACITY_BUILDING);
		assertThat(this.stewardship.areasOf(centreAccount.id()))
			.containsExactlyInAnyOrder(ActivityArea.INFORMATION_SHARING, ActivityArea.CAPACITY_BUILDING);
		// a fresh session carries the resource-centre role granted on acceptance
		centre = login(centreAccount);

		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var author = login(people.create("Steward author", Role.MEMBER));
		var caseStudy = knowledgeItem(author, "CASE_STUDY", "Stewarded case " + suffix);
		var study = knowledgeItem(author, "PUBLICATION", "Unstewarded study " + suffix, "publicationKind", "STUDY",
				"year", "2025");

		// knowledge: the area's submitted item is in the centre's queue and it may
		// publish
		// it; a study belongs to peer review and analytical studies, not to this centre
		var queue = centre.get("/admin/knowledge");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains("Stewarded case " + suffix).doesNotContain("Unstewarded study " + suffix);
		assertThat(centre.post("/knowledge/" + study + "/publish").status()).isIn(403, 404);
		assertThat(centre.post("/knowledge/" + caseStudy + "/publish").status()).isEqualTo(302);
		assertThat(this.jdbc.sql("select status from knowledge_item where id = :id")
			.param("id", caseStudy)
			.query(String.class)
			.single()).isEqualTo("PUBLISHED");

		// capacity: a training need is the centre's to broker, an expert-advice need is
		// not
		var focal = login(people.create("Steward focal", Role.CITY_FOCAL_POINT));
		var training = need(focal, "Stewarded training " + suffix, "TRAINING");
		var advice = need(focal, "Unstewarded advice " + suffix, "EXPERT_ADVICE");
		var expert = login(people.create("Steward expert", Role.EXPERT));
		var offer = offer(expert, "Inventory training " + suffix);
		var overview = centre.get("/capacity").html();
		assertThat(overview.select(".capacity-stewarded-needs a").eachText()).contains("Stewarded training " + suffix)
			.doesNotContain("Unstewarded advice " + suffix);
		assertThat(centre.get("/capacity/needs/" + training).html().select("h2").eachText())
			.contains("Suggested experts from the roster");
		assertThat(centre.get("/capacity/needs/" + advice).html().select("h2").eachText())
			.doesNotContain("Suggested experts from the roster");
		assertThat(centre.post("/capacity/needs/" + advice + "/proposals", "offerId", offer.toString()).status())
			.isEqualTo(403);
		assertThat(centre.post("/capacity/needs/" + training + "/proposals", "offerId", offer.toString()).status())
			.isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from capacity_match where need_id = :n and offer_id = :o")
			.param("n", training)
			.param("o", offer)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from capacity_match where need_id = :n")
			.param("n", advice)
			.query(Long.class)
			.single()).isZero();

		// after the term: nothing is stewarded any more
		this.jdbc.sql("update programme_resource_centre set term_from = :from, term_to = :to where id in (:ids)")
			.param("from", TODAY.minusYears(2))
			.param("to", TODAY.minusDays(1))
			.param("ids", List.of(sharing, building))
			.update();
		assertThat(this.stewardship.areasOf(centreAccount.id())).isEmpty();
		var late = knowledgeItem(author, "CASE_STUDY", "Late case " + suffix);
		assertThat(centre.get("/admin/knowledge").body()).doesNotContain("Late case " + suffix);
		assertThat(centre.post("/knowledge/" + late + "/publish").status()).isIn(403, 404);
		var training2 = need(focal, "Late training " + suffix, "TRAINING");
		assertThat(centre.get("/capacity").html().select(".capacity-stewarded-needs")).isEmpty();
		assertThat(centre.post("/capacity/needs/" + training2 + "/proposals", "offerId", offer.toString()).status())
			.isEqualTo(403);
	}

	@Test
	void thePeerReviewCentreReadsReviewsUnderWayAndOthersDoNot() {
		var people = new TestAccounts(this.accounts);
		var secretariat = login(people.create("Review steward secretariat", Role.SECRETARIAT));
		var reviewCentreAccount = people.create("Review centre", Role.MEMBER);
		var otherCentreAccount = people.create("Other centre", Role.MEMBER);
		var reviewCentre = login(reviewCentreAccount);
		var otherCentre = login(otherCentreAccount);
		var reviewing = serve(secretariat, reviewCentre, institutionOf(reviewCentreAccount),
				ActivityArea.PEER_REVIEW_ANALYTICAL_STUDIES);
		serve(secretariat, otherCentre, institutionOf(otherCentreAccount), ActivityArea.TECHNICAL_ASSISTANCE);
		reviewCentre = login(reviewCentreAccount);
		otherCentre = login(otherCentreAccount);

		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var city = this.cities.registerCity(new CityDetails("KP", null, "Stewarded city " + suffix, null, null, null,
				null, null, null, AdminLevel.METROPOLITAN_CITY, null, null, "test"));
		var review = UUID.randomUUID();
		this.jdbc
			.sql("insert into review (id, city_id, requested_by, scope, languages, status, created_at) "
					+ "values (:id, :city, :by, 'whole plan', 'en', 'IN_REVIEW', now())")
			.param("id", review)
			.param("city", city)
			.param("by", UUID.randomUUID())
			.update();

		var page = reviewCentre.get("/reviews/" + review);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).contains("Stewarded city " + suffix);
		assertThat(reviewCentre.get("/my/reviews").html().select("a[href=/reviews/" + review + "]")).hasSize(1);
		assertThat(otherCentre.get("/reviews/" + review).status()).isEqualTo(404);
		assertThat(otherCentre.get("/my/reviews").html().select("a[href=/reviews/" + review + "]")).isEmpty();
		// reading is all: deciding stays with the secretariat
		assertThat(reviewCentre.post("/reviews/" + review + "/publish").status()).isEqualTo(403);

		this.jdbc.sql("update programme_resource_centre set term_from = :from, term_to = :to where id = :id")
			.param("from", TODAY.minusYears(2))
			.param("to", TODAY.minusDays(1))
			.param("id", reviewing)
			.update();
		assertThat(reviewCentre.get("/reviews/" + review).status()).isEqualTo(404);
	}

}
