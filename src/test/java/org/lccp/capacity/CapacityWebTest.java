package org.lccp.capacity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity building over real HTTP against the real database: a focal point posts a need,
 * an expert an offer, the need's page ranks the offer with its reasons, the secretariat
 * proposes, both sides accept, the secretariat plans and records delivery and the need
 * closes; who may do which step; bad input on pages and the API.
 */
@LccpTest
class CapacityWebTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	WebSession signedIn(Role role) {
		var account = new TestAccounts(this.accountManagement).create("Capacity " + role, role);
		return new WebSession(this.port).login(account.email(), account.password());
	}

	static UUID idFrom(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	UUID postNeed(WebSession focal, String title) {
		var r = focal.post("/capacity/needs", "title", title, "topics", "GHG_INVENTORY", "kind", "TRAINING",
				"languages", "mn", "country", "MN", "wantedFrom", "2026-03-01", "wantedUntil", "2026-06-30", "audience",
				"municipal staff", "funding", "none yet");
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return idFrom(r.location());
	}

	UUID postOffer(WebSession expert, String title, String topic, String language) {
		var r = expert.post("/capacity/offers", "title", title, "provider", "Test institute", "topics", topic, "kinds",
				"TRAINING", "kinds", "EXPERT_ADVICE", "languages", language, "countries", "MN, RU", "availableFrom",
				"2026-01-01", "availableUntil", "2026-12-31");
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return idFrom(r.location());
	}

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void needIsMatchedProposedAcceptedPlannedDeliveredAndClosed() {
		var focal = signedIn(Role.CITY_FOCAL_POINT);
		var expert = signedIn(Role.EXPERT);
		var secretariat = signedIn(Role.SECRETARIAT);
		var need = postNeed(focal, "GHG inventory training for Tsetserleg " + UUID.randomUUID());
		var good = postOffer(expert, "GPC inventory course in Mongolian", "GHG_INVENTORY", "mn");
		var weaker = postOffer(expert, "GPC inventory course in English", "GHG_INVENTORY", "en");
		postOffer(expert, "Waste audits", "WASTE_MANAGEMENT", "mn");

		var page = new WebSession(this.port).get("/capacity/needs/" + need).html();
		var ranked = page.select(".capacity-suggestions > li");
		var offers = ranked.eachAttr("data-offer");
		assertThat(offers.indexOf(good.toString())).isLessThan(offers.indexOf(weaker.toString()));
		var best = ranked.get(offers.indexOf(good.toString()));
		assertThat(best.select(".reasons li").eachText()).contains("shares a language (Mongolian)",
				"offers the kind of assistance asked for", "covers 1/1 of the topics asked for");
		assertThat(best.text()).contains("score 100 of 100");
		assertThat(page.select("button:contains(Propose)")).isEmpty();

		// only the secretariat proposes, once
		assertThat(focal.post("/capacity/needs/" + need + "/proposals", "offerId", good.toString()).status())
			.isEqualTo(403);
		var proposed = secretariat.post("/capacity/needs/" + need + "/proposals", "offerId", good.toString());
		assertThat(proposed.status()).isEqualTo(302);
		var twice = secretariat.post("/capacity/needs/" + need + "/proposals", "offerId", good.toString());
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("already been proposed");
		var match = this.jdbc.sql("select id from capacity_match where need_id = :n")
			.param("n", need)
			.query(UUID.class)
			.single();

		// a bystander is no side of the match; each side accepts for itself
		assertThat(signedIn(Role.MEMBER).post("/capacity/matches/" + match + "/accept").status()).isEqualTo(403);
		assertThat(focal.post("/capacity/matches/" + match + "/accept").status()).isEqualTo(302);
		assertThat(status(match)).isEqualTo("PROPOSED");
		assertThat(expert.post("/capacity/matches/" + match + "/accept").status()).isEqualTo(302);
		assertThat(status(match)).isEqualTo("ACCEPTED");

		assertThat(focal.post("/capacity/matches/" + match + "/plan", "plannedOn", "2026-05-10").status())
			.isEqualTo(403);
		var badPlan = secretariat.post("/capacity/matches/" + match + "/plan", "plannedOn", "10/05/2026");
		assertThat(badPlan.status()).isEqualTo(200);
		assertThat(badPlan.html().select(".field-error").eachText()).anyMatch((t) -> t.contains("YYYY-MM-DD"));
		assertThat(status(match)).isEqualTo("ACCEPTED");
		assertThat(secretariat.post("/capacity/matches/" + match + "/plan", "plannedOn", "2026-05-10").status())
			.isEqualTo(302);
		var badOutcome = secretariat.post("/capacity/matches/" + match + "/outcome", "participants", "many", "outcome",
				"");
		assertThat(badOutcome.html().select(".field-error")).hasSize(2);
		assertThat(status(match)).isEqualTo("PLANNED");
		var delivered = secretariat.post("/capacity/matches/" + match + "/outcome", "participants", "24", "outcome",
				"Staff compiled the 2025 inventory themselves.");
		assertThat(delivered.status()).isEqualTo(302);
		assertThat(status(match)).isEqualTo("DELIVERED");
		var closed = new WebSession(this.port).get("/capacity/needs/" + need).html();
		assertThat(closed.select(".need-status").text()).isEqualTo("Closed: assistance delivered");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where record_id = :id")
			.param("id", match.toString())
			.query(Long.class)
			.single()).isEqualTo(5);
		// a closed need leaves the open list
		var open = api("/api/v1/capacity/needs?size=100");
		assertThat(open.get("content").findValuesAsString("id")).doesNotContain(need.toString());
	}

	String status(UUID match) {
		return this.jdbc.sql("select status from capacity_match where id = :id")
			.param("id", match)
			.query(String.class)
			.single();
	}

	JsonNode api(String path) {
		var r = new WebSession(this.port).get(path, "Accept", "application/json");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	@Test
	void apiListsOpenNeedsAndOffersAsPagesAndRanksSuggestions() {
		var need = postNeed(signedIn(Role.CITY_FOCAL_POINT), "API need " + UUID.randomUUID());
		var offer = postOffer(signedIn(Role.RESOURCE_CENTRE), "API offer", "GHG_INVENTORY", "mn");
		var needs = api("/api/v1/capacity/needs?size=100");
		assertThat(needs.get("content").findValuesAsString("id")).contains(need.toString());
		var offers = api("/api/v1/capacity/offers?size=100");
		assertThat(offers.get("content").findValuesAsString("id")).contains(offer.toString());
		var suggestions = api("/api/v1/capacity/needs/" + need + "/suggestions");
		var mine = suggestions.findParents("offerId")
			.stream()
			.filter((s) -> s.get("offerId").asString().equals(offer.toString()))
			.findFirst()
			.orElseThrow();
		assertThat(mine.get("score").asInt()).isEqualTo(100);
		assertThat(mine.get("reasons").findValuesAsString("key")).contains("capacity.reason.language");
		var badPage = new WebSession(this.port).get("/api/v1/capacity/needs?page=-1", "Accept", "application/json");
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		var missing = new WebSession(this.port).get("/api/v1/capacity/needs/" + UUID.randomUUID() + "/suggestions",
				"Accept", "application/json");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
	}

	@Test
	void badNeedsAndOffersGiveFieldErrorsAndStoreNothing() {
		var focal = signedIn(Role.CITY_FOCAL_POINT);
		var needsBefore = count("capacity_need");
		var r = focal.post("/capacity/needs", "title", "No topic", "kind", "TRAINING", "languages", "mn", "country",
				"MN", "wantedFrom", "2026-06-01", "wantedUntil", "2026-01-01");
		assertThat(r.status()).isEqualTo(200);
		var errors = r.html().select(".field-error").eachText();
		assertThat(errors).contains("Please fill this in.", "The end is before the start.");
		assertThat(r.html().select("input[name=title]").val()).isEqualTo("No topic");
		var mongolian = focal.post("/capacity/needs?lang=mn", "title", "", "topics", "GHG_INVENTORY", "kind",
				"TRAINING", "languages", "mn", "country", "MN");
		assertThat(mongolian.html().select(".field-error").text()).contains("бөглөнө үү");
		assertThat(count("capacity_need")).isEqualTo(needsBefore);

		var expert = signedIn(Role.EXPERT);
		var offersBefore = count("capacity_offer");
		var offer = expert.post("/capacity/offers", "title", "Course", "provider", "Inst", "topics", "GHG_INVENTORY",
				"kinds", "TRAINING", "languages", "xx", "countries", "MN, ZZZ");
		assertThat(offer.status()).isEqualTo(200);
		assertThat(offer.html().select(".field-error").eachText()).contains("Please choose languages from the list.",
				"Unknown country code.");
		assertThat(count("capacity_offer")).isEqualTo(offersBefore);
	}

	@Test
	void aWordForADateOrAnUnknownKindIsAFieldErrorInEnglishAndKoreanKeepsWhatWasTypedAndStoresNothing() {
		var focal = signedIn(Role.CITY_FOCAL_POINT);
		var before = count("capacity_need");
		var r = focal.post("/capacity/needs", "title", "Typed need", "topics", "GHG_INVENTORY", "kind", "JUGGLING",
				"languages", "mn", "country", "MN", "wantedFrom", "soon", "wantedUntil", "2026-06-30");
		assertThat(r.status()).isEqualTo(200);
		var page = r.html();
		assertThat(page.selectFirst("#wantedFrom-error").text())
			.isEqualTo("Please give a date as YYYY-MM-DD between 2000 and 2100.");
		assertThat(page.selectFirst("#kind-error").text()).isEqualTo("Choose one of the offered values.");
		assertThat(page.selectFirst("#wantedFrom").val()).isEqualTo("soon");
		assertThat(page.selectFirst("#title").val()).isEqualTo("Typed need");
		assertThat(page.selectFirst("#wantedUntil").val()).isEqualTo("2026-06-30");

		var korean = focal.post("/capacity/needs?lang=ko", "title", "", "topics", "GHG_INVENTORY", "kind", "TRAINING",
				"languages", "mn", "country", "MN", "wantedUntil", "next year");
		assertThat(korean.status()).isEqualTo(200);
		assertThat(korean.html().selectFirst("#wantedUntil-error").text())
			.isEqualTo("2000년에서 2100년 사이의 날짜를 YYYY-MM-DD 형식으로 입력해 주세요.");
		// the rules' own refusals come with the binder's, all at once
		assertThat(korean.html().selectFirst("#title-error").text()).isNotBlank();
		assertThat(count("capacity_need")).isEqualTo(before);
	}

	@Test
	void aWordForAnOfferDateOrAnUnknownTopicIsAFieldErrorInRussianAndStoresNothing() {
		var expert = signedIn(Role.EXPERT);
		var before = count("capacity_offer");
		var r = expert.post("/capacity/offers?lang=ru", "title", "Course", "provider", "Inst", "topics", "ASTROLOGY",
				"kinds", "TRAINING", "languages", "ru", "countries", "MN", "availableFrom", "tomorrow");
		assertThat(r.status()).isEqualTo(200);
		var page = r.html();
		assertThat(page.selectFirst("#availableFrom-error").text())
			.isEqualTo("Укажите дату в формате ГГГГ-ММ-ДД между 2000 и 2100 годами.");
		assertThat(page.selectFirst("#topics-error").text()).isEqualTo("Выберите одно из предложенных значений.");
		assertThat(page.selectFirst("#availableFrom").val()).isEqualTo("tomorrow");
		assertThat(page.selectFirst("#countries").val()).isEqualTo("MN");
		assertThat(count("capacity_offer")).isEqualTo(before);
	}

}
