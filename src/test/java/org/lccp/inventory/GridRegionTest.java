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
 * A draft's grid region over real HTTP: chosen from the stored grid regions of its
 * country (another country's region is refused, nothing changed); scope-2 grid
 * electricity lines without a factor of their own then take the regional factor, with its
 * source in the steps; lines calculated before are offered the recalculation, done in
 * place on the draft under the version check; lines with their own factor keep it.
 * Figures by hand.
 */
@LccpTest
class GridRegionTest {

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

	/**
	 * A new Korean city with its focal point, a secretariat account, and grid factors of
	 * one year no other test uses: 500 kg/MWh for Korea's national grid, a Korean region
	 * at the given value and a Japanese region at 450 kg/MWh.
	 */
	GridSetup gridFactors(String year, String cityName, String regionPrefix, String regionName, String regionValue,
			String foreignName) {
		var accounts = new TestAccounts(this.accountManagement);
		var region = regionPrefix + " " + UUID.randomUUID().toString().substring(0, 8);
		var foreign = foreignName + " " + UUID.randomUUID().toString().substring(0, 8);
		var city = this.cities.registerCity(new CityDetails("KR", null, cityName + " " + UUID.randomUUID(), null, null,
				null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var focalAccount = accounts.create("Focal", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focalAccount.id());
		var secretariatAccount = accounts.create("Secretariat", Role.SECRETARIAT);
		var focal = new WebSession(this.port).login(focalAccount.email(), focalAccount.password());
		var secretariat = new WebSession(this.port).login(secretariatAccount.email(), secretariatAccount.password());
		assertThat(secretariat
			.post("/inventories/factors/grid", "countryCode", "KR", "year", year, "name", "Korean grid " + year,
					"value", "500", "unit", "kg/MWh", "source", "National grid bulletin " + year)
			.status()).isEqualTo(302);
		assertThat(secretariat
			.post("/inventories/factors/grid", "countryCode", "KR", "region", region, "year", year, "name",
					regionName + " grid " + year, "value", regionValue, "unit", "kg/MWh", "source",
					regionName + " grid report " + year)
			.status()).isEqualTo(302);
		assertThat(secretariat
			.post("/inventories/factors/grid", "countryCode", "JP", "region", foreign, "year", year, "name",
					foreignName + " grid " + year, "value", "450", "unit", "kg/MWh", "source",
					foreignName + " report " + year)
			.status()).isEqualTo(302);
		return new GridSetup(year, region, foreign, city, focal, secretariat);
	}

	record GridSetup(String year, String region, String foreign, java.util.UUID city, WebSession focal,
			WebSession secretariat) {
	}

	@Test
	void aDraftsGridRegionGivesItsElectricityLinesTheRegionalFactor() {
		var grid = gridFactors("2013", "Grid region city", "Jeju", "Island", "300", "Kanto");
		var year = grid.year();
		var region = grid.region();
		var foreign = grid.foreign();
		var city = grid.city();
		var focal = grid.focal();
		var secretariat = grid.secretariat();

		// Homes without a factor take the national one: 2,000 MWh × 500 kg/MWh = 1,000 t;
		// trams keep their own: 100 MWh × 474.7 kg/MWh = 47.47 t.
		var csv = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
				+ "I.1.2,2,homes,,,,2000,MWh,,,,,,,,,,,,,high,bills\n"
				+ "II.2.2,2,trams,,,,100,MWh,,474.7,kg/MWh,,,,,Tram operator contract,,,,,high,contract\n";
		var stored = focal.postMultipart("/inventories/import",
				List.of(new WebSession.Upload("file", "lines.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))),
				"city", city.toString(), "year", year, "gwpSet", "AR5", "reportingLevel", "BASIC", "boundary",
				"ADMINISTRATIVE", "source", "City statistics office");
		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		var path = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		assertThat(api(focal, path).get("inventory").get("totals").get("basic").toString()).isEqualTo("1047.47");
		assertThat(focal.get(path).html().select("#recalculation-offer")).isEmpty();

		// The form offers the country's regions only.
		var form = focal.get(path).html();
		assertThat(form.select("#gridRegion option").eachAttr("value")).contains("", region).doesNotContain(foreign);
		// Another country's region is refused; nothing changes.
		var refused = focal.post(path + "/facts", "version", "0", "boundary", "ADMINISTRATIVE", "gridRegion", foreign);
		assertThat(refused.status()).isEqualTo(302);
		assertThat(focal.get(path).html().select("p.alert").text()).contains("grid regions");
		assertThat(api(focal, path).get("gridRegion").isNull()).isTrue();
		assertThat(api(focal, path).get("inventory").get("version").asLong()).isZero();

		assertThat(focal.post(path + "/facts", "version", "0", "boundary", "ADMINISTRATIVE", "gridRegion", region)
			.status()).isEqualTo(302);
		assertThat(api(focal, path).get("gridRegion").asString()).isEqualTo(region);
		var page = focal.get(path).html();
		assertThat(page.select("#grid-region").text()).isEqualTo(region);
		// 2,000 MWh × (300 − 500) kg/MWh = −400 t
		assertThat(page.select("#recalculation-offer").text()).contains("1 line").contains("-400");
		var offer = focal.get(path + "/recalculation").html();
		var rows = offer.select("#recalculation-lines tbody tr");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).text()).contains("I.1.2", "homes", "500 kg/MWh → 300 kg/MWh",
				"Island grid report " + year, "1,000", "600", "-400");
		assertThat(offer.select("#recalculate-form input[name=version]").attr("value")).isEqualTo("1");

		// A stale form is refused; the current one recalculates the draft in place.
		assertThat(focal.post(path + "/recalculate", "reason", "island grid", "version", "0").status()).isEqualTo(409);
		var done = focal.post(path + "/recalculate", "reason", "island grid", "version", "1");
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith(path);
		var draft = api(focal, path);
		assertThat(draft.get("inventory").get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("inventory").get("versionNo").asInt()).isEqualTo(1);
		// 600 + 47.47
		assertThat(draft.get("inventory").get("totals").get("basic").toString()).isEqualTo("647.47");
		assertThat(draft.get("entries").get(0).get("co2eTonnes").toString()).isEqualTo("600");
		assertThat(draft.get("entries").get(1).get("co2eTonnes").toString()).isEqualTo("47.47");
		var steps = focal.get(path).html().select("#entry-1 ol.steps li").eachText();
		assertThat(steps).anyMatch((s) -> s.contains("MWh × 300 kg/MWh = 600000") && s.contains(region)
				&& s.contains("Island grid report " + year));
		assertThat(focal.get(path).html().select("#recalculation-offer")).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'Inventory' and action = 'INVENTORY_RECALCULATED' "
						+ "and record_id = ?",
				Integer.class, path.substring("/inventories/".length())))
			.isEqualTo(1);

		// A line added now takes the regional factor at once: 1,000 MWh × 300 kg/MWh.
		var added = focal.post(path + "/lines", "version", "2", "kind", "activity", "gpcRef", "I.2.2", "description",
				"offices", "fuel", "", "amount", "1000", "unit", "MWh", "co2Unit", "kg/MWh", "ch4Unit", "kg/TJ",
				"n2oUnit", "kg/TJ", "dataQuality", "high", "sourceDocument", "bills");
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		assertThat(api(focal, path).get("entries").get(2).get("co2eTonnes").toString()).isEqualTo("300");
		assertThat(api(focal, path).get("inventory").get("totals").get("basic").toString()).isEqualTo("947.47");

		// Back to the national grid: offered again, +400 t for homes and +200 t for
		// offices.
		assertThat(focal.post(path + "/facts", "version", "3", "boundary", "ADMINISTRATIVE", "gridRegion", "").status())
			.isEqualTo(302);
		assertThat(focal.get(path).html().select("#recalculation-offer").text()).contains("2 line").contains("600");
	}

	@Test
	void anImportWithAGridRegionGivesItsElectricityLinesTheRegionalFactorAndRefusesAnotherCountrysRegion() {
		var grid = gridFactors("2009", "Import region city", "Gangwon", "Mountain", "250", "Kansai");
		var year = grid.year();
		var region = grid.region();
		var foreign = grid.foreign();
		var city = grid.city();
		var focal = grid.focal();
		var secretariat = grid.secretariat();

		// the form offers the regions of the countries of the cities the focal point
		// edits
		var form = focal.get("/inventories/import?city=" + city).html();
		assertThat(form.select("#gridRegion option").eachAttr("value")).contains("", region).doesNotContain(foreign);

		var csv = String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
				+ "I.1.2,2,homes,,,,2000,MWh,,,,,,,,,,,,,high,bills\n"
				+ "II.2.2,2,trams,,,,100,MWh,,474.7,kg/MWh,,,,,Tram operator contract,,,,,high,contract\n";
		var file = List
			.of(new WebSession.Upload("file", "lines.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		var refused = focal.postMultipart("/inventories/import", file, "city", city.toString(), "year", year, "gwpSet",
				"AR5", "reportingLevel", "BASIC", "boundary", "ADMINISTRATIVE", "source", "City statistics office",
				"gridRegion", foreign);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#gridRegion").attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.html().select(".field-error").text()).contains("grid regions");
		assertThat(this.jdbc.queryForObject("select count(*) from inventory where city_id = ?", Integer.class, city))
			.isZero();

		var stored = focal.postMultipart("/inventories/import", file, "city", city.toString(), "year", year, "gwpSet",
				"AR5", "reportingLevel", "BASIC", "boundary", "ADMINISTRATIVE", "source", "City statistics office",
				"gridRegion", region);
		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		var path = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		var draft = api(focal, path);
		assertThat(draft.get("gridRegion").asString()).isEqualTo(region);
		// homes take the region's factor: 2,000 MWh × 250 kg/MWh = 500 t; the trams keep
		// their own: 100 MWh × 474.7 kg/MWh = 47.47 t
		assertThat(draft.get("entries").get(0).get("co2eTonnes").toString()).isEqualTo("500");
		assertThat(draft.get("inventory").get("totals").get("basic").toString()).isEqualTo("547.47");
		var page = focal.get(path).html();
		assertThat(page.select("#grid-region").text()).isEqualTo(region);
		assertThat(page.select("#entry-1 ol.steps li").eachText())
			.anyMatch((s) -> s.contains("2000 MWh × 250 kg/MWh") && s.contains("Mountain grid report " + year));
		assertThat(page.select("#recalculation-offer")).isEmpty();
	}

}
