package org.lccp.inventory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction of a published inventory shows, on its page and in the API, what it
 * changes entry by entry: before, after, the exact difference and which inputs changed
 * (activity, factor, notation key, a line added or deleted), and the totals of each level
 * before and after; the published version is unchanged. A change of GWP set is named gas
 * by gas.
 */
@LccpTest
class CorrectionDifferenceTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	final JsonMapper json = JsonMapper.builder().build();

	static final String FILE = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
			+ "I.1.2,2,homes,,,,2000,MWh,,474.7,kg/MWh,,,,,Grid bulletin A,,,,,high,bills\n"
			+ "II.1.1,1,trucks,,,Gas/Diesel Oil,500,t,,,,,,,,,,,,,high,fuel sales\n"
			+ "I.2.2,2,offices,,,,1000,MWh,,474.7,kg/MWh,,,,,Grid bulletin A,,,,,high,bills\n"
			+ "V.1,1,,NE,livestock not counted,,,,,,,,,,,,,,,,,\n";

	JsonNode api(WebSession session, String path) {
		var response = session.get("/api/v1" + path);
		assertThat(response.status()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	static String[] electricity(long version, String description, String amount, String factor, String source) {
		return new String[] { "version", Long.toString(version), "kind", "activity", "gpcRef",
				"homes".equals(description) ? "I.1.2" : "I.2.2", "description", description, "fuel", "", "amount",
				amount, "unit", "MWh", "co2Value", factor, "co2Unit", "kg/MWh", "co2Source", source, "ch4Unit", "kg/TJ",
				"n2oUnit", "kg/TJ", "dataQuality", "high", "sourceDocument", "bills" };
	}

	@Test
	void aCorrectionShowsEachChangedLineWithItsInputsAndTheTotalsBeforeAndAfter() {
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("KR", null, "Correction city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var focalAccount = accounts.create("Focal", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focalAccount.id());
		var secretariatAccount = accounts.create("Secretariat", Role.SECRETARIAT);
		var focal = new WebSession(this.port).login(focalAccount.email(), focalAccount.password());
		var secretariat = new WebSession(this.port).login(secretariatAccount.email(), secretariatAccount.password());
		var stored = focal.postMultipart("/inventories/import",
				List.of(new WebSession.Upload("file", "lines.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8))),
				"city", city.toString(), "year", "2015", "gwpSet", "AR5", "reportingLevel", "BASIC", "boundary",
				"ADMINISTRATIVE", "source", "City statistics office");
		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		var published = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		assertThat(focal.post(published + "/submit", "version", "0").status()).isEqualTo(302);
		assertThat(secretariat.post(published + "/check", "version", "1").status()).isEqualTo(302);
		assertThat(secretariat.post(published + "/publish", "version", "2").status()).isEqualTo(302);
		var visitor = new WebSession(this.port);
		// A first version has nothing to compare with.
		assertThat(visitor.get(published).html().select("#difference-lines")).isEmpty();
		assertThat(api(visitor, published).get("difference").isNull()).isTrue();
		// 949.4 + 1,617.71805 + 474.7
		assertThat(api(visitor, published).get("inventory").get("totals").get("basic").toString())
			.isEqualTo("3041.81805");

		var started = focal.post(published + "/correct", "reason", "meter readings revised");
		assertThat(started.status()).isEqualTo(302);
		var draft = started.location().replaceAll("^https?://[^/]+", "");
		// Unchanged so far: every entry the same, totals equal.
		var none = focal.get(draft).html();
		assertThat(none.select("#difference-lines")).isEmpty();
		assertThat(none.select("#difference-BASIC td").eachText()).containsExactly("3,041.81805", "3,041.81805", "0");

		// Homes: 2,500 MWh instead of 2,000 → 1,186.75 t (+237.35).
		assertThat(focal.post(draft + "/lines/1", electricity(0, "homes", "2500", "474.7", "Grid bulletin A")).status())
			.isEqualTo(302);
		// Offices: the factor 400 kg/MWh of a newer bulletin → 400 t (−74.7).
		assertThat(focal.post(draft + "/lines/3", electricity(1, "offices", "1000", "400", "Grid bulletin B")).status())
			.isEqualTo(302);
		// Livestock: NE becomes NO.
		assertThat(focal
			.post(draft + "/lines/4", "version", "2", "kind", "key", "gpcRef", "V.1", "notationKey", "NO",
					"explanation", "no livestock in the city")
			.status()).isEqualTo(302);
		// Trucks deleted (−1,617.71805); 100 t of diesel added in II.1.1 with the IPCC
		// defaults (+323.54361).
		assertThat(focal.post(draft + "/lines/2/delete", "version", "3").status()).isEqualTo(302);
		assertThat(focal
			.post(draft + "/lines", LineEditingTest.with(LineEditingTest.diesel(4, "100"), "description", "buses"))
			.status()).isEqualTo(302);

		for (var language : List.of("en", "ja")) {
			var page = focal.acceptLanguage(language).get(draft + "?lang=" + language).html();
			var rows = page.select("#difference-lines tbody tr");
			assertThat(rows).as(language).hasSize(5);
			var byLine = new HashMap<String, org.jsoup.nodes.Element>();
			rows.forEach((r) -> byLine.put(r.id(), r));
			var homes = byLine.get("difference-line-1");
			assertThat(homes.attr("data-difference")).isEqualTo("237.35");
			assertThat(homes.select("li[data-kind]").eachAttr("data-kind")).containsExactly("ACTIVITY");
			assertThat(homes.text()).contains("2000 MWh → 2500 MWh").contains("949.4").contains("1,186.75");
			var offices = byLine.get("difference-line-3");
			assertThat(offices.attr("data-difference")).isEqualTo("-74.7");
			assertThat(offices.select("li[data-kind]").eachAttr("data-kind")).containsExactly("FACTOR");
			assertThat(offices.text()).contains("474.7 kg/MWh → 400 kg/MWh").contains("Grid bulletin B");
			var livestock = byLine.get("difference-line-4");
			assertThat(livestock.select("li[data-kind]").eachAttr("data-kind")).containsExactly("NOTATION_KEY");
			assertThat(livestock.text()).contains("NE (livestock not counted) → NO (no livestock in the city)");
			var trucks = byLine.get("difference-line-2");
			assertThat(trucks.select("li[data-kind]").eachAttr("data-kind")).containsExactly("REMOVED");
			assertThat(trucks.attr("data-difference")).isEqualTo("-1617.71805");
			var buses = byLine.get("difference-line-5");
			assertThat(buses.select("li[data-kind]").eachAttr("data-kind")).containsExactly("ADDED");
			assertThat(buses.attr("data-difference")).isEqualTo("323.54361");
			// The changed lines' differences add up to the difference of the totals.
			var sum = BigDecimal.ZERO;
			for (var r : rows) {
				sum = sum.add(new BigDecimal(r.attr("data-difference")));
			}
			// 237.35 − 74.7 − 1,617.71805 + 323.54361
			assertThat(sum).isEqualByComparingTo("-1131.52444");
			assertThat(page.select("#difference-BASIC td").eachText()).containsExactly("3,041.81805", "1,910.29361",
					"-1,131.52444");
		}
		// Japanese headings.
		assertThat(focal.acceptLanguage("ja").get(draft + "?lang=ja").html().select("#difference").text())
			.contains("バージョン 1");

		var answer = api(focal, draft).get("difference");
		assertThat(answer.get("againstVersionNo").asInt()).isEqualTo(1);
		assertThat(answer.get("unchangedLines").asInt()).isZero();
		Map<Integer, JsonNode> lines = new HashMap<>();
		answer.get("lines").forEach((l) -> lines.put(l.get("line").asInt(), l));
		assertThat(lines.get(1).get("before").toString()).isEqualTo("949.4");
		assertThat(lines.get(1).get("after").toString()).isEqualTo("1186.75");
		assertThat(lines.get(1).get("difference").toString()).isEqualTo("237.35");
		assertThat(lines.get(3).get("changed").get(0).get("kind").asString()).isEqualTo("FACTOR");
		assertThat(lines.get(3).get("changed").get(0).get("gas").asString()).isEqualTo("CO2");
		assertThat(lines.get(2).get("after").isNull()).isTrue();
		assertThat(answer.get("totals").get("BASIC").get("difference").toString()).isEqualTo("-1131.52444");
		// The published version is as it was.
		assertThat(api(visitor, published).get("inventory").get("totals").get("basic").toString())
			.isEqualTo("3041.81805");
	}

	@Test
	void aChangedGwpSetIsNamedGasByGas() {
		var calculator = new EmissionCalculator(ReferenceLibrary.shipped());
		var line = new ActivityLine("II.1.1", "Gas/Diesel Oil", new BigDecimal("500"), "t", null, Map.of(), Map.of());
		var ar4 = entry(calculator.calculate(line, GwpSet.AR4));
		var ar5 = entry(calculator.calculate(line, GwpSet.AR5));
		var changes = VersionDifference.changes(ar4, ar5);
		assertThat(changes).extracting(VersionDifference.Change::kind).containsOnly("GWP");
		assertThat(changes).extracting((c) -> c.gas() + " " + c.before() + " → " + c.after())
			.containsExactlyInAnyOrder("CH4 25 → 28", "N2O 298 → 265");
		assertThat(VersionDifference.changes(ar5, ar5)).isEmpty();
	}

	static InventoryRecords.Entry entry(LineResult r) {
		return new InventoryRecords.Entry(1, "II.1.1", null, null, "trucks", "Gas/Diesel Oil", new BigDecimal("500"),
				"t", null, r.co2eTonnes(), r.biogenicCo2Tonnes(), JsonMapper.builder().build().writeValueAsString(r),
				"high", "fuel sales", null, true);
	}

}
