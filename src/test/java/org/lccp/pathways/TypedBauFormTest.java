package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.inventory.InventoryManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BAU scenario form is typed by Spring's binder: a word in the end year or in a rate
 * comes back in its field, as typed, with the year or rate message in the reader's
 * language, nothing stored and no server error; rates in the reader's separators are
 * read.
 */
@LccpTest
class TypedBauFormTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	JdbcClient jdbc;

	UUID city;

	WebSession focal;

	@BeforeEach
	void cityWithAPublishedInventory() throws Exception {
		this.city = this.cities.registerCity(new CityDetails("KR", null, "Typed BAU city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		this.inventories.registerPublished(this.city, PathwaysWebTest.details(2018), PathwaysWebTest.seoul());
		var account = new TestAccounts(this.accountManagement).create("Typed BAU focal point", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(this.city, account.id());
		this.focal = new WebSession(this.port).login(account.email(), account.password());
	}

	String form(String lang) {
		return "/cities/" + this.city + "/pathways/bau?lang=" + lang;
	}

	static String[] scenario(String endYear, String population, String gdp, String rate) {
		return new String[] { "baseYear", "2018", "endYear", endYear, "populationGrowth", population, "gdpGrowth", gdp,
				"basedOnVersion", "0", "sectors[0].sector", "ALL", "sectors[0].method", "CAGR", "sectors[0].annualRate",
				rate };
	}

	long scenarios() {
		return this.jdbc.sql("select count(*) from pathways_bau_scenario where city_id = ?")
			.param(this.city)
			.query(Long.class)
			.single();
	}

	@Test
	void aWordInTheEndYearOrARateComesBackAsTypedWithItsMessageInEnglishAndRussian() {
		var english = this.focal.post(form("en"), scenario("later", "fast", "1.5", "2"));
		assertThat(english.status()).isEqualTo(200);
		var page = english.html();
		assertThat(page.select("#endYear-error").text())
			.isEqualTo("Please enter a year as a whole number, for example 2030.");
		assertThat(page.select("#populationGrowth-error").text())
			.isEqualTo("Enter a number of per cent, for example 1.5 or −0.25.");
		assertThat(page.select("input#endYear").attr("value")).isEqualTo("later");
		assertThat(page.select("input#populationGrowth").attr("value")).isEqualTo("fast");
		assertThat(page.select("input#gdpGrowth").attr("value")).isEqualTo("1.5");

		var russian = this.focal.post(form("ru"), scenario("потом", "0,5", "1,25", "много"));
		assertThat(russian.status()).isEqualTo(200);
		var ru = russian.html();
		assertThat(ru.select("#endYear-error").text()).isEqualTo("Введите год целым числом, например 2030.");
		assertThat(ru.select("[id='sectors[0].annualRate-error']").text())
			.isEqualTo("Введите темп в процентах числом, например 1,5 или −0,25.");
		assertThat(ru.select("[id='sectors[0].annualRate']").attr("value")).isEqualTo("много");
		assertThat(ru.select("input#populationGrowth").attr("value")).isEqualTo("0,5");
		assertThat(ru.select("input#gdpGrowth").attr("value")).isEqualTo("1,25");
		assertThat(ru.select("#populationGrowth-error, #gdpGrowth-error")).isEmpty();
		assertThat(scenarios()).isZero();
	}

	@Test
	void aRuleThatRefusesARateKeepsTheOtherRulesAndTheTextAsTyped() {
		var page = this.focal.post(form("ru"), scenario("2 030", "80", "слово", "1,5")).html();
		assertThat(page.select("#populationGrowth-error").text()).contains("50");
		assertThat(page.select("input#populationGrowth").attr("value")).isEqualTo("80");
		assertThat(page.select("#gdpGrowth-error").text()).startsWith("Введите темп");
		assertThat(page.select("input#endYear").attr("value")).isEqualTo("2 030");
		assertThat(scenarios()).isZero();
	}

	@Test
	void ratesTypedWithTheReadersSeparatorsAreStoredExactly() {
		var saved = this.focal.post(form("ru"), scenario("2 030", "0,5", "1,25", "−0,75"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("select gdp_growth from pathways_bau_scenario where city_id = ? and version_no = 1")
			.param(this.city)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("1.25");
	}

}
