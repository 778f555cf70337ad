package org.lccp.cities;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fact, target and progress forms are typed by Spring's binder: a word in a number or
 * a year field comes back in its field, as typed, with the field's name and the right
 * message in the reader's language, nothing stored and no server error; numbers in the
 * reader's separators are still read.
 */
@LccpTest
class TypedCityFormsTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityDirectory cities;

	@Autowired
	TargetRegistry targets;

	@Autowired
	CityFixtures fixtures;

	TestAccount focal;

	UUID city;

	UUID target;

	@BeforeEach
	void cityWithAFocalPointAndATarget() {
		this.focal = new TestAccounts(this.accountManagement).create("Typed forms focal point", Role.MEMBER,
				Role.CITY_FOCAL_POINT);
		this.city = this.fixtures.registerCity(new CityDetails("KR", null, "Typed forms city " + UUID.randomUUID(),
				null, null, null, null, null, null, AdminLevel.MUNICIPALITY, null, null, "test"));
		this.fixtures.registerFocalPoint(this.city, this.focal.id());
		this.target = this.fixtures.registerTarget(this.city, "KR",
				new TargetDetails(TargetType.ABSOLUTE, null, "Cut 40 % by 2030", 2018, null, 2030, null,
						new BigDecimal("40"), null, null, null, null, null, null, false, TargetStatus.ADOPTED, null,
						null, "test plan", null, null));
	}

	WebSession focal() {
		return new WebSession(this.port).login(this.focal.email(), this.focal.password());
	}

	static String[] fact(String year, String value) {
		return new String[] { "kind", "POPULATION", "year", year, "value", value, "unit", "persons", "source",
				"Census" };
	}

	static String[] target(String baseYear, String value) {
		return new String[] { "type", "ABSOLUTE", "title", "Typed target", "baseYear", baseYear, "targetYear", "2030",
				"reductionPercent", "40", "targetValue", value, "unit", "tCO2e", "status", "ADOPTED", "sourceDocument",
				"Typed plan" };
	}

	int facts() {
		return this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city)).size();
	}

	long targetsOfCity() {
		return this.targets
			.targets(new TargetRegistry.TargetFilter(null, null, null, this.city, null), PageRequest.of(0, 50))
			.getTotalElements();
	}

	int progressEntries() {
		return this.targets.target(this.target).progress().size();
	}

	@Test
	void aWordInTheFactsYearAsksForAYearAndAWordInItsValueForANumberInEnglishAndRussian() {
		var web = focal();
		var english = web.post("/cities/" + this.city + "/facts?lang=en", fact("last year", "lots"));
		assertThat(english.status()).isEqualTo(200);
		var page = english.html();
		assertThat(page.select("#year-error").text())
			.isEqualTo("Year: Please enter a year as a whole number, for example 2030.");
		assertThat(page.select("#value-error").text())
			.isEqualTo("Value: Please enter a number, for example 3,020,000 or 12.5.");
		assertThat(page.select("input#year").attr("value")).isEqualTo("last year");
		assertThat(page.select("input#value").attr("value")).isEqualTo("lots");
		assertThat(page.select(".error-summary a[href=#year]").text()).startsWith("Year:");

		var russian = web.post("/cities/" + this.city + "/facts?lang=ru", fact("прошлый", "много"));
		assertThat(russian.status()).isEqualTo(200);
		assertThat(russian.html().select("#year-error").text())
			.isEqualTo("Год: Введите год целым числом, например 2030.");
		assertThat(russian.html().select("#value-error").text())
			.isEqualTo("Значение: Введите число, например 3 020 000 или 12,5.");
		assertThat(russian.html().select("input#value").attr("value")).isEqualTo("много");
		assertThat(facts()).isZero();
	}

	@Test
	void aRuleThatRefusesAFactKeepsItsNumbersAsTypedWithTheReadersSeparators() {
		var future = focal().post("/cities/" + this.city + "/facts?lang=ru", fact("2 999", "3 020 000,5"));
		assertThat(future.status()).isEqualTo(200);
		assertThat(future.html().select("#year-error").text()).startsWith("Год:");
		assertThat(future.html().select("input#year").attr("value")).isEqualTo("2 999");
		assertThat(future.html().select("input#value").attr("value")).isEqualTo("3 020 000,5");
		assertThat(facts()).isZero();
	}

	@Test
	void aWordInATargetsYearAndValueComesBackNamedAndNothingIsStoredInEnglishAndKorean() {
		var before = targetsOfCity();
		var web = focal();
		var english = web.post("/cities/" + this.city + "/targets?lang=en", target("soon", "a lot"));
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.html().select("#baseYear-error").text())
			.isEqualTo("Base year: Please enter a year as a whole number, for example 2030.");
		assertThat(english.html().select("#targetValue-error").text())
			.startsWith("Target value: Please enter a number");
		assertThat(english.html().select("input#baseYear").attr("value")).isEqualTo("soon");
		assertThat(english.html().select("input#targetValue").attr("value")).isEqualTo("a lot");
		assertThat(english.html().select("input#reductionPercent").attr("value")).isEqualTo("40");

		var korean = web.post("/cities/" + this.city + "/targets?lang=ko", target("작년", "1,234,567.5"));
		assertThat(korean.status()).isEqualTo(200);
		assertThat(korean.html().select("#baseYear-error").text()).isEqualTo("기준 연도: 연도를 정수로 입력해 주세요(예: 2030).");
		assertThat(korean.html().select("input#targetValue").attr("value")).isEqualTo("1,234,567.5");
		assertThat(korean.html().select("#targetValue-error")).isEmpty();
		assertThat(targetsOfCity()).isEqualTo(before);
	}

	@Test
	void aTargetTypedWithRussianSeparatorsIsStoredWithExactDecimals() {
		var saved = focal().post("/cities/" + this.city + "/targets?lang=ru", target("2 018", "1 234 567,125"));
		assertThat(saved.status()).as(saved.html().select(".field-error").text()).isEqualTo(302);
		var stored = this.targets
			.targets(new TargetRegistry.TargetFilter(null, null, null, this.city, null), PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter((t) -> "Typed target".equals(t.title()))
			.findFirst()
			.orElseThrow();
		assertThat(stored.baseYear()).isEqualTo(2018);
		assertThat(stored.targetValue()).isEqualByComparingTo("1234567.125");
	}

	@Test
	void aWordInAProgressYearOrShareComesBackNamedAndNothingIsStoredInEnglishAndJapanese() {
		var web = focal();
		var english = web.post("/targets/" + this.target + "/progress?lang=en", "year", "next", "value", "",
				"shareAchieved", "half", "note", "typed note");
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.html().select("#year-error").text())
			.isEqualTo("Year: Please enter a year as a whole number, for example 2030.");
		assertThat(english.html().select("#shareAchieved-error").text()).contains("Please enter a number");
		assertThat(english.html().select("input#year").attr("value")).isEqualTo("next");
		assertThat(english.html().select("input#shareAchieved").attr("value")).isEqualTo("half");

		var japanese = web.post("/targets/" + this.target + "/progress?lang=ja", "year", "来年", "shareAchieved", "50",
				"note", "typed note");
		assertThat(japanese.status()).isEqualTo(200);
		assertThat(japanese.html().select("#year-error").text()).endsWith("年は整数で入力してください（例：2030）。");
		assertThat(japanese.html().select("input#year").attr("value")).isEqualTo("来年");
		assertThat(progressEntries()).isZero();

		var russian = web.post("/targets/" + this.target + "/progress?lang=ru", "year", "2 022", "shareAchieved",
				"12,5", "note", "typed note");
		assertThat(russian.status()).as(russian.html().select(".field-error").text()).isEqualTo(302);
		assertThat(this.targets.target(this.target).progress()).singleElement()
			.satisfies((p) -> assertThat(p.shareAchieved()).isEqualByComparingTo("12.5"));
	}

}
