package org.lccp.inventory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single entries of a draft edited on its page over real HTTP: add, edit and delete a
 * line with the totals calculated again at once and every change audited; field errors in
 * the reader's language with nothing stored; notation keys; two editors of one version
 * (the later one is told, nothing is lost); a published inventory refused.
 */
@LccpTest
class LineEditingTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	/** 2,000 MWh × 474.7 kg/MWh = 949.4 t. */
	static final String ELECTRICITY = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
			+ "I.1.2,2,homes,,,,2000,MWh,,474.7,kg/MWh,,,,,KPX 2018,,,,,high,bills\n";

	record Draft(UUID city, String path, WebSession focal, WebSession secretariat, TestAccounts accounts) {
	}

	Draft draft(String language) {
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("KR", null, "Line test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var lang = org.lccp.shared.i18n.Language.valueOf(language.toUpperCase(java.util.Locale.ROOT));
		var focalAccount = accounts.create("Focal", lang, Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focalAccount.id());
		var secretariatAccount = accounts.create("Secretariat", lang, Role.SECRETARIAT);
		var focal = new WebSession(this.port).login(focalAccount.email(), focalAccount.password())
			.acceptLanguage(language);
		var secretariat = new WebSession(this.port).login(secretariatAccount.email(), secretariatAccount.password())
			.acceptLanguage(language);
		var stored = focal.postMultipart("/inventories/import",
				List.of(new WebSession.Upload("file", "lines.csv", "text/csv",
						ELECTRICITY.getBytes(StandardCharsets.UTF_8))),
				"city", city.toString(), "year", "2020", "gwpSet", "AR5", "reportingLevel", "BASIC", "boundary",
				"ADMINISTRATIVE", "source", "City statistics office");
		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		var path = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		return new Draft(city, path, focal, secretariat, accounts);
	}

	JsonNode api(WebSession session, String path) {
		var response = session.get("/api/v1" + path);
		assertThat(response.status()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	String basic(WebSession session, String path) {
		return api(session, path).get("inventory").get("totals").get("basic").toString();
	}

	long version(WebSession session, String path) {
		return api(session, path).get("inventory").get("version").asLong();
	}

	int audited(String path, String action) {
		var id = path.substring("/inventories/".length());
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'Inventory' and record_id = ? and action = ?",
				Integer.class, id, action);
	}

	static String[] diesel(long version, String amount) {
		return new String[] { "version", Long.toString(version), "kind", "activity", "gpcRef", "II.1.1", "description",
				"delivery trucks", "fuel", "Gas/Diesel Oil", "amount", amount, "unit", "t", "co2Unit", "kg/TJ",
				"ch4Unit", "kg/TJ", "n2oUnit", "kg/TJ", "dataQuality", "high", "sourceDocument", "fuel sales 2020" };
	}

	static String[] with(String[] fields, String... changes) {
		var out = new ArrayList<>(List.of(fields));
		for (int i = 0; i < changes.length; i += 2) {
			var at = out.indexOf(changes[i]);
			if (at >= 0 && at % 2 == 0) {
				out.set(at + 1, changes[i + 1]);
			}
			else {
				out.add(changes[i]);
				out.add(changes[i + 1]);
			}
		}
		return out.toArray(String[]::new);
	}

	@Test
	void focalPointAddsEditsAndDeletesALineAndTheTotalsFollowAtOnce() {
		var d = draft("en");
		assertThat(basic(d.focal(), d.path())).isEqualTo("949.4");
		var page = d.focal().get(d.path());
		assertThat(page.html().select("#add-line")).hasSize(1);
		assertThat(d.focal().get(d.path() + "/lines/new").html().select("#line-form")).hasSize(1);

		// 500 t Gas/Diesel Oil in II.1.1 with the IPCC defaults, AR5 = 1,617.71805 tCO2e
		var added = d.focal().post(d.path() + "/lines", diesel(0, "500"));
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		assertThat(basic(d.focal(), d.path())).isEqualTo("2567.11805");
		var shown = d.focal().get(d.path());
		assertThat(shown.html().select("#total-BASIC summary").text()).isEqualTo("2,567.11805");
		assertThat(shown.html().select("#entry-2 ol.steps li").eachText())
			.anyMatch((s) -> s.contains("Table 1.2") || s.contains("Table 2.2") || s.contains("Table 3.2"));
		assertThat(audited(d.path(), "INVENTORY_LINE_ADDED")).isEqualTo(1);

		var form = d.focal().get(d.path() + "/lines/2").html();
		assertThat(form.select("#amount").attr("value")).isEqualTo("500");
		assertThat(form.select("#fuel").attr("value")).isEqualTo("Gas/Diesel Oil");
		assertThat(form.select("#sourceDocument").attr("value")).isEqualTo("fuel sales 2020");
		assertThat(form.select("input[name=version]").attr("value")).isEqualTo("1");
		var edited = d.focal().post(d.path() + "/lines/2", diesel(1, "1000"));
		assertThat(edited.status()).as(edited.body()).isEqualTo(302);
		// 949.4 + 2 × 1,617.71805
		assertThat(basic(d.focal(), d.path())).isEqualTo("4184.8361");
		assertThat(audited(d.path(), "INVENTORY_LINE_CHANGED")).isEqualTo(1);

		assertThat(d.focal().post(d.path() + "/lines/1/delete", "version", "2").status()).isEqualTo(302);
		assertThat(basic(d.focal(), d.path())).isEqualTo("3235.4361");
		assertThat(audited(d.path(), "INVENTORY_LINE_DELETED")).isEqualTo(1);
		var entries = api(d.focal(), d.path()).get("entries");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).get("fuel").asString()).isEqualTo("Gas/Diesel Oil");
		assertThat(entries.get(0).get("calculation").get("steps").toString()).contains("\"value\":1000,\"unit\":\"t\"")
			.contains("IPCC 2006");

		// Gases entered directly, each with its source.
		var direct = d.focal()
			.post(d.path() + "/lines", "version", "3", "kind", "direct", "gpcRef", "IV.2", "description",
					"refrigerant leaks", "gas1", "HFC-134a", "gas1Amount", "100", "gas1Unit", "kg", "gas1Source",
					"refrigerant survey");
		assertThat(direct.status()).as(direct.body()).isEqualTo(302);
		// 0.1 t × 1,300 (AR5) = 130 tCO2e, in BASIC+ only (IPPU)
		var totals = api(d.focal(), d.path()).get("inventory").get("totals");
		assertThat(totals.get("basic").toString()).isEqualTo("3235.4361");
		assertThat(totals.get("basicPlus").toString()).isEqualTo("3365.4361");
	}

	long rowId(String path, int lineNo) {
		return this.jdbc.queryForObject("select id from inventory_entry where inventory_id = ? and line_no = ?",
				Long.class, UUID.fromString(path.substring("/inventories/".length())), lineNo);
	}

	@Test
	void aLineEditWritesOnlyThatLineAndTheTotals() {
		var d = draft("en");
		assertThat(d.focal().post(d.path() + "/lines", diesel(0, "500")).status()).isEqualTo(302);
		assertThat(d.focal().post(d.path() + "/lines", diesel(1, "100")).status()).isEqualTo(302);
		var first = rowId(d.path(), 1);
		var third = rowId(d.path(), 3);
		var second = rowId(d.path(), 2);
		assertThat(d.focal().post(d.path() + "/lines/2", diesel(2, "1000")).status()).isEqualTo(302);
		// The other lines' stored rows are the same rows; the edited one was written
		// anew.
		assertThat(rowId(d.path(), 1)).isEqualTo(first);
		assertThat(rowId(d.path(), 3)).isEqualTo(third);
		assertThat(rowId(d.path(), 2)).isNotEqualTo(second);
		// 949.4 + 2 × 1,617.71805 + 323.54361
		assertThat(basic(d.focal(), d.path())).isEqualTo("4508.37971");
		assertThat(d.focal().post(d.path() + "/lines/2/delete", "version", "3").status()).isEqualTo(302);
		assertThat(rowId(d.path(), 1)).isEqualTo(first);
		assertThat(rowId(d.path(), 3)).isEqualTo(third);
		assertThat(basic(d.focal(), d.path())).isEqualTo("1272.94361");
		// A stale version changes nothing.
		assertThat(d.focal().post(d.path() + "/lines/3", diesel(3, "7")).status()).isEqualTo(409);
		assertThat(basic(d.focal(), d.path())).isEqualTo("1272.94361");
		assertThat(api(d.focal(), d.path()).get("entries")).hasSize(2);
	}

	@Test
	void notationKeysNeedTheirExplanationAndARowHoldsKeyOrLines() {
		var d = draft("en");
		// Every row without a line or key is named, with a link to give it its key.
		var before = d.focal().get(d.path()).html().select("#rows-without-entry");
		var rowCount = before.select("li").size();
		assertThat(before.select("summary").text()).startsWith(rowCount + " GPC row");
		assertThat(before.select("a[href=" + d.path() + "/lines/new?row=V.1&kind=key]")).hasSize(1);
		var missing = d.focal()
			.post(d.path() + "/lines", "version", "0", "kind", "key", "gpcRef", "V.1", "notationKey", "NE");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.html().select("#line-form small.field-error").text()).contains("needs an explanation");
		assertThat(d.focal()
			.post(d.path() + "/lines", "version", "0", "kind", "key", "gpcRef", "V.1", "notationKey", "NE",
					"explanation", "livestock not counted")
			.status()).isEqualTo(302);
		// IE naming the row it is included in counts as explained.
		assertThat(d.focal()
			.post(d.path() + "/lines", "version", "1", "kind", "key", "gpcRef", "I.1.3", "notationKey", "IE",
					"includedIn", "I.1.2")
			.status()).isEqualTo(302);
		var unknownRow = d.focal()
			.post(d.path() + "/lines", "version", "2", "kind", "key", "gpcRef", "I.2.3", "notationKey", "IE",
					"includedIn", "IX.9");
		assertThat(unknownRow.status()).isEqualTo(422);
		assertThat(unknownRow.html().select("#line-form small.field-error").text()).contains("IX.9");
		var onLines = d.focal()
			.post(d.path() + "/lines", "version", "2", "kind", "key", "gpcRef", "I.1.2", "notationKey", "NO",
					"explanation", "x");
		assertThat(onLines.status()).isEqualTo(422);
		assertThat(onLines.html().select("#line-form small.field-error").text()).contains("I.1.2");
		var page = d.focal().get(d.path()).html();
		assertThat(page.select("#entries tbody").text()).contains("NE", "livestock not counted", "IE", "I.1.2");
		assertThat(page.select("#rows-without-entry li")).hasSize(rowCount - 2);
		assertThat(page.select("#rows-without-entry li").eachText()).noneMatch((t) -> t.startsWith("V.1 "))
			.anyMatch((t) -> t.startsWith("IV.1 "));
		// Totals unchanged: keys count as zero.
		assertThat(basic(d.focal(), d.path())).isEqualTo("949.4");
		var key = api(d.focal(), d.path()).get("entries").get(2);
		assertThat(key.get("notationKey").asString()).isEqualTo("IE");
		assertThat(key.get("explanation").asString()).isEqualTo("I.1.2");
		// Setting the key of a row again replaces it.
		assertThat(d.focal()
			.post(d.path() + "/lines", "version", "2", "kind", "key", "gpcRef", "V.1", "notationKey", "NO",
					"explanation", "no farms")
			.status()).isEqualTo(302);
		assertThat(api(d.focal(), d.path()).get("entries").toString()).doesNotContain("livestock not counted")
			.contains("no farms");
	}

	@Test
	void badInputIsNamedAtItsFieldInTheReadersLanguageAndNothingIsStored() {
		var d = draft("ru");
		var lines = d.path() + "/lines";
		record Case(String[] fields, String field, String text) {
		}
		var cases = List.of(new Case(diesel(0, "много"), "amount", "не число"),
				new Case(with(diesel(0, "500"), "unit", "bananas"), "unit", "Неизвестная единица"),
				new Case(with(diesel(0, "500"), "unit", "km"), "unit", "не подходит для топлива"),
				new Case(with(diesel(0, "500"), "unit", "L"), "density", "плотность"),
				new Case(diesel(0, "1000000000000000"), "amount", "10^12"),
				new Case(with(diesel(0, "500"), "co2Value", "74100"), "co2Source", "нет источника"),
				new Case(with(diesel(0, "500"), "dataQuality", "excellent"), "dataQuality", "excellent"),
				new Case(new String[] { "version", "0", "kind", "direct", "gpcRef", "III.1.1", "gas1", "CH4",
						"gas1Amount", "12", "gas1Unit", "t" }, "gas1Source", "источник"),
				new Case(with(diesel(0, "500"), "gpcRef", "IX.9"), "gpcRef", "IX.9"));
		for (var c : cases) {
			var answer = d.focal().post(lines, c.fields());
			assertThat(answer.status()).as(c.field()).isEqualTo(422);
			var html = answer.html();
			var error = html.select("[name=" + c.field() + "]").parents().first().select("small.field-error").text();
			assertThat(error).as(c.field()).contains(c.text());
			assertThat(html.select("#line-errors").text()).as(c.field()).isNotBlank();
			assertThat(html.select("[name=" + c.field() + "]").attr("aria-invalid")).as(c.field()).isEqualTo("true");
		}
		// The input is kept.
		var kept = d.focal().post(lines, with(diesel(0, "500"), "unit", "bananas")).html();
		assertThat(kept.select("#unit").attr("value")).isEqualTo("bananas");
		assertThat(kept.select("#description").attr("value")).isEqualTo("delivery trucks");
		assertThat(version(d.focal(), d.path())).isZero();
		assertThat(api(d.focal(), d.path()).get("entries")).hasSize(1);
		assertThat(basic(d.focal(), d.path())).isEqualTo("949.4");
		// A volume with its density is fine: 600,000 L × 840 kg/m³ = 504 t.
		assertThat(d.focal().post(lines, with(diesel(0, "600000"), "unit", "L", "density", "840")).status())
			.isEqualTo(302);
	}

	@Test
	void aWordInAFactorOrADirectAmountIsItsCellsErrorWithTheTextKeptAndNothingIsStored() {
		var d = draft("ru");
		var lines = d.path() + "/lines";

		var factor = d.focal().post(lines, with(diesel(0, "500"), "co2Value", "много", "co2Source", "IPCC 2006"));
		assertThat(factor.status()).isEqualTo(422);
		var page = factor.html();
		assertThat(page.select("#co2Value").attr("value")).isEqualTo("много");
		assertThat(page.select("#co2Value").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("[name=co2Value]").parents().first().select("small.field-error").text())
			.isEqualTo("«много» — не число.");
		assertThat(page.select("#amount").attr("value")).isEqualTo("500");

		var direct = d.focal()
			.post(lines, new String[] { "version", "0", "kind", "direct", "gpcRef", "III.1.1", "gas1", "CH4",
					"gas1Amount", "дюжина", "gas1Unit", "t", "gas1Source", "обследование" });
		assertThat(direct.status()).isEqualTo(422);
		assertThat(direct.html().select("#gas1Amount").attr("value")).isEqualTo("дюжина");
		assertThat(direct.html().select("[name=gas1Amount]").parents().first().select("small.field-error").text())
			.isEqualTo("«дюжина» — не число.");
		assertThat(version(d.focal(), d.path())).isZero();
		assertThat(api(d.focal(), d.path()).get("entries")).hasSize(1);

		// the form reads numbers as the file import does: grouped thousands, an exponent
		assertThat(d.focal()
			.post(lines, with(diesel(0, "1,000"), "co2Value", "7.41E4", "co2Source", "IPCC 2006"))
			.status()).isEqualTo(302);
		assertThat(api(d.focal(), d.path()).get("entries")).hasSize(2);
	}

	@Test
	void twoEditorsOfOneVersionNeverLoseAnUpdate() throws Exception {
		var d = draft("en");
		var focalForm = d.focal().get(d.path() + "/lines/new").html();
		var secretariatForm = d.secretariat().get(d.path() + "/lines/new").html();
		var read = focalForm.select("input[name=version]").attr("value");
		assertThat(secretariatForm.select("input[name=version]").attr("value")).isEqualTo(read);
		assertThat(d.focal().post(d.path() + "/lines", diesel(Long.parseLong(read), "500")).status()).isEqualTo(302);
		var stale = d.secretariat()
			.post(d.path() + "/lines", with(diesel(Long.parseLong(read), "700"), "description", "buses"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html().select("#line-conflict").text()).contains("Someone else changed this inventory");
		assertThat(stale.html().select("#description").attr("value")).isEqualTo("buses");
		assertThat(stale.html().select("#amount").attr("value")).isEqualTo("700");
		// Sent again at the version now read, both lines are there.
		var now = d.secretariat().get(d.path() + "/lines/new").html().select("input[name=version]").attr("value");
		assertThat(d.secretariat()
			.post(d.path() + "/lines", with(diesel(Long.parseLong(now), "700"), "description", "buses"))
			.status()).isEqualTo(302);
		assertThat(api(d.focal(), d.path()).get("entries")).hasSize(3);

		// At the same moment: exactly one of two edits of one version is stored.
		var version = version(d.focal(), d.path());
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		var outcomes = new ArrayList<Future<Integer>>();
		for (var session : List.of(d.focal(), d.secretariat())) {
			outcomes.add(pool.submit(() -> {
				start.await();
				return session.post(d.path() + "/lines/1", with(diesel(version, "1"), "gpcRef", "I.1.1")).status();
			}));
		}
		start.countDown();
		var statuses = new ArrayList<Integer>();
		for (var f : outcomes) {
			statuses.add(f.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		assertThat(version(d.focal(), d.path())).isEqualTo(version + 1);
	}

	@Test
	void aPublishedInventoryIsFrozenAndOnlyItsCitysEditorsMayEdit() {
		var d = draft("en");
		var other = d.accounts().create("Other focal", Role.CITY_FOCAL_POINT);
		var otherCity = this.cities.registerCity(new CityDetails("KR", null, "Other city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.cities.registerFocalPoint(otherCity, other.id());
		var otherSession = new WebSession(this.port).login(other.email(), other.password());
		assertThat(otherSession.get(d.path() + "/lines/new").status()).isEqualTo(403);
		assertThat(otherSession.post(d.path() + "/lines", diesel(0, "500")).status()).isEqualTo(403);
		var member = d.accounts().create("Member", Role.MEMBER);
		var memberSession = new WebSession(this.port).login(member.email(), member.password());
		assertThat(memberSession.post(d.path() + "/lines/1/delete", "version", "0").status()).isEqualTo(403);
		var visitor = new WebSession(this.port);
		assertThat(visitor.get(d.path() + "/lines/1").status()).isIn(302, 401);

		assertThat(d.focal().post(d.path() + "/submit", "version", "0").status()).isEqualTo(302);
		// A submitted draft is no longer edited either.
		assertThat(d.focal().post(d.path() + "/lines", diesel(1, "500")).status()).isEqualTo(409);
		assertThat(d.secretariat().post(d.path() + "/check", "version", "1").status()).isEqualTo(302);
		assertThat(d.secretariat().post(d.path() + "/publish", "version", "2").status()).isEqualTo(302);
		var refused = d.focal().post(d.path() + "/lines", diesel(3, "500"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.mainText()).contains("Only a draft can be changed");
		assertThat(d.secretariat().post(d.path() + "/lines/1/delete", "version", "3").status()).isEqualTo(409);
		assertThat(d.secretariat().post(d.path() + "/lines/1", diesel(3, "5")).status()).isEqualTo(409);
		assertThat(d.focal().get(d.path() + "/lines/new").status()).isEqualTo(409);
		assertThat(d.focal().get(d.path()).html().select("#add-line, .entry-actions")).isEmpty();
		assertThat(basic(visitor, d.path())).isEqualTo("949.4");
	}

}
