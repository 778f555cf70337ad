package org.lccp.experts;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert roster over real HTTP against the real database: a member applies, the
 * secretariat lists (the account becomes an expert) or declines with a reason, the public
 * sees only what the expert made public (pages, filters, API, bulk download), past work
 * is filled in from other modules, and bad input leaves nothing stored.
 */
@LccpTest
class ExpertRosterTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	ExpertRoster roster;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccounts.TestAccount account(String label, Role... roles) {
		return new TestAccounts(this.accountManagement).create(label, roles);
	}

	WebSession session(TestAccounts.TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	static UUID idFrom(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	UUID apply(WebSession member, String name, String... publicFields) {
		var fields = new java.util.ArrayList<String>(java.util.List.of("name", name, "headline",
				"GHG inventory trainer", "institution", "Private Institute " + name, "country", "MN", "biography",
				"Private biography of " + name, "topics", "GHG_INVENTORY", "topics", "CLIMATE_FINANCE", "sectors",
				"ENERGY_SUPPLY", "tools", "GPC_INVENTORY", "languages", "mn", "languages", "ru", "countriesServed",
				"MN, RU", "availability", "AVAILABLE", "availableFrom", "2026-01-01", "availableUntil", "2027-12-31"));
		for (var p : publicFields) {
			fields.add("publicFields");
			fields.add(p);
		}
		var r = member.post("/my/expert-profile", fields.toArray(String[]::new));
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return idFrom(r.location());
	}

	long rows() {
		return this.jdbc.sql("select count(*) from expert_profile").query(Long.class).single();
	}

	@Test
	void memberAppliesSecretariatListsAndTheAccountBecomesAnExpertShownWithItsPublicPartsOnly() {
		var applicant = account("Roster applicant", Role.MEMBER);
		var member = session(applicant);
		var name = "Batbayar " + UUID.randomUUID();
		var id = apply(member, name, "TOPICS", "LANGUAGES");

		// before vetting: unknown to the public, visible to its owner with its status
		assertThat(new WebSession(this.port).get("/experts/" + id).status()).isEqualTo(404);
		assertThat(new WebSession(this.port).get("/experts").body()).doesNotContain(name);
		var own = member.get("/experts/" + id).html();
		assertThat(own.text()).contains("Private biography of " + name).contains("Waiting for the secretariat");

		var secretariat = session(account("Roster secretariat", Role.SECRETARIAT));
		assertThat(secretariat.get("/admin/experts").body()).contains(name);
		assertThat(secretariat.post("/admin/experts/" + id + "/list").status()).isEqualTo(302);
		assertThat(this.accountManagement.find(applicant.id()).has(Role.EXPERT)).isTrue();

		var page = new WebSession(this.port).get("/experts/" + id).html();
		assertThat(page.select("h1").text()).isEqualTo(name);
		assertThat(page.text()).contains("GHG inventory")
			.contains("Mongolian, Russian")
			.doesNotContain("Private Institute")
			.doesNotContain("Private biography")
			.doesNotContain("Finance") // sectors not chosen
			.doesNotContain("GPC greenhouse gas inventories");
		var list = new WebSession(this.port).get("/experts?topic=GHG_INVENTORY&language=mn").html();
		assertThat(list.select(".expert-list a").eachText()).contains(name);

		var api = this.json.readTree(new WebSession(this.port).get("/api/v1/experts/" + id).body());
		assertThat(api.get("name").asText()).isEqualTo(name);
		assertThat(api.get("institution").isNull()).isTrue();
		assertThat(api.get("biography").isNull()).isTrue();
		assertThat(api.get("tools").size()).isZero();
		assertThat(api.get("topics").toString()).contains("GHG_INVENTORY");
		assertThat(this.roster.vetted()).anySatisfy((e) -> {
			assertThat(e.name()).isEqualTo(name);
			// suggestions for the secretariat weigh everything, public or not
			assertThat(e.tools()).containsExactly(ExpertTool.GPC_INVENTORY);
			assertThat(e.countriesServed()).containsExactly("MN", "RU");
		});
	}

	@Autowired
	java.util.List<org.lccp.shared.domain.OpenDataTables> openData;

	@Test
	void theBulkDownloadCarriesListedExpertsWithTheirPublicPartsOnly() {
		var member = session(account("Roster open data", Role.MEMBER));
		var name = "Open data " + UUID.randomUUID();
		var id = apply(member, name, "TOPICS");
		var unlisted = apply(session(account("Roster unlisted", Role.MEMBER)), "Unlisted " + UUID.randomUUID(),
				"TOPICS");
		this.jdbc.sql("update expert_profile set status = 'LISTED' where id = :id").param("id", id).update();
		var rows = new java.util.ArrayList<java.util.List<Object>>();
		this.openData.stream()
			.flatMap((source) -> source.tables().stream())
			.filter((t) -> t.name().equals("experts"))
			.findFirst()
			.orElseThrow()
			.rows()
			.accept(rows::add);
		var row = rows.stream().filter((r) -> id.equals(r.get(0))).findFirst().orElseThrow();
		assertThat(row.get(1)).isEqualTo(name);
		assertThat(row.get(3)).as("institution kept private").isNull();
		assertThat(row.get(5)).isEqualTo("GHG_INVENTORY CLIMATE_FINANCE");
		assertThat(row.get(7)).as("tools kept private").isEqualTo("");
		assertThat(rows).noneMatch((r) -> unlisted.equals(r.get(0)));
	}

	@Test
	void aFilterNeverRevealsWhatAnExpertKeepsPrivate() {
		var member = session(account("Roster private", Role.MEMBER));
		var name = "Hidden topics " + UUID.randomUUID();
		var id = apply(member, name, "LANGUAGES");
		this.jdbc.sql("update expert_profile set status = 'LISTED' where id = :id").param("id", id).update();

		assertThat(new WebSession(this.port).get("/experts?language=mn").body()).contains(name);
		assertThat(new WebSession(this.port).get("/experts?topic=GHG_INVENTORY").body()).doesNotContain(name);
		assertThat(new WebSession(this.port).get("/api/v1/experts?topic=GHG_INVENTORY&size=100").body())
			.doesNotContain(name);
		assertThat(new WebSession(this.port).get("/api/v1/experts?tool=GPC_INVENTORY&size=100").body())
			.doesNotContain(name);
	}

	@Test
	void declinedApplicantSeesTheReasonAndAppliesAgainByChangingTheEntry() {
		var member = session(account("Roster declined", Role.CITY_FOCAL_POINT));
		var id = apply(member, "Declined " + UUID.randomUUID(), "TOPICS");
		var secretariat = session(account("Roster secretariat 2", Role.SECRETARIAT));

		var refused = secretariat.post("/admin/experts/" + id + "/decline", "reason", "");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(secretariat.follow(refused).body()).contains("Please fill this in.");
		assertThat(statusOf(id)).isEqualTo("APPLIED");

		secretariat.post("/admin/experts/" + id + "/decline", "reason", "Please name the trainings you gave.");
		assertThat(statusOf(id)).isEqualTo("DECLINED");
		assertThat(member.get("/my/expert-profile").body()).contains("Please name the trainings you gave.");

		var form = member.get("/my/expert-profile").html();
		var version = form.select("input[name=version]").val();
		var r = member.post("/my/expert-profile", "version", version, "name", "Declined again", "topics",
				"GHG_INVENTORY", "languages", "en", "availability", "LIMITED", "biography",
				"Trained 40 staff in Ulaanbaatar");
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		assertThat(statusOf(id)).isEqualTo("APPLIED");

		// the form read before that change is refused rather than overwriting it
		var stale = member.post("/my/expert-profile", "version", version, "name", "Stale", "topics", "GHG_INVENTORY",
				"languages", "en", "availability", "AVAILABLE");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(this.jdbc.sql("select name from expert_profile where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Declined again");
	}

	@Test
	void aWordForADateIsAFieldErrorInEnglishAndJapaneseKeepsWhatWasTypedAndStoresNothing() {
		var member = session(account("Roster typed input", Role.MEMBER));
		var before = rows();
		var r = member.post("/my/expert-profile", "name", "Typed expert", "topics", "GHG_INVENTORY", "languages", "en",
				"availability", "AVAILABLE", "availableFrom", "whenever", "countriesServed", "mn kr");
		assertThat(r.status()).isEqualTo(200);
		var page = r.html();
		assertThat(page.select("#availableFrom-error").text())
			.isEqualTo("Please give a date as YYYY-MM-DD between 2000 and 2100.");
		assertThat(page.select("#availableFrom").val()).isEqualTo("whenever");
		assertThat(page.select("#name").val()).isEqualTo("Typed expert");

		var japanese = member.post("/my/expert-profile?lang=ja", "name", "Typed expert", "topics", "GHG_INVENTORY",
				"languages", "en", "availability", "NEVER", "availableUntil", "later");
		assertThat(japanese.status()).isEqualTo(200);
		assertThat(japanese.html().select("#availableUntil-error").text())
			.isEqualTo("2000年から2100年までの日付を YYYY-MM-DD で入力してください。");
		assertThat(japanese.html().select("#availability-error").text()).isEqualTo("表示された選択肢から選んでください。");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void badInputNamesTheFieldsAndStoresNothing() {
		var member = session(account("Roster bad input", Role.MEMBER));
		var before = rows();
		var r = member.post("/my/expert-profile", "name", "", "topics", "ASTROLOGY", "languages", "xx", "country", "ZZ",
				"countriesServed", "MN, QQ", "availability", "SOMETIMES", "availableFrom", "2027-01-01",
				"availableUntil", "2026-01-01", "publicFields", "PASSWORD", "biography", "x".repeat(4001));
		assertThat(r.status()).isEqualTo(200);
		var page = r.html();
		for (var field : new String[] { "name", "topics", "languages", "country", "countriesServed", "availability",
				"publicFields", "biography" }) {
			assertThat(page.select("#" + field + "-error").text()).as(field).isNotBlank();
		}
		assertThat(page.select("#availableUntil-error").text()).contains("before the start");
		assertThat(rows()).isEqualTo(before);

		var api = new WebSession(this.port).get("/api/v1/experts?topic=ASTROLOGY");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.header("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(new WebSession(this.port).get("/api/v1/experts?size=100000").status()).isIn(200, 400);
	}

	@Test
	void withdrawnExpertLeavesThePublicRoster() {
		var member = session(account("Roster withdraw", Role.MEMBER));
		var name = "Withdrawing " + UUID.randomUUID();
		var id = apply(member, name, "TOPICS");
		this.jdbc.sql("update expert_profile set status = 'LISTED' where id = :id").param("id", id).update();
		assertThat(new WebSession(this.port).get("/experts/" + id).status()).isEqualTo(200);
		assertThat(member.post("/my/expert-profile/withdraw").status()).isEqualTo(302);
		assertThat(new WebSession(this.port).get("/experts/" + id).status()).isEqualTo(404);
		assertThat(this.roster.vetted()).noneSatisfy((e) -> assertThat(e.name()).isEqualTo(name));
	}

	String statusOf(UUID id) {
		return this.jdbc.sql("select status from expert_profile where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
