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
 * Who may edit what, bad input that stores nothing, and the audit history shown on the
 * record — over real HTTP with the platform's forms.
 */
@LccpTest
class CitiesEditingTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityDirectory cities;

	@Autowired
	TargetRegistry targetRegistry;

	TestAccount secretariat;

	TestAccount focal;

	TestAccount otherFocal;

	UUID city;

	@BeforeEach
	void setUp() {
		var accounts = new TestAccounts(this.accountManagement);
		this.secretariat = accounts.create("Secretariat", Role.SECRETARIAT, Role.MEMBER);
		this.focal = accounts.create("Focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		this.otherFocal = accounts.create("Other focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		var name = "Testburg " + UUID.randomUUID().toString().substring(0, 8);
		this.city = this.accountManagement.actingAs(this.secretariat.id(), () -> {
			var id = this.cities.createCity(new CityDetails("KR", null, name, null, null, null, null, null, null,
					AdminLevel.MUNICIPALITY, new BigDecimal("37.5"), new BigDecimal("127.0"), "test"));
			this.cities.addFocalPoint(id, this.focal.email());
			return id;
		});
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	static String[] target(String type, String baseYear, String targetYear, String cut, String value, String unit) {
		return new String[] { "type", type, "title", "Test target", "baseYear", baseYear, "targetYear", targetYear,
				"reductionPercent", cut, "targetValue", value, "unit", unit, "status", "ADOPTED", "sourceDocument",
				"Test document", "_conditional", "on" };
	}

	long targetsOfCity() {
		return this.targetRegistry
			.targets(new TargetRegistry.TargetFilter(null, null, null, this.city, null), PageRequest.of(0, 50))
			.getTotalElements();
	}

	@Test
	void focalPointAddsATargetAndProgressAndSeesTheHistory() {
		var web = as(this.focal);
		assertThat(web.get("/cities/" + this.city + "/targets/new").status()).isEqualTo(200);
		var created = web.post("/cities/" + this.city + "/targets", target("ABSOLUTE", "2010", "2030", "40", "", ""));
		assertThat(created.status()).as(created.html().select(".field-error, .alert").text()).isEqualTo(302);
		var targetPath = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(targetPath).startsWith("/targets/");
		var page = web.get(targetPath);
		assertThat(page.mainText()).contains("Test target").contains("1 − 0.6^(1/20) = 2.5 %");

		var tooMuch = web.post(targetPath + "/progress", "year", "2020", "shareAchieved", "150");
		assertThat(tooMuch.status()).isEqualTo(200);
		assertThat(tooMuch.html().select("#shareAchieved-error").text()).contains("100");

		var progress = web.post(targetPath + "/progress", "year", "2020", "value", "", "shareAchieved", "35", "note",
				"Halfway through the decade");
		assertThat(progress.status()).isEqualTo(302);
		var after = web.get(targetPath);
		assertThat(after.mainText()).contains("Halfway through the decade")
			.contains("Progress added")
			.contains("Created");
		assertThat(after.mainText()).contains(this.focal.email());
		assertThat(web.get(targetPath + "?lang=ru").html().select(".history td").text())
			.contains("Добавлен ход выполнения")
			.doesNotContain("PROGRESS_ADDED");

		// a visitor sees the target and its progress, but not the history
		var visitor = new WebSession(this.port).get(targetPath);
		assertThat(visitor.mainText()).contains("Halfway through the decade").doesNotContain("Progress added");
	}

	@Test
	void badTargetsAreShownAtTheirFieldsAndNothingIsStored() {
		var web = as(this.focal);
		var before = targetsOfCity();

		var yearsReversed = web.post("/cities/" + this.city + "/targets",
				target("ABSOLUTE", "2030", "2020", "40", "", ""));
		assertThat(yearsReversed.status()).isEqualTo(200);
		assertThat(yearsReversed.html().select("#targetYear-error").text()).isNotBlank();

		var shareOver = web.post("/cities/" + this.city + "/targets",
				target("RENEWABLE_SHARE", "", "2030", "", "130", "%"));
		assertThat(shareOver.html().select("#targetValue-error").text()).contains("100");

		var wrongUnit = web.post("/cities/" + this.city + "/targets",
				target("RENEWABLE_SHARE", "", "2030", "", "30", "tCO2e"));
		assertThat(wrongUnit.html().select("#unit-error").text()).contains("%");

		var notANumber = web.post("/cities/" + this.city + "/targets",
				target("ABSOLUTE", "soon", "2030", "40", "", ""));
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.html().select("#baseYear-error").text()).startsWith("Base year");
		// every value typed comes back, the wrong one as typed
		assertThat(notANumber.html().select("input#baseYear").attr("value")).isEqualTo("soon");
		assertThat(notANumber.html().select("input#targetYear").attr("value")).isEqualTo("2030");
		assertThat(notANumber.html().select("input#reductionPercent").attr("value")).isEqualTo("40");
		assertThat(notANumber.html().select("input#title").attr("value")).isEqualTo("Test target");
		assertThat(notANumber.html().select(".error-summary a[href=#baseYear]").text()).startsWith("Base year");

		assertThat(targetsOfCity()).isEqualTo(before);
	}

	@Test
	void onlyTheCitysFocalPointsAndTheSecretariatEdit() {
		var other = as(this.otherFocal);
		assertThat(other.get("/cities/" + this.city + "/edit").status()).isEqualTo(403);
		assertThat(other.post("/cities/" + this.city + "/targets", target("ABSOLUTE", "2010", "2030", "40", "", ""))
			.status()).isEqualTo(403);

		var member = new TestAccounts(this.accountManagement).create("Member", Role.MEMBER);
		assertThat(as(member).get("/cities/" + this.city + "/targets/new").status()).isEqualTo(403);

		var anonymous = new WebSession(this.port).post("/cities/" + this.city + "/targets",
				target("ABSOLUTE", "2010", "2030", "40", "", ""));
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");

		assertThat(as(this.focal).post("/cities/" + this.city + "/focal-points", "email", this.otherFocal.email())
			.status()).isEqualTo(403);
		var added = as(this.secretariat).post("/cities/" + this.city + "/focal-points", "email",
				this.otherFocal.email());
		assertThat(added.status()).isEqualTo(302);
		assertThat(as(this.otherFocal).get("/cities/" + this.city + "/edit").status()).isEqualTo(200);
	}

	@Test
	void cityEditsAreAuditedAndStaleEditsRefused() {
		var web = as(this.focal);
		var form = web.get("/cities/" + this.city + "/edit").html();
		var version = form.selectFirst("input[name=version]").attr("value");
		var name = form.selectFirst("input[name=nameEn]").attr("value");
		var fields = new String[] { "version", version, "countryCode", "KR", "nameEn", name, "nameKo", "테스트시",
				"adminLevel", "MUNICIPALITY", "latitude", "37.5", "longitude", "127.0" };
		assertThat(web.post("/cities/" + this.city + "/edit", fields).status()).isEqualTo(302);
		assertThat(web.post("/cities/" + this.city + "/edit", fields).status()).isEqualTo(409);
		var profile = web.get("/cities/" + this.city);
		assertThat(profile.mainText()).contains("nameKo: null → 테스트시");

		var badLatitude = web.post("/cities/" + this.city + "/edit", "version",
				String.valueOf(Long.parseLong(version) + 1), "countryCode", "KR", "nameEn", name, "adminLevel",
				"MUNICIPALITY", "latitude", "137.5");
		assertThat(badLatitude.status()).isEqualTo(200);
		assertThat(badLatitude.html().select("#latitude-error").text()).isNotBlank();
	}

	@Test
	void aCitysTargetsFollowItsCountryAndOnlyTheSecretariatMovesIt() {
		var focalWeb = as(this.focal);
		assertThat(focalWeb.post("/cities/" + this.city + "/targets", target("ABSOLUTE", "2015", "2030", "30", "", ""))
			.status()).isEqualTo(302);
		var form = focalWeb.get("/cities/" + this.city + "/edit").html();
		var version = form.selectFirst("input[name=version]").attr("value");
		var name = form.selectFirst("input[name=nameEn]").attr("value");
		var refused = focalWeb.post("/cities/" + this.city + "/edit", "version", version, "countryCode", "JP", "nameEn",
				name, "adminLevel", "MUNICIPALITY", "latitude", "37.5", "longitude", "127.0");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#countryCode-error").text()).contains("secretariat");
		assertThat(this.cities.city(this.city).countryCode()).isEqualTo("KR");

		var moved = as(this.secretariat).post("/cities/" + this.city + "/edit", "version", version, "countryCode", "JP",
				"nameEn", name, "adminLevel", "MUNICIPALITY", "latitude", "37.5", "longitude", "127.0");
		assertThat(moved.status()).isEqualTo(302);
		var targets = this.targetRegistry.targets(new TargetRegistry.TargetFilter(null, null, null, this.city, null),
				PageRequest.of(0, 50));
		assertThat(targets.getContent()).isNotEmpty()
			.allSatisfy((t) -> assertThat(t.countryCode()).as("the target follows its city").isEqualTo("JP"));
	}

	@Test
	void theListsCountsPerCountryFollowANewCityAndAMove() {
		var korea = citiesIn("KR");
		var japan = citiesIn("JP");
		var japanShown = japanOnTheCountriesPage();
		this.accountManagement.actingAs(this.secretariat.id(),
				() -> this.cities
					.createCity(new CityDetails("KR", null, "Countburg " + UUID.randomUUID().toString().substring(0, 8),
							null, null, null, null, null, null, AdminLevel.MUNICIPALITY, null, null, "test")));
		assertThat(citiesIn("KR")).as("a new city counts at once").isEqualTo(korea + 1);

		var web = as(this.secretariat);
		var form = web.get("/cities/" + this.city + "/edit").html();
		assertThat(web
			.post("/cities/" + this.city + "/edit", "version", form.selectFirst("input[name=version]").attr("value"),
					"countryCode", "JP", "nameEn", form.selectFirst("input[name=nameEn]").attr("value"), "adminLevel",
					"MUNICIPALITY", "latitude", "37.5", "longitude", "127.0")
			.status()).isEqualTo(302);
		assertThat(citiesIn("KR")).as("a moved city leaves its country's count").isEqualTo(korea);
		assertThat(citiesIn("JP")).isEqualTo(japan + 1);
		assertThat(japanOnTheCountriesPage()).as("the countries page shows the new count").isNotEqualTo(japanShown);
	}

	@Test
	void theReadersNamesOfCitiesFollowARenameAndLeaveOutNamesOfNoCity() {
		var nameEn = this.cities.city(this.city).nameEn();
		var russian = java.util.Locale.forLanguageTag("ru");
		var nobody = "Nowhere " + UUID.randomUUID();
		assertThat(this.cities.namesOf(java.util.List.of(nameEn, nobody), russian))
			.as("a city without a Russian name is named in English; a name of no city is left out")
			.containsExactly(java.util.Map.entry(nameEn, nameEn));

		var web = as(this.secretariat);
		var form = web.get("/cities/" + this.city + "/edit").html();
		assertThat(web
			.post("/cities/" + this.city + "/edit", "version", form.selectFirst("input[name=version]").attr("value"),
					"countryCode", "KR", "nameEn", nameEn, "nameRu", "Тестбург", "adminLevel", "MUNICIPALITY",
					"latitude", "37.5", "longitude", "127.0")
			.status()).isEqualTo(302);

		assertThat(this.cities.namesOf(java.util.List.of(nameEn, nobody), russian))
			.as("the new name, kept names forgotten")
			.containsExactly(java.util.Map.entry(nameEn, "Тестбург"));
		assertThat(this.cities.namesOf(java.util.List.of(nameEn), java.util.Locale.ENGLISH))
			.containsExactly(java.util.Map.entry(nameEn, nameEn));
	}

	String japanOnTheCountriesPage() {
		return new WebSession(this.port).get("/countries").html().select("li:has(a[href$=/countries/JP]) small").text();
	}

	long citiesIn(String country) {
		return this.cities.countries()
			.stream()
			.filter((c) -> c.code().equals(country))
			.mapToLong(CityDirectory.CountryView::cities)
			.findFirst()
			.orElse(0);
	}

	@Test
	void factFormKeepsEveryValueAndNamesTheFieldInEachMessage() {
		var web = as(this.focal);
		var missingSource = web.post("/cities/" + this.city + "/facts?lang=en",
				fact("POPULATION", "2020", "3,020,000", "persons", ""));
		assertThat(missingSource.status()).isEqualTo(200);
		var page = missingSource.html();
		assertThat(page.select("input#year").attr("value")).isEqualTo("2020");
		assertThat(page.select("input#value").attr("value")).isEqualTo("3,020,000");
		assertThat(page.select("input#unit").attr("value")).isEqualTo("persons");
		assertThat(page.select("#source-error").text()).startsWith("Source").doesNotContain("must not");

		var nothing = web.post("/cities/" + this.city + "/facts?lang=ru", fact("POPULATION", "", "", "", ""));
		assertThat(nothing.status()).isEqualTo(200);
		assertThat(nothing.html().select("#year-error").text()).startsWith("Год:");
		assertThat(nothing.html().select("#value-error").text()).startsWith("Значение");
		assertThat(nothing.html().select(".field-error").text()).doesNotContain("null", "must not");

		var badYear = web.post("/cities/" + this.city + "/facts?lang=zh",
				fact("POPULATION", "二〇二〇", "3,020,000", "persons", "Census"));
		assertThat(badYear.html().select("#year-error").text()).startsWith("年份：");
		assertThat(badYear.html().select("input#year").attr("value")).isEqualTo("二〇二〇");
		assertThat(
				badYear.html().select("input#source").attr("value") + badYear.html().select("textarea#source").text())
			.isEqualTo("Census");
		assertThat(this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city))).isEmpty();
	}

	@Test
	void aUnitTheRegistryDoesNotKnowIsRefusedAtItsFieldInTheReadersLanguage() {
		var before = this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city)).size();
		var unknown = as(this.focal).post("/cities/" + this.city + "/facts?lang=ko",
				fact("AREA", "2020", "1062", "furlongs", "Survey"));
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.html().select("#unit-error").text()).contains("이 단위는").contains("km²").contains("ha");
		assertThat(unknown.html().select("input#unit").attr("value")).isEqualTo("furlongs");
		assertThat(unknown.html().select("datalist#unit-choices option[value=km²]")).hasSize(1);
		assertThat(this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city)))
			.hasSize(before);
	}

	@Test
	void factsAcceptTheThousandSeparatorsOfTheReadersLanguage() {
		var web = as(this.focal);
		var english = web.post("/cities/" + this.city + "/facts?lang=en",
				fact("POPULATION", "2018", "3,020,000", "persons", "Census"));
		assertThat(english.status()).as(english.html().select(".field-error").text()).isEqualTo(302);
		var russian = web.post("/cities/" + this.city + "/facts?lang=ru",
				fact("POPULATION", "2019", "3 030 000", "persons", "Перепись"));
		assertThat(russian.status()).as(russian.html().select(".field-error").text()).isEqualTo(302);
		var russianDecimal = web.post("/cities/" + this.city + "/facts?lang=ru",
				fact("AREA", "2019", "1 062,5", "km²", "Кадастр"));
		assertThat(russianDecimal.status()).as(russianDecimal.html().select(".field-error").text()).isEqualTo(302);
		var points = web.post("/cities/" + this.city + "/facts?lang=mn",
				fact("POPULATION", "2020", "3.040.000", "persons", "Тооллого"));
		assertThat(points.status()).as(points.html().select(".field-error").text()).isEqualTo(302);

		var facts = this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city));
		assertThat(facts).extracting((f) -> f.value().stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder("3020000", "3030000", "1062.5", "3040000");
	}

	@Test
	void targetFormReadsSeparatorsAndKeepsValuesWhenARuleFails() {
		var web = as(this.focal);
		var fields = target("ABSOLUTE", "2030", "2,020", "40", "1,234,567.5", "tCO2e");
		var reversed = web.post("/cities/" + this.city + "/targets?lang=en", fields);
		assertThat(reversed.status()).isEqualTo(200);
		var page = reversed.html();
		assertThat(page.select("#targetYear-error").text()).startsWith("Target year");
		assertThat(page.select("input#targetYear").attr("value")).isEqualTo("2,020");
		assertThat(page.select("input#targetValue").attr("value")).isEqualTo("1,234,567.5");
		assertThat(page.select("input#unit").attr("value")).isEqualTo("tCO2e");

		var fine = web.post("/cities/" + this.city + "/targets?lang=en",
				target("ABSOLUTE", "2,010", "2,030", "40", "1,234,567.5", "tCO2e"));
		assertThat(fine.status()).as(fine.html().select(".field-error").text()).isEqualTo(302);
	}

	String[] fact(String kind, String year, String value, String unit, String source) {
		return new String[] { "kind", kind, "year", year, "value", value, "unit", unit, "source", source };
	}

	@Test
	void focalPointAddsCorrectsAndDeletesFactsAndTheHistoryShowsEachChange() {
		var web = as(this.focal);
		assertThat(web.get("/cities/" + this.city + "/facts/new").status()).isEqualTo(200);
		var added = web.post("/cities/" + this.city + "/facts",
				fact("POPULATION", "2020", "2950000", "persons", "Statistics Korea 2020"));
		assertThat(added.status()).as(added.html().select(".field-error, .alert").text()).isEqualTo(302);
		var facts = this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city));
		assertThat(facts).singleElement().satisfies((f) -> {
			assertThat(f.kind()).isEqualTo(FactKind.POPULATION);
			assertThat(f.value()).isEqualByComparingTo("2950000");
		});
		var fact = facts.get(0);

		var editPage = web.get("/cities/" + this.city + "/edit").html();
		assertThat(editPage.select("a[href$=/facts/" + fact.id() + "/edit]")).isNotEmpty();
		var version = web.get("/cities/" + this.city + "/facts/" + fact.id() + "/edit")
			.html()
			.selectFirst("input[name=version]")
			.attr("value");
		var corrected = web.post("/cities/" + this.city + "/facts/" + fact.id() + "/edit",
				concat(new String[] { "version", version },
						fact("POPULATION", "2020", "2960000", "persons", "Statistics Korea")));
		assertThat(corrected.status()).isEqualTo(302);
		// the same form again carries a stale version
		var stale = web.post("/cities/" + this.city + "/facts/" + fact.id() + "/edit",
				concat(new String[] { "version", version },
						fact("POPULATION", "2020", "2970000", "persons", "Statistics Korea")));
		assertThat(stale.status()).isEqualTo(409);

		var profile = web.get("/cities/" + this.city).mainText();
		assertThat(profile).contains("Value added")
			.contains("Value corrected")
			.contains("2950000 persons (Statistics Korea 2020) → POPULATION 2020 = 2960000 persons");

		var current = this.accountManagement.actingAs(this.focal.id(), () -> this.cities.fact(this.city, fact.id()));
		assertThat(web
			.post("/cities/" + this.city + "/facts/" + fact.id() + "/delete", "version",
					String.valueOf(current.version() - 1))
			.status()).isEqualTo(409);
		assertThat(web
			.post("/cities/" + this.city + "/facts/" + fact.id() + "/delete", "version",
					String.valueOf(current.version()))
			.status()).isEqualTo(302);
		assertThat(this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city))).isEmpty();
		assertThat(web.get("/cities/" + this.city).mainText()).contains("Value deleted");
	}

	@Test
	void badFactsAreShownAtTheirFieldsAndNothingIsStored() {
		var web = as(this.focal);
		var base = "/cities/" + this.city + "/facts";
		var tooEarly = web.post(base, fact("POPULATION", "1700", "1000", "persons", "src"));
		assertThat(tooEarly.status()).isEqualTo(200);
		assertThat(tooEarly.html().select("#year-error").text()).isNotBlank();

		var future = web.post(base,
				fact("AREA", String.valueOf(java.time.Year.now().getValue() + 1), "1000", "km²", "src"));
		assertThat(future.html().select("#year-error").text()).isNotBlank();

		var negative = web.post(base, fact("AREA", "2020", "-5", "km²", "src"));
		assertThat(negative.html().select("#value-error").text()).isNotBlank();

		var wrongUnit = web.post(base, fact("POPULATION", "2020", "1000", "tCO2e", "src"));
		assertThat(wrongUnit.html().select("#unit-error").text()).contains("persons");

		var noSource = web.post(base, fact("GDP", "2020", "1000", "bn KRW", ""));
		assertThat(noSource.html().select("#source-error").text()).isNotBlank();

		assertThat(web.post(base, fact("AREA", "2020", "1062", "km²", "src")).status()).isEqualTo(302);
		var twice = web.post(base, fact("AREA", "2020", "1063", "km²", "src"));
		assertThat(twice.html().select("#year-error").text()).isNotBlank();

		assertThat(this.accountManagement.actingAs(this.focal.id(), () -> this.cities.factsOf(this.city))).hasSize(1);
		assertThat(as(this.otherFocal).post(base, fact("AREA", "2021", "1062", "km²", "src")).status()).isEqualTo(403);
	}

	@Test
	void theSecretariatAddsAndEditsNationalCommitments() {
		var code = "KR";
		assertThat(as(this.focal).get("/countries/" + code + "/targets/new").status()).isEqualTo(403);
		var web = as(this.secretariat);
		assertThat(web.get("/countries/" + code).html().select("a[href$=/countries/KR/targets/new]")).isNotEmpty();
		assertThat(web.get("/countries/" + code + "/targets/new").status()).isEqualTo(200);

		var bad = web.post("/countries/" + code + "/targets", target("ABSOLUTE", "2030", "2020", "40", "", ""));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.html().select("#targetYear-error").text()).isNotBlank();

		var title = "National test pledge " + UUID.randomUUID().toString().substring(0, 6);
		var fields = target("ABSOLUTE", "2010", "2030", "22.7", "", "");
		fields[3] = title;
		var created = web.post("/countries/" + code + "/targets", fields);
		assertThat(created.status()).as(created.html().select(".field-error, .alert").text()).isEqualTo(302);
		var targetPath = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(new WebSession(this.port).get("/countries/" + code).mainText()).contains(title);

		var edit = web.get(targetPath + "/edit").html();
		var version = edit.selectFirst("input[name=version]").attr("value");
		var changed = target("ABSOLUTE", "2010", "2030", "30", "", "");
		changed[3] = title;
		assertThat(web.post(targetPath + "/edit", concat(new String[] { "version", version }, changed)).status())
			.isEqualTo(302);
		assertThat(web.get(targetPath).mainText()).contains("Created").contains("Edited").contains("22.7");
	}

	static String[] concat(String[] a, String[] b) {
		var all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	@Test
	void aTargetUnitTheRegistryDoesNotKnowIsRefusedAtItsFieldAndWhatTheFigureMeasuresIsKeptBesideIt() {
		var web = as(this.focal);
		var before = targetsOfCity();
		var other = new String[] { "type", "OTHER", "title", "New energy share (test)", "targetYear", "2030",
				"targetValue", "25", "unit", "% of industrial value", "status", "PROPOSED", "sourceDocument",
				"Test document", "_conditional", "on" };

		// the old free-text wording is not a unit: refused, in Russian and in Korean
		var russian = web.post("/cities/" + this.city + "/targets?lang=ru", other);
		assertThat(russian.status()).isEqualTo(200);
		assertThat(russian.html().select("#unit-error").text()).contains("Эта единица").contains("Mtoe").contains("%");
		assertThat(russian.html().select("input#unit").attr("value")).isEqualTo("% of industrial value");
		assertThat(russian.html().select("datalist#unit-choices option[value=\"%\"]")).hasSize(1);
		var korean = web.post("/cities/" + this.city + "/targets?lang=ko",
				target("ABSOLUTE", "2010", "2030", "40", "", "furlongs"));
		assertThat(korean.html().select("#unit-error").text()).contains("이 단위는")
			.contains("MtCO2e")
			.doesNotContain("Mtoe");
		assertThat(targetsOfCity()).isEqualTo(before);

		other[9] = "%";
		var described = java.util.Arrays.copyOf(other, other.length + 2);
		described[other.length] = "valueDescription";
		described[other.length + 1] = "of industrial value";
		var stored = web.post("/cities/" + this.city + "/targets?lang=en", described);
		assertThat(stored.status()).as(stored.html().select(".field-error").text()).isEqualTo(302);
		assertThat(targetsOfCity()).isEqualTo(before + 1);
		var target = this.targetRegistry
			.targets(new TargetRegistry.TargetFilter(null, null, null, this.city, null), PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter((t) -> t.title().startsWith("New energy"))
			.findFirst()
			.orElseThrow();
		assertThat(target.unit()).isEqualTo("%");
		assertThat(target.valueDescription()).isEqualTo("of industrial value");
		assertThat(web.get("/targets/" + target.id() + "?lang=en").mainText()).contains("25 % of industrial value");
		var api = new WebSession(this.port).get("/api/v1/targets/" + target.id(), "Accept", "application/json");
		assertThat(api.body()).contains("\"unit\":\"%\"").contains("\"valueDescription\":\"of industrial value\"");
	}

}
