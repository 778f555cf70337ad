package org.lccp.inventory;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft inventory's population, GDP and GDP unit go into columns of limited size
 * (numeric(20,4), numeric(24,4), varchar(20)): values beyond them are refused with the
 * form's message and change nothing, instead of failing in the database.
 */
@LccpTest
class InventoryFactsOutOfRangeTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void populationGdpAndUnitBeyondTheirColumnsAreRefusedAndChangeNothing() throws Exception {
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("KR", null, "Facts test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var focal = accounts.create("Focal", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focal.id());
		var session = new WebSession(this.port).login(focal.email(), focal.password());
		var stored = session.postMultipart("/inventories/import",
				List.of(new WebSession.Upload("file", "seoul.csv", "text/csv", InventoryPagesTest.seoul())), "city",
				city.toString(), "year", "2019", "gwpSet", "AR5", "reportingLevel", "BASIC", "boundary",
				"ADMINISTRATIVE", "source", "City statistics office");
		assertThat(stored.status()).isEqualTo(302);
		var path = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		var id = UUID.fromString(path.substring("/inventories/".length()));

		for (var hostile : List.of(List.of("population", "1e30"), List.of("population", "12345678901234567"),
				List.of("gdp", "1e308"), List.of("gdp", "0.000001"), List.of("gdpUnit", "u".repeat(21)),
				List.of("populationSource", "s".repeat(501)))) {
			var fields = new java.util.LinkedHashMap<String, String>();
			fields.put("version", "0");
			fields.put("boundary", "ADMINISTRATIVE");
			fields.put("population", "1000");
			fields.put("populationSource", "Census");
			fields.put("gdp", "5");
			fields.put("gdpUnit", "bn USD");
			fields.put("gdpSource", "Statistics office");
			fields.put(hostile.get(0), hostile.get(1));
			var flat = fields.entrySet().stream().flatMap((e) -> java.util.stream.Stream.of(e.getKey(), e.getValue()));
			var answer = session.post(path + "/facts", flat.toArray(String[]::new));
			assertThat(answer.status()).as(hostile.toString()).isEqualTo(302);
			assertThat(session.follow(answer).body()).as(hostile.toString()).contains("id=\"facts-form\"");
			assertThat(
					this.jdbc.queryForMap("select population, gdp, gdp_unit, version from inventory where id = ?", id))
				.as(hostile.toString())
				.containsEntry("population", null)
				.containsEntry("gdp", null)
				.containsEntry("gdp_unit", null)
				.containsEntry("version", 0L);
		}
		var saved = session.post(path + "/facts", "version", "0", "boundary", "ADMINISTRATIVE", "population",
				"9,720,846", "populationSource", "Census", "gdp", "400.5", "gdpUnit", "bn USD", "gdpSource",
				"Statistics office");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select population from inventory where id = ?", java.math.BigDecimal.class,
				id))
			.isEqualByComparingTo("9720846");
	}

}
