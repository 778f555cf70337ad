package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reported-value form is typed by Spring's binder: a word in the year or the value
 * comes back in its field, as typed, with the year or number message in the reader's
 * language, nothing stored and no server error; the reader's separators are read.
 */
@LccpTest
class TypedValueFormTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityFixtures cities;

	@Autowired
	BenchmarkingManagement benchmarking;

	@Autowired
	JdbcClient jdbc;

	TestAccount focal;

	UUID city;

	UUID indicator;

	@BeforeEach
	void aCityAndAReportedIndicator() {
		var accounts = new TestAccounts(this.accountManagement);
		var secretariat = accounts.create("Typed value secretariat", Role.SECRETARIAT, Role.MEMBER);
		this.focal = accounts.create("Typed value focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		this.city = this.cities
			.registerCity(new CityDetails("JP", null, "Typed value city " + UUID.randomUUID(), null, null, null, null,
					null, null, AdminLevel.MUNICIPALITY, new BigDecimal("35"), new BigDecimal("135"), "test"));
		this.cities.registerFocalPoint(this.city, this.focal.id());
		var code = "TYPED_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		var file = String.join(",", SystemFile.COLUMNS) + "\n"
				+ "RENEWABLE,Renewable share,可再生能源,再エネ,재생,ВИЭ,Сэргээгдэх,Share of renewables,%,HIGHER,,Energy,MAIN,,,100,\n";
		var imported = new WebSession(this.port).login(secretariat.email(), secretariat.password())
			.postFile("/benchmarking/import", "file", "system.csv", file.getBytes(StandardCharsets.UTF_8), "code", code,
					"name", "Typed value system");
		assertThat(imported.status()).as(imported.body()).isEqualTo(302);
		var system = UUID.fromString(imported.location().substring(imported.location().lastIndexOf('/') + 1));
		this.indicator = this.benchmarking.indicators(system).get(0).id();
	}

	WebSession focal() {
		return new WebSession(this.port).login(this.focal.email(), this.focal.password());
	}

	String form(String lang) {
		return "/cities/" + this.city + "/benchmark/values?lang=" + lang;
	}

	long reported() {
		return this.jdbc.sql("select count(*) from benchmarking_value where city_id = ? and indicator_id = ?")
			.param(this.city)
			.param(this.indicator)
			.query(Long.class)
			.single();
	}

	@Test
	void aWordInTheYearOrTheValueComesBackAsTypedWithItsMessageInEnglishAndRussian() {
		var web = focal();
		var english = web.post(form("en"), "indicatorId", this.indicator.toString(), "year", "soon", "value", "abc",
				"source", "Energy balance");
		assertThat(english.status()).isEqualTo(200);
		var page = english.html();
		assertThat(page.select("#year-error").text())
			.isEqualTo("Please enter a year as a whole number, for example 2030.");
		assertThat(page.select("#value-error").text()).startsWith("Please enter a number");
		assertThat(page.select("input#year").attr("value")).isEqualTo("soon");
		assertThat(page.select("input#value").attr("value")).isEqualTo("abc");
		assertThat(page.select("textarea#source").text()).isEqualTo("Energy balance");

		var russian = web.post(form("ru"), "indicatorId", this.indicator.toString(), "year", "двадцатый", "value",
				"0,125", "source", "Энергобаланс");
		assertThat(russian.status()).isEqualTo(200);
		assertThat(russian.html().select("#year-error").text()).isEqualTo("Введите год целым числом, например 2030.");
		assertThat(russian.html().select("#value-error")).isEmpty();
		assertThat(russian.html().select("input#value").attr("value")).isEqualTo("0,125");
		assertThat(reported()).isZero();
	}

	@Test
	void aValueTypedWithTheReadersSeparatorsIsStoredExactly() {
		var saved = focal().post(form("ru"), "indicatorId", this.indicator.toString(), "year", "2 020", "value",
				"0,125", "source", "Энергобаланс");
		assertThat(saved.status()).as(saved.html().select(".field-error").text()).isEqualTo(302);
		assertThat(this.jdbc
			.sql("select value from benchmarking_value where city_id = ? and indicator_id = ? and year = 2020")
			.param(this.city)
			.param(this.indicator)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("0.125");
	}

}
