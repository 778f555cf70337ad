package org.lccp.benchmarking;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.FactDetails;
import org.lccp.cities.FactKind;
import org.lccp.cities.RegistryUnit;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmarking over real HTTP against the real database: values computed from city facts,
 * "cities like mine" with the reasons, the benchmark page, exports, saved peer groups,
 * reported values, imports of indicator systems, the API, and bad input everywhere.
 */
@LccpTest
class BenchmarkingWebTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityDirectory cities;

	@Autowired
	CityFixtures cityFixtures;

	@Autowired
	BenchmarkingManagement benchmarking;

	@Autowired
	org.lccp.inventory.InventoryManagement inventories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Traces traces;

	final JsonMapper json = JsonMapper.builder().build();

	TestAccount secretariat;

	TestAccount focal;

	/**
	 * The city under test first, then six others; populations and GDP chosen so the order
	 * is known.
	 */
	final List<UUID> ids = new ArrayList<>();

	String tag;

	/**
	 * Population and GDP per inhabitant of each city relative to the first: each further
	 * city is farther on both, so the order of the peers does not depend on the spreads
	 * of all the cities in the shared test database. Every test scales them by its own
	 * random factors, so cities left by other tests are not the nearest.
	 */
	static final String[][] CITIES = { { "1", "1" }, { "1.013", "1.0065" }, { "0.981", "0.992" }, { "1.053", "1.019" },
			{ "0.932", "0.97" }, { "1.135", "1.043" }, { "0.073", "0.218" } };

	long populationScale;

	long gdpScale;

	String population(int i) {
		return new BigDecimal(CITIES[i][0]).multiply(BigDecimal.valueOf(this.populationScale))
			.setScale(0, java.math.RoundingMode.HALF_EVEN)
			.toPlainString();
	}

	String gdp(int i) {
		return new BigDecimal(CITIES[i][1]).multiply(BigDecimal.valueOf(this.gdpScale))
			.setScale(0, java.math.RoundingMode.HALF_EVEN)
			.toPlainString();
	}

	@BeforeEach
	void setUp() {
		var accounts = new TestAccounts(this.accountManagement);
		this.secretariat = accounts.create("Bench secretariat", Role.SECRETARIAT, Role.MEMBER);
		this.focal = accounts.create("Bench focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		this.tag = UUID.randomUUID().toString().substring(0, 6);
		var random = new java.util.Random();
		this.populationScale = (long) Math.pow(10, 4.5 + 2.5 * random.nextDouble());
		// Above any real city's GDP per inhabitant (a million US dollars or more), so the
		// demo data's hundreds of real cities are never among the nearest peers.
		this.gdpScale = (long) Math.pow(10, 6 + 1.5 * random.nextDouble());
		this.accountManagement.actingAs(this.secretariat.id(), () -> {
			for (int i = 0; i < CITIES.length; i++) {
				var id = this.cities
					.createCity(new CityDetails("JP", null, "Bench " + this.tag + " " + i, null, null, null, null, null,
							null, AdminLevel.MUNICIPALITY, new BigDecimal("35"), new BigDecimal("135"), "test"));
				this.cities.addFact(id, new FactDetails(FactKind.POPULATION, 2020, new BigDecimal(population(i)),
						RegistryUnit.PERSONS, "Test census " + i));
				this.cities.addFact(id, new FactDetails(FactKind.AREA, 2015, new BigDecimal("500"),
						RegistryUnit.SQUARE_KILOMETRE, "Test land survey"));
				this.cities.addFact(id, new FactDetails(FactKind.GDP_PER_CAPITA, 2020, new BigDecimal(gdp(i)),
						RegistryUnit.USD, "Test statistics"));
				this.ids.add(id);
			}
			this.cities.addFocalPoint(this.ids.get(0), this.focal.email());
			return null;
		});
		this.benchmarking.recomputeIfChanged();
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	JsonNode getJson(String path) {
		var r = new WebSession(this.port).get(path, "Accept", "application/json");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return this.json.readTree(r.body());
	}

	@Test
	void valuesAreComputedFromCityFactsAndSayWhereTheyComeFrom() {
		var values = getJson("/api/v1/indicator-values?city=" + this.ids.get(0) + "&size=50");
		var byCode = new java.util.HashMap<String, JsonNode>();
		values.get("content").forEach((v) -> byCode.put(v.get("indicator").asString(), v));
		assertThat(byCode.get("POPULATION").get("value").decimalValue()).isEqualByComparingTo(population(0));
		assertThat(byCode.get("POPULATION").get("origin").asString()).isEqualTo("COMPUTED");
		assertThat(byCode.get("POPULATION").get("source").asString()).contains("Test census 0");
		// Inhabitants ÷ 500 km², the area of 2015 (the nearest earlier year).
		assertThat(byCode.get("POPULATION_DENSITY").get("value").decimalValue())
			.isEqualByComparingTo(new BigDecimal(population(0)).divide(new BigDecimal("500")));
		// Machine readers get the inputs in English with every digit written plainly.
		assertThat(byCode.get("POPULATION_DENSITY").get("source").asString()).isEqualTo("population " + population(0)
				+ " (2020, source: Test census 0) ÷ area 500 km² (2015, " + "source: Test land survey)");
		assertThat(byCode.get("GDP_PER_CAPITA").get("value").decimalValue()).isEqualByComparingTo(gdp(0));
		// No inventory: no emissions per inhabitant, shown as missing rather than zero.
		assertThat(byCode).doesNotContainKey("EMISSIONS_PER_INHABITANT");
	}

	@Test
	void theFivePeersAreTheNearestWithTheVariablesThatMakeThemClose() {
		var peers = getJson("/api/v1/cities/" + this.ids.get(0) + "/peers?k=5&variables=POPULATION,GDP_PER_CAPITA");
		assertThat(peers.get("variables").toString()).contains("POPULATION").contains("GDP_PER_CAPITA");
		var found = new ArrayList<String>();
		peers.get("peers").forEach((p) -> found.add(p.get("cityId").asString()));
		assertThat(found).hasSize(5)
			.containsExactly(this.ids.get(1).toString(), this.ids.get(2).toString(), this.ids.get(3).toString(),
					this.ids.get(4).toString(), this.ids.get(5).toString());
		var first = peers.get("peers").get(0);
		assertThat(first.get("differences")).hasSize(2);
		assertThat(first.get("differences").get(0).get("variable").asString()).isEqualTo("POPULATION");
		assertThat(first.get("differences").get(0).get("close").asBoolean()).isTrue();
		assertThat(first.get("distance").decimalValue())
			.isLessThan(peers.get("peers").get(4).get("distance").decimalValue());

		var page = new WebSession(this.port)
			.get("/cities/" + this.ids.get(0) + "/benchmark?variables=POPULATION&variables=GDP_PER_CAPITA&k=5")
			.html();
		assertThat(page.select("ol.peers > li")).hasSize(5);
		assertThat(page.select("ol.peers > li").get(0).text()).contains("Bench " + this.tag + " 1")
			.contains("Population");
		assertThat(page.select("ol.peers > li details table tr")).isNotEmpty();
		assertThat(page.select("#indicators + table tbody tr")).hasSizeGreaterThanOrEqualTo(13);
	}

	@Test
	void theBenchmarkPageComparesChosenIndicatorsAndShowsMissingValuesAsMissing() {
		var r = new WebSession(this.port).acceptLanguage("ja")
			.get("/cities/" + this.ids.get(0)
					+ "/benchmark?variables=POPULATION&variables=GDP_PER_CAPITA&k=5&indicator=POPULATION_DENSITY&indicator=EMISSIONS_PER_INHABITANT");
		assertThat(r.status()).isEqualTo(200);
		var page = r.html();
		var density = java.text.NumberFormat.getInstance(java.util.Locale.JAPANESE)
			.format(new BigDecimal(population(0)).divide(new BigDecimal("500")));
		var compared = page.select(".compare-indicator");
		assertThat(compared).hasSize(2);
		// In the system's order: emissions per inhabitant (no inventory: missing), then
		// density.
		assertThat(compared.get(0).select("h3").text()).contains("住民一人当たり排出量");
		assertThat(compared.get(0).select("td.missing")).hasSize(6);
		assertThat(compared.get(0).text()).contains("値なし");
		assertThat(compared.get(1).select("h3").text()).contains("人口密度");
		assertThat(compared.get(1).select("tbody tr")).hasSize(6);
		assertThat(compared.get(1).select("tr.own").text()).contains(density);
		// The inputs of the value read in Japanese, with the sources as they were given.
		var grouped = java.text.NumberFormat.getInstance(java.util.Locale.JAPANESE)
			.format(new BigDecimal(population(0)));
		assertThat(compared.get(1).select("tr.own").text())
			.contains("人口 " + grouped + "（2020年、出典：Test census 0） ÷ 面積 500 km²（2015年、出典：Test land survey）");
		assertThat(page.select("#index ~ p").first().text()).contains("順位なし");
	}

	@Test
	void exportsCarryTheComparisonInCsvXlsxAndAPdfWithCjkText() throws Exception {
		var base = "/cities/" + this.ids.get(0) + "/benchmark";
		var query = "?variables=POPULATION&variables=GDP_PER_CAPITA&k=3";
		var csv = new WebSession(this.port).download(base + ".csv" + query);
		assertThat(csv.status()).isEqualTo(200);
		var text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFcity_id,city,country");
		assertThat(text).contains("POPULATION").contains(population(0)).contains("missing");
		assertThat(text.lines().filter((l) -> l.contains(",POPULATION,")).count()).isEqualTo(4);

		var xlsx = new WebSession(this.port).download(base + ".xlsx" + query);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("city_id");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(4 * 13);
		}

		var pdf = new WebSession(this.port).acceptLanguage("zh").download(base + ".pdf" + query);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("pdf"));
		try (var document = Loader.loadPDF(pdf.body())) {
			var extracted = new PDFTextStripper().getText(document);
			assertThat(extracted).contains("对标分析").contains("人口密度").contains("Bench " + this.tag + " 0");
		}
	}

	@Test
	void badChoicesGetMessagesNotErrors() {
		var base = "/cities/" + this.ids.get(0) + "/benchmark";
		for (var query : List.of("?k=0", "?k=abc", "?k=99999999999", "?variables=NOPE", "?group=not-a-uuid",
				"?group=" + UUID.randomUUID(), "?indicator=" + "X".repeat(500))) {
			var r = new WebSession(this.port).get(base + query);
			assertThat(r.status()).as(query).isIn(200, 404);
			assertThat(r.body()).as(query).doesNotContain("Exception");
		}
		assertThat(new WebSession(this.port).get(base + "?k=0").html().select("[role=alert]").text())
			.contains("1 to 50");
		var api = new WebSession(this.port);
		for (var path : List.of("/api/v1/cities/" + this.ids.get(0) + "/peers?k=0",
				"/api/v1/cities/" + this.ids.get(0) + "/peers?k=x",
				"/api/v1/cities/" + this.ids.get(0) + "/peers?variables=SHOE_SIZE",
				"/api/v1/indicator-values?city=nope", "/api/v1/indicator-values?page=-1",
				"/api/v1/indicator-values?year=twenty")) {
			var r = api.get(path, "Accept", "application/json");
			assertThat(r.status()).as(path).isEqualTo(400);
			assertThat(r.header("Content-Type")).as(path).hasValueSatisfying((t) -> assertThat(t).contains("problem"));
		}
		assertThat(api.get("/api/v1/cities/" + UUID.randomUUID() + "/peers", "Accept", "application/json").status())
			.isEqualTo(404);
		assertThat(new WebSession(this.port).get("/cities/" + UUID.randomUUID() + "/benchmark").status())
			.isEqualTo(404);
		assertThat(new WebSession(this.port).get("/benchmarking/clusters?k=77").html().select("[role=alert]").text())
			.isNotBlank();
	}

	@Test
	void theIndexRefusesWeightsThatDoNotSumAndShowsNoLeagueTableToThePublic() {
		var core = this.benchmarking.coreSystem();
		var page = new WebSession(this.port).get("/benchmarking/systems/" + core.id()
				+ "?w_EMISSIONS_PER_INHABITANT=50&w_EMISSIONS_PER_GDP=20&w_EMISSIONS_ANNUAL_CHANGE=20&w_TARGET_ANNUAL_RATE=20")
			.html();
		assertThat(page.select("[role=alert]").text()).contains("110").contains("100");
		var standard = new WebSession(this.port).get("/benchmarking/systems/" + core.id());
		assertThat(standard.status()).isEqualTo(200);
		assertThat(standard.html().select("h3")).extracting((e) -> e.text()).doesNotContain("All cities");
		assertThat(new WebSession(this.port).get("/benchmarking/systems/" + core.id() + "?normalisation=BOGUS")
			.html()
			.select("[role=alert]")
			.text()).isNotBlank();
		assertThat(as(this.secretariat).get("/benchmarking/systems/" + core.id()).html().select("h3").text())
			.contains("All cities");
	}

	@Test
	void aWordForTheClustersOrTheIndexSettingsIsToldInTheReadersLanguageAndStaysInTheField() {
		var visitor = new WebSession(this.port);
		var words = visitor.get("/benchmarking/clusters?k=many&lang=ru");
		assertThat(words.status()).isEqualTo(200);
		assertThat(words.html().select("[role=alert]").text()).isEqualTo("Число кластеров должно быть от 1 до 10.");
		assertThat(words.html().select("#k").attr("value")).isEqualTo("many");
		var three = new WebSession(this.port).get("/benchmarking/clusters?k=3");
		assertThat(three.html().select("#k").attr("value")).isEqualTo("3");
		assertThat(three.html().select("[role=alert]").text()).doesNotContain("number of clusters");

		var core = this.benchmarking.coreSystem();
		var japanese = new WebSession(this.port).get("/benchmarking/systems/" + core.id() + "?coverage=half&lang=ja");
		assertThat(japanese.status()).isEqualTo(200);
		assertThat(japanese.html().select("[role=alert]").text()).isEqualTo("最低カバー率は 0 から 100 パーセントの間にしてください。");
		assertThat(japanese.html().select("#coverage").attr("value")).isEqualTo("half");
		var korean = new WebSession(this.port)
			.get("/benchmarking/systems/" + core.id() + "?normalisation=BOGUS&lang=ko");
		assertThat(korean.html().select("[role=alert]").text()).isEqualTo("정규화와 합산 방법을 목록에서 고르세요.");
		// a comma is the decimal sign in the coverage as in the weights
		var comma = new WebSession(this.port).get("/benchmarking/systems/" + core.id() + "?coverage=37,5");
		assertThat(comma.html().select("[role=alert]").text()).doesNotContain("minimum coverage");
		assertThat(comma.html().select("#coverage").attr("value")).isEqualTo("37.5");
	}

	@Test
	void progressAgainstTheTargetPathwayIsTheGapThePathwaysPageShows() throws Exception {
		// The Seoul 2018 file published for 2015 and 2018 and a 30 % cut from 2015 by
		// 2030
		// (as in PathwaysWebTest): 2018 is 2,776,951.44 t above the path of 43,505,572.56
		// t, 6.4 %.
		var seoul = getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
		var city = this.cityFixtures.registerCity(new CityDetails("KR", null, "Bench pathway " + this.tag, null, null,
				null, null, null, null, AdminLevel.MUNICIPALITY, null, null, "test"));
		for (var year : List.of(2015, 2018)) {
			this.inventories.registerPublished(city,
					new org.lccp.inventory.InventoryDetails(year, org.lccp.inventory.GwpSet.AR5, "BASIC",
							org.lccp.inventory.Boundary.ADMINISTRATIVE, null, "test file (Seoul 2018)",
							new BigDecimal("10000000"), "test census", null, null, null),
					seoul);
		}
		this.cityFixtures.registerTarget(city, "KR",
				new org.lccp.cities.TargetDetails(org.lccp.cities.TargetType.ABSOLUTE, null, "Cut 30 % by 2030", 2015,
						null, 2030, null, new BigDecimal("30"), null, null, null, null, null, null, false,
						org.lccp.cities.TargetStatus.ADOPTED, null, null, "test plan", null, null));
		this.benchmarking.recompute(city);
		var gap = this.benchmarking.cityValues(this.benchmarking.coreSystem().id(), city).get("PATHWAY_GAP");
		assertThat(gap).hasSize(1);
		assertThat(gap.get(0).year()).isEqualTo(2018);
		assertThat(gap.get(0).value()).isEqualByComparingTo("6.4");
		assertThat(this.traces.english(gap.get(0).source())).contains("43505572.56")
			.contains("allowed on the pathway of target “Cut 30 % by 2030” (2030)");
		assertThat(this.traces.text(gap.get(0).source(), java.util.Locale.forLanguageTag("ru"), false))
			.contains(java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("ru"))
				.format(new BigDecimal("43505572.56")))
			.contains("допустимых траекторией цели «Cut 30 % by 2030» (2030)");
		assertThat(new WebSession(this.port).get("/cities/" + city + "/benchmark?lang=ko").html().text())
			.contains("목표 경로와의 격차");
	}

	@Test
	void unitsAndCategoriesOfTheCoreSystemReadInTheReadersLanguage() {
		var core = this.benchmarking.coreSystem();
		var chinese = new WebSession(this.port).get("/benchmarking/systems/" + core.id(), "Accept-Language", "zh")
			.html();
		assertThat(chinese.select("td[data-label]").eachText()).contains("吨二氧化碳当量/人", "人/平方公里", "排放")
			.doesNotContain("t CO2e / inhabitant", "Emissions");
		var russian = new WebSession(this.port).get("/benchmarking/systems/" + core.id() + "?lang=ru").html();
		assertThat(russian.select("td[data-label]").eachText()).contains("т CO2-экв. на жителя", "Выбросы");
	}

	@Test
	void aFocalPointSavesPeersAsAGroupAndUsesIt() {
		var focal = as(this.focal);
		var r = focal.post("/cities/" + this.ids.get(0) + "/benchmark/peer-groups", "name", "Kansai-sized " + this.tag,
				"members", this.ids.get(1).toString(), "members", this.ids.get(2).toString(), "variables",
				"POPULATION");
		assertThat(r.status()).isEqualTo(302);
		var group = r.location().substring(r.location().indexOf("group=") + 6);
		var page = focal.follow(r).html();
		assertThat(page.text()).contains("Kansai-sized " + this.tag);
		assertThat(page.select(".compare-indicator").first().select("tbody tr")).hasSize(3);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'PEER_GROUP_SAVED'")
			.query(Long.class)
			.single()).isPositive();
		// Another city's focal point may not save groups for this city; bad members are
		// refused.
		var other = new TestAccounts(this.accountManagement).create("Other focal", Role.CITY_FOCAL_POINT);
		assertThat(as(other)
			.post("/cities/" + this.ids.get(0) + "/benchmark/peer-groups", "name", "x", "members",
					this.ids.get(1).toString())
			.status()).isEqualTo(403);
		var bad = focal.post("/cities/" + this.ids.get(0) + "/benchmark/peer-groups", "name", "", "members",
				this.ids.get(1).toString());
		assertThat(bad.status()).isEqualTo(302);
		assertThat(focal.follow(bad).html().select("[role=alert]").text()).isNotBlank();
		assertThat(focal.post("/cities/" + this.ids.get(0) + "/benchmark/peer-groups", "name", "y", "members", "nope")
			.status()).isEqualTo(400);
		assertThat(focal.post("/benchmarking/peer-groups/" + group + "/delete", "city", this.ids.get(0).toString())
			.status()).isEqualTo(302);
	}

	@Test
	void theSecretariatImportsASystemVersionAndAFocalPointReportsItsValue() {
		var secretariat = as(this.secretariat);
		var code = "TEST_" + this.tag.toUpperCase().replace('-', '_');
		var header = String.join(",", SystemFile.COLUMNS) + "\n";
		var bad = header
				+ "RENEWABLE,Renewable share,可再生能源,再エネ,재생,ВИЭ,Сэргээгдэх,Share of renewables,%,,,Energy,MAIN,,,100,\n";
		var refused = secretariat.postFile("/benchmarking/import", "file", "system.csv",
				bad.getBytes(StandardCharsets.UTF_8), "code", code, "name", "Test system");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".form-errors li").text()).contains("Row 2").contains("RENEWABLE");
		assertThat(this.jdbc.sql("select count(*) from benchmarking_system where code = ?")
			.param(code)
			.query(Long.class)
			.single()).isZero();

		var good = bad.replace(",%,,,Energy", ",%,HIGHER,,Energy")
				+ "RENEWABLE_PCT,Renewable share x100,可再生能源,再エネ,재생,ВИЭ,Сэргээгдэх,Derived,%,HIGHER,,Energy,SUPPORTING,,RENEWABLE * 100,0,\n";
		var imported = secretariat.postFile("/benchmarking/import", "file", "system.csv",
				good.getBytes(StandardCharsets.UTF_8), "code", code, "name", "Test system");
		assertThat(imported.status()).as(imported.body()).isEqualTo(302);
		var systemId = UUID.fromString(imported.location().substring(imported.location().lastIndexOf('/') + 1));
		var renewable = this.benchmarking.indicators(systemId).get(0);
		assertThat(renewable.reported()).isTrue();

		var focal = as(this.focal);
		var form = "/cities/" + this.ids.get(0) + "/benchmark/values";
		var missing = focal.post(form, "indicatorId", renewable.id().toString(), "year", "2020", "value", "abc",
				"source", "");
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.html().select(".field-error")).hasSizeGreaterThanOrEqualTo(2);
		var computed = this.benchmarking.indicators(this.benchmarking.coreSystem().id()).get(0);
		assertThat(
				focal.post(form, "indicatorId", computed.id().toString(), "year", "2020", "value", "1", "source", "s")
					.html()
					.select(".field-error")
					.text())
			.isNotBlank();
		var saved = focal.post(form, "indicatorId", renewable.id().toString(), "year", "2020", "value", "0.125",
				"source", "City energy balance 2020");
		assertThat(saved.status()).isEqualTo(302);
		var values = getJson("/api/v1/indicator-values?city=" + this.ids.get(0) + "&size=100");
		var found = new ArrayList<String>();
		values.get("content")
			.forEach((v) -> found.add(v.get("indicator").asString() + "=" + v.get("value").asString() + ":"
					+ v.get("origin").asString()));
		assertThat(found).contains("RENEWABLE=0.125:REPORTED", "RENEWABLE_PCT=12.5:COMPUTED");
		// Another city's focal point may not report for this city.
		var other = new TestAccounts(this.accountManagement).create("Other focal 2", Role.CITY_FOCAL_POINT);
		assertThat(as(other)
			.post(form, "indicatorId", renewable.id().toString(), "year", "2020", "value", "1", "source", "x")
			.status()).isEqualTo(403);

		var exported = new WebSession(this.port).download("/benchmarking/systems/" + systemId + "/indicators.csv");
		assertThat(new String(exported.body(), StandardCharsets.UTF_8)).contains("RENEWABLE * 100");
		var api = getJson("/api/v1/indicators?system=" + systemId);
		assertThat(api.get(0).get("indicators")).hasSize(2);
		assertThat(api.get(0).get("version").asInt()).isEqualTo(1);
	}

}
