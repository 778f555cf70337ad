package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
 * The factor library's forms are typed by Spring's binder: a word for a year asks for a
 * year, a word for a value names the text, in the reader's language, with nothing stored
 * and no server error; values in the reader's separators are read.
 */
@LccpTest
class TypedFactorFormsTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcTemplate jdbc;

	WebSession secretariat;

	WebSession focal;

	UUID city;

	String name;

	@BeforeEach
	void secretariatAndAFocalPoint() {
		var accounts = new TestAccounts(this.accountManagement);
		var secretariatAccount = accounts.create("Typed factor secretariat", Role.SECRETARIAT);
		var focalAccount = accounts.create("Typed factor focal point", Role.CITY_FOCAL_POINT);
		this.city = this.cities.registerCity(new CityDetails("KR", null, "Typed factor city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.cities.registerFocalPoint(this.city, focalAccount.id());
		this.secretariat = new WebSession(this.port).login(secretariatAccount.email(), secretariatAccount.password());
		this.focal = new WebSession(this.port).login(focalAccount.email(), focalAccount.password());
		this.name = "Typed grid " + UUID.randomUUID();
	}

	String[] grid(String year, String value) {
		return new String[] { "countryCode", "KR", "year", year, "name", this.name, "value", value, "unit", "kg/MWh",
				"source", "Typed bulletin" };
	}

	String problemAfter(WebSession session, WebSession.Response answer) {
		assertThat(answer.status()).isEqualTo(302);
		return session.follow(answer).html().select("p.alert[role=alert]").text();
	}

	int stored() {
		return this.jdbc.queryForObject("select count(*) from emission_factor where name = ?", Integer.class,
				this.name);
	}

	@Test
	void aWordForAGridFactorsYearOrValueIsToldInEnglishAndRussianAndNothingIsStored() {
		assertThat(problemAfter(this.secretariat,
				this.secretariat.post("/inventories/factors/grid?lang=en", grid("last year", "500"))))
			.isEqualTo("Please enter a year as a whole number, for example 2030.");
		assertThat(problemAfter(this.secretariat,
				this.secretariat.post("/inventories/factors/grid?lang=en", grid("2014", "lots"))))
			.contains("lots");
		assertThat(problemAfter(this.secretariat,
				this.secretariat.post("/inventories/factors/grid?lang=ru", grid("прошлый", "500"))))
			.isEqualTo("Введите год целым числом, например 2030.");
		assertThat(stored()).isZero();
	}

	@Test
	void aCountryNoCodeNamesIsRefusedInTheReadersLanguageAndAKnownOneIsStored() {
		var fields = grid("2014", "500");
		fields[1] = "Корея";
		assertThat(problemAfter(this.secretariat, this.secretariat.post("/inventories/factors/grid?lang=ru", fields)))
			.isEqualTo("Выберите страну из списка.");
		assertThat(stored()).isZero();

		fields[1] = "kr";
		assertThat(this.secretariat.post("/inventories/factors/grid?lang=en", fields).status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select country_code from emission_factor where name = ?", String.class,
				this.name))
			.isEqualTo("KR");
	}

	@Test
	void aCityFactorTypedWithRussianSeparatorsIsStoredExactlyAndAWordIsRefused() {
		var refused = this.focal.post("/inventories/factors/city?lang=ru", "cityId", this.city.toString(), "year",
				"2 014", "name", this.name, "gas", "CO2", "value", "много", "unit", "kg/TJ", "source", "Отчёт");
		assertThat(problemAfter(this.focal, refused)).contains("много");
		assertThat(stored()).isZero();

		var saved = this.focal.post("/inventories/factors/city?lang=ru", "cityId", this.city.toString(), "year",
				"2 014", "name", this.name, "gas", "CO2", "value", "56 100,5", "unit", "kg/TJ", "source", "Отчёт");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select value from emission_factor where name = ? and year = 2014",
				BigDecimal.class, this.name))
			.isEqualByComparingTo("56100.5");
	}

}
