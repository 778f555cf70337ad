package org.lccp.inventory;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published inventory whose lines took the library's factors, after the library changed
 * (a new grid factor of the country and year from the secretariat; a city factor
 * replaced): the page says so, the recalculation page names the lines and how far the
 * totals would move, and the editors recalculate as a new draft with a reason while the
 * published version stays as it was. Lines with factors of their own are not touched.
 */
@LccpTest
class RecalculationTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode api(WebSession session, String path) {
		var response = session.get("/api/v1" + path);
		assertThat(response.status()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	@Test
	void aChangedGridOrCityFactorIsOfferedAsARecalculationInANewDraft() {
		var accounts = new TestAccounts(this.accountManagement);
		// A year no other test gives grid factors for: the library is shared.
		var year = "2011";
		var city = this.cities.registerCity(new CityDetails("KR", null, "Recalculation city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var focalAccount = accounts.create("Focal", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focalAccount.id());
		var secretariatAccount = accounts.create("Secretariat", Role.SECRETARIAT);
		var focal = new WebSession(this.port).login(focalAccount.email(), focalAccount.password());
		var secretariat = new WebSession(this.port).login(secretariatAccount.email(), secretariatAccount.password());
		var visitor = new WebSession(this.port);

		assertThat(secretariat
			.post("/inventories/factors/grid", "countryCode", "KR", "year", year, "name", "Korean grid " + year,
					"value", "500", "unit", "kg/MWh", "source", "Grid bulletin " + year)
			.status()).isEqualTo(302);
		// Homes take the grid factor: 2,000 MWh × 500 kg/MWh = 1,000 t; offices take
		// the city's factor for natural gas; the trams have a factor of their own.
		assertThat(focal
			.post("/inventories/factors/city", "cityId", city.toString(), "year", year, "name", "Natural Gas", "gas",
					"CO2", "value", "50000", "unit", "kg/TJ", "source", "City gas utility " + year)
			.status()).isEqualTo(302);
		var csv = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
				+ "I.1.2,2,homes,,,,2000,MWh,,,,,,,,,,,,,high,bills\n"
				+ "I.2.1,1,offices,,,Natural Gas,10,TJ,,,,,,,,,,,,,high,meters\n"
				+ "II.2.2,2,trams,,,,100,MWh,,474.7,kg/MWh,,,,,Tram operator contract,,,,,high,contract\n";
		var stored = focal.postMultipart("/inventories/import",
				List.of(new WebSession.Upload("file", "lines.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))),
				"city", city.toString(), "year", year, "gwpSet", "AR5", "reportingLevel", "BASIC", "boundary",
				"ADMINISTRATIVE", "source", "City statistics office");
		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		var path = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		assertThat(focal.post(path + "/submit", "version", "0").status()).isEqualTo(302);
		assertThat(secretariat.post(path + "/check", "version", "1").status()).isEqualTo(302);
		assertThat(secretariat.post(path + "/publish", "version", "2").status()).isEqualTo(302);
		var published = api(visitor, path).get("inventory").get("totals");
		var basic = published.get("basic").decimalValue();
		assertThat(visitor.get(path).html().select("#recalculation-offer")).isEmpty();
		assertThat(visitor.get(path + "/recalculation").html().select("#recalculation-none")).hasSize(1);

		// The secretariat edits the country's grid factor of that year; the city enters
		// its
		// gas factor anew (the latest entered wins).
		var factorsPage = secretariat.get("/inventories/factors").html();
		var gridForm = factorsPage
			.select("form[action^=/inventories/factors/]:has(input[value=\"Grid bulletin " + year + "\"])")
			.first();
		assertThat(gridForm).isNotNull();
		var factorPath = gridForm.attr("action");
		var factorVersion = gridForm.select("input[name=version]").attr("value");
		assertThat(focal.get("/inventories/factors").html().select("form[action=" + factorPath + "]")).isEmpty();
		assertThat(focal.post(factorPath, "version", factorVersion, "value", "1", "unit", "kg/MWh", "source", "x")
			.status()).isEqualTo(403);
		assertThat(secretariat
			.post(factorPath, "version", factorVersion, "value", "400", "unit", "kg/MWh", "source",
					"Revised grid bulletin " + year)
			.status()).isEqualTo(302);
		// The same form sent again is stale.
		assertThat(secretariat
			.post(factorPath, "version", factorVersion, "value", "300", "unit", "kg/MWh", "source", "stale")
			.status()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'EmissionFactor' and action = 'FACTOR_CHANGED' "
						+ "and record_id = ?",
				Integer.class, factorPath.substring("/inventories/factors/".length())))
			.isEqualTo(1);
		assertThat(focal
			.post("/inventories/factors/city", "cityId", city.toString(), "year", year, "name", "Natural Gas", "gas",
					"CO2", "value", "56100", "unit", "kg/TJ", "source", "Revised city gas report " + year)
			.status()).isEqualTo(302);

		var page = visitor.get(path).html();
		// 2,000 MWh × 100 kg/MWh less = −200 t; 10 TJ × 6,100 kg/TJ more = +61 t
		assertThat(page.select("#recalculation-offer").text()).contains("2 line").contains("-139");
		var offer = visitor.get(path + "/recalculation").html();
		var rows = offer.select("#recalculation-lines tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains("I.1.2", "homes", "500 kg/MWh → 400 kg/MWh", "Revised grid bulletin",
				"1,000", "800", "-200");
		assertThat(rows.get(1).text()).contains("I.2.1", "50000 kg/TJ → 56100 kg/TJ", "61");
		assertThat(offer.select("#recalculation-BASIC").text()).contains("-139");
		assertThat(offer.select("#recalculate-form")).isEmpty();

		assertThat(visitor.post(path + "/recalculate", "reason", "new grid factor").status()).isIn(302, 401, 403);
		assertThat(focal.post(path + "/recalculate", "reason", " ").status()).isEqualTo(409);
		assertThat(focal.get(path + "/recalculation").html().select("#recalculate-form")).hasSize(1);
		var started = focal.post(path + "/recalculate", "reason", "Revised grid and gas factors");
		assertThat(started.status()).isEqualTo(302);
		var draftPath = started.location().replaceAll("^https?://[^/]+", "");
		assertThat(draftPath).isNotEqualTo(path);
		var draft = api(focal, draftPath);
		assertThat(draft.get("inventory").get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("inventory").get("versionNo").asInt()).isEqualTo(2);
		assertThat(draft.get("correctionReason").asString()).isEqualTo("Revised grid and gas factors");
		assertThat(draft.get("inventory").get("totals").get("basic").decimalValue())
			.isEqualByComparingTo(basic.subtract(new java.math.BigDecimal("139")));
		var entries = draft.get("entries");
		assertThat(entries.get(0).get("co2eTonnes").toString()).isEqualTo("800");
		assertThat(entries.get(0).get("calculation").toString()).contains("Revised grid bulletin");
		// the recalculated steps show the amount as entered, not with the column's 12
		// decimals
		assertThat(entries.get(0).get("calculation").toString()).doesNotContain("2000.000000000000");
		var homesSteps = focal.get(draftPath).html().select("ol.steps li").eachText();
		assertThat(homesSteps).anyMatch((s) -> s.contains("2000 MWh") && s.contains("Revised grid bulletin"))
			.noneMatch((s) -> s.contains("000000000000"));
		// The tram line keeps its own factor: 100 MWh × 474.7 kg/MWh.
		assertThat(entries.get(2).get("co2eTonnes").toString()).isEqualTo("47.47");
		// The published version is as it was.
		assertThat(api(visitor, path).get("inventory").get("totals").get("basic").decimalValue())
			.isEqualByComparingTo(basic);
		assertThat(api(visitor, path).get("entries").get(0).get("co2eTonnes").toString()).isEqualTo("1000");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'Inventory' and action = 'INVENTORY_RECALCULATED' "
						+ "and record_id = ?",
				Integer.class, draftPath.substring("/inventories/".length())))
			.isEqualTo(1);
		// A draft is not offered a recalculation: it is edited line by line.
		assertThat(focal.post(draftPath + "/recalculate", "reason", "again").status()).isEqualTo(409);
	}

}
