package org.lccp.capacity;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.gatherings.GatheringDetails;
import org.lccp.gatherings.GatheringProgramme;
import org.lccp.gatherings.GatheringFormat;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.Outbox;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity building with the expert roster, over real HTTP: a listed expert is ranked for
 * a need with reasons only the secretariat sees, proposed, accepts by the own account;
 * each side is mailed in its own language; the activity is held as a training gathering
 * that links back to the need; delivery records feedback and evidence, and the rating
 * moves the expert's later suggestions; unanswered proposals are reminded once.
 */
@LccpTest
class ExpertMatchingAndMailsTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	CapacityManagement capacity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	record Person(TestAccounts.TestAccount account, WebSession web) {
	}

	Person person(String label, Language language, Role... roles) {
		var account = new TestAccounts(this.accounts).create(label, language, roles);
		return new Person(account, new WebSession(this.port).login(account.email(), account.password()));
	}

	UUID listedExpert(Person expert, String name, String language) {
		var r = expert.web()
			.post("/my/expert-profile", "name", name, "topics", "GHG_INVENTORY", "tools", "GPC_INVENTORY", "languages",
					language, "countriesServed", "MN", "availability", "AVAILABLE", "publicFields", "TOPICS");
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		var id = UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
		this.jdbc.sql("update expert_profile set status = 'LISTED' where id = :id").param("id", id).update();
		return id;
	}

	UUID need(Person focal, String title) {
		var r = focal.web()
			.post("/capacity/needs", "title", title, "topics", "GHG_INVENTORY", "kind", "TRAINING", "languages", "mn",
					"country", "MN");
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
	}

	UUID onlyMatch(UUID need) {
		return this.jdbc.sql("select id from capacity_match where need_id = :n")
			.param("n", need)
			.query(UUID.class)
			.single();
	}

	UUID gathering(Person secretariat, String title, GatheringType type) {
		var start = LocalDateTime.now().plusDays(20).withNano(0);
		return this.accounts.actingAs(secretariat.account().id(),
				() -> this.programme.create(new GatheringDetails(title, type, GatheringFormat.IN_PERSON, "GHG",
						"Training for municipal staff.", start, start.plusHours(6), ZoneId.of("Asia/Ulaanbaatar"),
						"Tsetserleg", "MN", null, null, "Secretariat", null, "Mongolian", null, 30, null,
						start.minusDays(1))));
	}

	@Test
	void listedExpertIsRankedProposedAcceptedHeldAsTrainingDeliveredAndRatedWithMailsInEachLanguage() {
		var focal = person("Tsetserleg focal", Language.MN, Role.CITY_FOCAL_POINT);
		var expert = person("Inventory trainer", Language.RU, Role.MEMBER);
		var secretariat = person("Capacity broker", Language.EN, Role.SECRETARIAT);
		var name = "Trainer " + UUID.randomUUID();
		var expertId = listedExpert(expert, name, "mn");
		var need = need(focal, "GHG inventory training for Tsetserleg " + UUID.randomUUID());

		// the reasons read private parts of entries: only the broker sees the experts
		assertThat(
				new WebSession(this.port).get("/capacity/needs/" + need).html().select(".capacity-expert-suggestions"))
			.isEmpty();
		assertThat(focal.web().get("/capacity/needs/" + need).html().select(".capacity-expert-suggestions")).isEmpty();
		var page = secretariat.web().get("/capacity/needs/" + need).html();
		var ranked = page.select(".capacity-expert-suggestions > li[data-expert=" + expertId + "]");
		assertThat(ranked).hasSize(1);
		assertThat(ranked.select(".reasons li").eachText()).contains("covers 1/1 of the topics asked for",
				"works with tools for these topics (GPC greenhouse gas inventories)", "shares a language (Mongolian)",
				"serves the country of the need (Mongolia)", "available now");
		assertThat(ranked.text()).contains("score 100 of 100");

		assertThat(focal.web()
			.post("/capacity/needs/" + need + "/expert-proposals", "expertId", expertId.toString())
			.status()).isEqualTo(403);
		assertThat(secretariat.web()
			.post("/capacity/needs/" + need + "/expert-proposals", "expertId", expertId.toString())
			.status()).isEqualTo(302);
		assertThat(secretariat.web()
			.post("/capacity/needs/" + need + "/expert-proposals", "expertId", expertId.toString())
			.status()).isEqualTo(409);
		var match = onlyMatch(need);

		var outbox = new Outbox(this.jdbcTemplate);
		assertThat(outbox.latestTo(focal.account().email()).subject()).startsWith("Чадавх бэхжүүлэлт");
		assertThat(outbox.latestTo(expert.account().email()).subject()).startsWith("Наращивание потенциала");
		assertThat(outbox.latestTo(expert.account().email()).body()).contains("/capacity/needs/" + need);

		// each side accepts for itself; the expert by the own account
		assertThat(person("Bystander", Language.EN, Role.EXPERT).web()
			.post("/capacity/matches/" + match + "/accept")
			.status()).isEqualTo(403);
		focal.web().post("/capacity/matches/" + match + "/accept");
		expert.web().post("/capacity/matches/" + match + "/accept");
		assertThat(status(match)).isEqualTo("ACCEPTED");
		assertThat(outbox.to(expert.account().email())).hasSize(2);
		assertThat(outbox.latestTo(focal.account().email()).body()).contains("хоёр тал зөвшөөрсөн");

		// held as a gathering of a fitting type, which then links back to the need
		var forum = gathering(secretariat, "Forum " + UUID.randomUUID(), GatheringType.FORUM);
		var training = gathering(secretariat, "GPC training " + UUID.randomUUID(), GatheringType.TRAINING);
		var wrong = secretariat.web()
			.post("/capacity/matches/" + match + "/plan", "plannedOn", "2026-05-10", "gatheringId", forum.toString());
		assertThat(wrong.html().select(".field-error").eachText())
			.contains("Choose a training, workshop, webinar or field visit.");
		var unknown = secretariat.web()
			.post("/capacity/matches/" + match + "/plan", "plannedOn", "2026-05-10", "gatheringId",
					UUID.randomUUID().toString());
		assertThat(unknown.html().select(".field-error").eachText()).isNotEmpty();
		assertThat(status(match)).isEqualTo("ACCEPTED");
		assertThat(secretariat.web()
			.post("/capacity/matches/" + match + "/plan", "plannedOn", "2026-05-10", "gatheringId", training.toString())
			.status()).isEqualTo(302);
		var gatheringPage = new WebSession(this.port).get("/gatherings/" + training).html();
		assertThat(gatheringPage.select("a[href=/capacity/needs/" + need + "]")).hasSize(1);

		// delivery with feedback and evidence; bad values named, nothing stored
		var bad = secretariat.web()
			.post("/capacity/matches/" + match + "/outcome", "participants", "18", "outcome", "Held.", "rating", "9",
					"evidenceUrl", "javascript:alert(1)");
		assertThat(bad.html().select(".field-error").eachText()).contains("Give a rating from 1 to 5.",
				"Give a web address starting with http:// or https://.");
		assertThat(status(match)).isEqualTo("PLANNED");
		var delivered = secretariat.web()
			.post("/capacity/matches/" + match + "/outcome", "participants", "18", "outcome",
					"Staff compiled the city's first GPC inventory.", "changes", "Inventory published on the platform.",
					"feedback", "Clear and practical.", "rating", "5", "evidenceUrl", "https://example.org/report");
		assertThat(delivered.status()).isEqualTo(302);
		var closed = new WebSession(this.port).get("/capacity/needs/" + need).html();
		assertThat(closed.select(".capacity-outcome").text()).contains("Clear and practical.", "5 of 5",
				"Inventory published on the platform.");
		// the expert's past work now names the need
		assertThat(expert.web().get("/experts/" + expertId).html().select(".past-work").text())
			.contains("GHG inventory training");

		// the rating moves the expert's next suggestion: 100 is the ceiling, so a weaker
		// need shows the bonus
		var weaker = focal.web()
			.post("/capacity/needs", "title", "Inventory advice " + UUID.randomUUID(), "topics", "GHG_INVENTORY",
					"topics", "ADAPTATION", "kind", "EXPERT_ADVICE", "languages", "en", "country", "JP");
		var weakerId = UUID.fromString(weaker.location().substring(weaker.location().lastIndexOf('/') + 1));
		var next = secretariat.web()
			.get("/capacity/needs/" + weakerId)
			.html()
			.select(".capacity-expert-suggestions > li[data-expert=" + expertId + "]");
		assertThat(next.select(".reasons li").eachText()).contains("past ratings 5.0/5 × 1");
		// 25 topics + 20 tools + 5 available + 5 feedback
		assertThat(next.text()).contains("score 55 of 100");
	}

	@Test
	void onlyTheBestSuggestionsAreShownAndTheApiLimitIsChecked() {
		var focal = person("Many offers focal", Language.EN, Role.CITY_FOCAL_POINT);
		var provider = person("Many offers provider", Language.EN, Role.EXPERT);
		var topic = "HEALTH_AND_CLIMATE";
		var need = focal.web()
			.post("/capacity/needs", "title", "Heat and health " + UUID.randomUUID(), "topics", topic, "kind",
					"WORKSHOP", "languages", "ko", "country", "KR");
		var needId = UUID.fromString(need.location().substring(need.location().lastIndexOf('/') + 1));
		for (int i = 0; i < CapacityManagement.SHOWN + 3; i++) {
			provider.web()
				.post("/capacity/offers", "title", "Offer " + i, "provider", "Provider " + i, "topics", topic, "kinds",
						"WORKSHOP", "languages", "ko");
		}
		var page = new WebSession(this.port).get("/capacity/needs/" + needId).html();
		assertThat(page.select(".capacity-suggestions > li")).hasSize(CapacityManagement.SHOWN);
		var api = new WebSession(this.port).get("/api/v1/capacity/needs/" + needId + "/suggestions?limit=3");
		assertThat(api.body().split("\"offerId\"", -1)).hasSize(4);
		var refused = new WebSession(this.port).get("/api/v1/capacity/needs/" + needId + "/suggestions?limit=1000");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type").orElse("")).contains("application/problem+json");
	}

	@Test
	void anUnansweredProposalIsRemindedOnceInEachSidesLanguage() {
		var focal = person("Reminded focal", Language.MN, Role.CITY_FOCAL_POINT);
		var expert = person("Reminded expert", Language.JA, Role.MEMBER);
		var secretariat = person("Reminding broker", Language.EN, Role.SECRETARIAT);
		var expertId = listedExpert(expert, "Reminded " + UUID.randomUUID(), "mn");
		var need = need(focal, "Reminded need " + UUID.randomUUID());
		secretariat.web().post("/capacity/needs/" + need + "/expert-proposals", "expertId", expertId.toString());
		var match = onlyMatch(need);
		focal.web().post("/capacity/matches/" + match + "/accept");
		this.jdbc.sql("update capacity_match set proposed_at = now() - interval '8 days' where id = :id")
			.param("id", match)
			.update();
		var outbox = new Outbox(this.jdbcTemplate);
		var before = outbox.to(expert.account().email()).size();
		var focalBefore = outbox.to(focal.account().email()).size();

		this.capacity.sendDueReminders(OffsetDateTime.now(ZoneOffset.UTC));
		this.capacity.sendDueReminders(OffsetDateTime.now(ZoneOffset.UTC));

		assertThat(outbox.to(expert.account().email())).hasSize(before + 1);
		assertThat(outbox.latestTo(expert.account().email()).subject()).startsWith("お知らせ");
		// the city already accepted: it is not reminded
		assertThat(outbox.to(focal.account().email())).hasSize(focalBefore);
	}

	@Test
	void aNeedStartedFromARecommendationKeepsTheLinkAndRefusesAForgedOne() {
		var focal = person("Origin focal", Language.EN, Role.CITY_FOCAL_POINT);
		var form = focal.web().get("/capacity/needs/new?recommendation=42&title=Follow-up").html();
		assertThat(form.select("input[name=recommendation]").val()).isEqualTo("42");
		assertThat(form.select("#title").val()).isEqualTo("Follow-up");
		var before = this.jdbc.sql("select count(*) from capacity_need").query(Long.class).single();
		var forged = focal.web()
			.post("/capacity/needs", "title", "Forged", "topics", "GHG_INVENTORY", "kind", "TRAINING", "languages",
					"mn", "country", "MN", "recommendation", "42; drop table capacity_need");
		assertThat(forged.status()).isEqualTo(200);
		assertThat(forged.html().text()).contains("This link to a recommendation or study is not valid.");
		assertThat(this.jdbc.sql("select count(*) from capacity_need").query(Long.class).single()).isEqualTo(before);
		var r = focal.web()
			.post("/capacity/needs", "title", "From a recommendation", "topics", "GHG_INVENTORY", "kind", "TRAINING",
					"languages", "mn", "country", "MN", "recommendation", "42");
		var id = UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
		assertThat(new WebSession(this.port).get("/capacity/needs/" + id)
			.html()
			.select("a[href=/reviews/recommendations/42]")).hasSize(1);
	}

	String status(UUID match) {
		return this.jdbc.sql("select status from capacity_match where id = :id")
			.param("id", match)
			.query(String.class)
			.single();
	}

}
