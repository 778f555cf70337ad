package org.lccp.inventory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Element;
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
 * Every figure of an inventory page opens to its steps, over real HTTP in English and in
 * Russian: each sectors × scopes cell, each total, each cell of the years table lists the
 * lines it adds, whose figures add up exactly to the cell; each line opens to activity ×
 * factor × GWP with the factor's source; BASIC per inhabitant and per unit of GDP show
 * the divisor with its source and year. The API carries the same breakdown.
 */
@LccpTest
class FigureStepsTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Homes: 2,000 MWh × 474.7 kg/MWh = 949.4 t and 1,000 MWh × 474.7 kg/MWh = 474.7 t
	 * (sector I, scope 2: 1,424.1 t); natural gas in homes with the IPCC defaults (I,
	 * scope 1); firewood (biogenic CO2 outside, CH4 and N2O counted); diesel trucks (II,
	 * scope 1); a landfill reported as a figure (III.1.1, 1,200 t directly).
	 */
	static String lines(String extra) {
		return String.join(",", InventoryFile.ACTIVITY_LAYOUT) + "\n"
				+ "I.1.2,2,homes east,,,,2000,MWh,,474.7,kg/MWh,,,,,Grid bulletin A,,,,,high,bills\n"
				+ "I.1.2,2,homes west,,,,1000,MWh,,474.7,kg/MWh,,,,,Grid bulletin A,,,,,high,bills\n"
				+ "I.1.1,1,gas in homes,,,Natural Gas,10,TJ,,,,,,,,,,,,,high,gas utility\n"
				+ "I.1.1,1,firewood,,,Wood/Wood Waste,100,t,,,,,,,,,,,,,low,survey\n"
				+ "II.1.1,1,trucks,,,Gas/Diesel Oil,500,t,,,,,,,,,,,,,high,fuel sales\n"
				+ "III.1.1,1,landfill,,,,,,,,,,,,,,CH4,40,t,landfill operator,medium,operator report\n" + extra;
	}

	record Setup(UUID city, String first, String second, WebSession focal, WebSession secretariat) {
	}

	Setup publishTwoYears() {
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("KR", null, "Figure steps city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var focalAccount = accounts.create("Focal", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focalAccount.id());
		var secretariatAccount = accounts.create("Secretariat", Role.SECRETARIAT);
		var focal = new WebSession(this.port).login(focalAccount.email(), focalAccount.password());
		var secretariat = new WebSession(this.port).login(secretariatAccount.email(), secretariatAccount.password());
		var first = publish(focal, secretariat, city, "2016", lines(""));
		var second = publish(focal, secretariat, city, "2017",
				lines("I.2.1,1,offices,,,Natural Gas,5,TJ,,,,,,,,,,,,,high,gas utility\n"));
		return new Setup(city, first, second, focal, secretariat);
	}

	String publish(WebSession focal, WebSession secretariat, UUID city, String year, String csv) {
		var stored = focal.postMultipart("/inventories/import",
				List.of(new WebSession.Upload("file", "lines.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))),
				"city", city.toString(), "year", year, "gwpSet", "AR5", "reportingLevel", "BASIC", "boundary",
				"ADMINISTRATIVE", "source", "City statistics office");
		assertThat(stored.status()).as(stored.body()).isEqualTo(302);
		var path = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		assertThat(focal
			.post(path + "/facts", "version", "0", "boundary", "ADMINISTRATIVE", "population", "3000",
					"populationSource", "Census " + year, "gdp", "7", "gdpUnit", "bn KRW", "gdpSource",
					"Regional accounts " + year)
			.status()).isEqualTo(302);
		assertThat(focal.post(path + "/submit", "version", "1").status()).isEqualTo(302);
		assertThat(secretariat.post(path + "/check", "version", "2").status()).isEqualTo(302);
		assertThat(secretariat.post(path + "/publish", "version", "3").status()).isEqualTo(302);
		return path;
	}

	JsonNode api(WebSession session, String path) {
		var response = session.get("/api/v1" + path);
		assertThat(response.status()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	/** A figure as a page writes it in English or Russian, read back exactly. */
	static BigDecimal read(String text, String language) {
		var t = text.strip();
		if ("ru".equals(language)) {
			t = t.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
		}
		else {
			t = t.replace(",", "");
		}
		return new BigDecimal(t.replace('−', '-'));
	}

	/** The lines a figure lists: their figures, added. */
	static BigDecimal sumOfLines(Element figure, String language) {
		var sum = BigDecimal.ZERO;
		var lines = figure.select("ol.terms > li");
		assertThat(lines).as(figure.id()).isNotEmpty();
		for (var line : lines) {
			var value = new BigDecimal(line.attr("data-co2e"));
			// The figure shown in the reader's notation is the same number.
			assertThat(read(line.select(".term-value").first().text(), language)).as(figure.id())
				.isEqualByComparingTo(value);
			sum = sum.add(value);
		}
		return sum;
	}

	@Test
	void everyCellTotalAndYearOpensToTheLinesItAddsInEnglishAndRussian() {
		var s = publishTwoYears();
		var visitor = new WebSession(this.port);
		var api = api(visitor, s.second());
		var entries = new HashMap<Integer, JsonNode>();
		api.get("entries").forEach((e) -> entries.put(e.get("line").asInt(), e));
		var basic = api.get("inventory").get("totals").get("basic").decimalValue();

		for (var language : List.of("en", "ru")) {
			var page = visitor.acceptLanguage(language).get(s.second() + "?lang=" + language).html();
			var cells = page.select("#sectors-scopes details.figure-steps");
			// I scope 1 and 2, II scope 1, III scope 1
			assertThat(cells).as(language).hasSize(4);
			for (var cell : cells) {
				var value = new BigDecimal(cell.attr("data-value"));
				assertThat(read(cell.selectFirst("summary").text(), language)).as(cell.id())
					.isEqualByComparingTo(value);
				assertThat(sumOfLines(cell, language)).as(cell.id()).isEqualByComparingTo(value);
				assertThat(cell.select("code.line-sum").text()).endsWith("= " + value.toPlainString());
				for (var line : cell.select("ol.terms > li")) {
					var entry = entries.get(Integer.parseInt(line.attr("data-line")));
					assertThat(entry).isNotNull();
					// A line with activity data opens to its steps, each factor with its
					// source; the link leads to the line in the table of rows.
					assertThat(line.select("a").attr("href")).isEqualTo("#entry-" + line.attr("data-line"));
					assertThat(line.select("ol.steps li")).as(line.text()).isNotEmpty();
				}
			}
			// Sector I, scope 2 by hand: 949.4 + 474.7 = 1,424.1
			var homes = page.selectFirst("#cell-I-2");
			assertThat(homes.attr("data-value")).isEqualTo("1424.1");
			assertThat(homes.select("ol.terms > li").eachAttr("data-co2e")).containsExactly("949.4", "474.7");
			assertThat(homes.select("ol.steps li").eachText())
				.anyMatch((t) -> t.contains("2000 MWh × 474.7 kg/MWh") && t.contains("Grid bulletin A"));
			assertThat(read(homes.selectFirst("summary").text(), language)).isEqualByComparingTo("1424.1");
			// Sector I, scope 1 opens to the IPCC steps with their tables and GWPs.
			var scope1 = String.join(" ", page.select("#cell-I-1 ol.steps li").eachText());
			assertThat(scope1).contains("IPCC 2006").contains("Table 2.5").contains("Fifth Assessment Report");

			// Each total opens to its rows and to the lines behind them.
			for (var level : List.of("BASIC", "BASIC_PLUS", "TERRITORIAL")) {
				var total = page.selectFirst("#total-" + level);
				var value = api.get("inventory").get("totals").get(switch (level) {
					case "BASIC" -> "basic";
					case "BASIC_PLUS" -> "basicPlus";
					default -> "territorial";
				}).decimalValue();
				assertThat(sumOfLines(total, language)).as(level).isEqualByComparingTo(value);
			}

			// Per inhabitant and per GDP: BASIC ÷ the divisor of the year, with its
			// source.
			var perInhabitant = page.selectFirst("#per-inhabitant-steps");
			var ratio = perInhabitant.selectFirst("code.ratio");
			assertThat(new BigDecimal(ratio.attr("data-total"))).isEqualByComparingTo(basic);
			assertThat(ratio.attr("data-divisor")).isEqualTo("3000");
			assertThat(new BigDecimal(ratio.attr("data-value")))
				.isEqualByComparingTo(basic.divide(new BigDecimal("3000"), java.math.MathContext.DECIMAL64));
			assertThat(perInhabitant.text()).contains("Census 2017").contains("2017");
			assertThat(perInhabitant.select("a[href=#total-BASIC]")).hasSize(1);
			var perGdp = page.selectFirst("#per-gdp-steps");
			assertThat(perGdp.selectFirst("code.ratio").attr("data-divisor")).isEqualTo("7");
			assertThat(perGdp.text()).contains("Regional accounts 2017").contains("bn KRW");

			// The years table: each figure opens to that year's BASIC lines of the
			// sector,
			// linked to the line on that year's page; each year's column adds up to its
			// BASIC.
			var years = page.select("#years-sectors details.figure-steps");
			assertThat(years).isNotEmpty();
			var byYear = new HashMap<String, BigDecimal>();
			for (var cell : years) {
				var value = new BigDecimal(cell.attr("data-value"));
				assertThat(sumOfLines(cell, language)).as(cell.id()).isEqualByComparingTo(value);
				var year = cell.id().split("-")[1];
				var path = "2016".equals(year) ? s.first() : s.second();
				for (var link : cell.select("ol.terms > li a[href*=#entry-]")) {
					assertThat(link.attr("href")).startsWith(path + "#entry-");
				}
				byYear.merge(year, value, BigDecimal::add);
			}
			assertThat(byYear.get("2017")).isEqualByComparingTo(basic);
			assertThat(byYear.get("2016")).isEqualByComparingTo(
					api(visitor, s.first()).get("inventory").get("totals").get("basic").decimalValue());
		}

		// The API: each total and cell lists the lines adding up to it exactly.
		var figures = api.get("figures");
		for (var figure : figures.get("sectorsScopes")) {
			var sum = BigDecimal.ZERO;
			for (var line : figure.get("lines")) {
				sum = sum.add(line.get("co2eTonnes").decimalValue());
				assertThat(entries).containsKey(line.get("line").asInt());
			}
			assertThat(sum).as(figure.toString()).isEqualByComparingTo(figure.get("value").decimalValue());
		}
		var cellI2 = java.util.stream.StreamSupport.stream(figures.get("sectorsScopes").spliterator(), false)
			.filter((f) -> "I/2".equals(f.get("figure").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(cellI2.get("value").toString()).isEqualTo("1424.1");
		for (var total : figures.get("totals")) {
			var sum = BigDecimal.ZERO;
			for (var line : total.get("lines")) {
				sum = sum.add(line.get("co2eTonnes").decimalValue());
			}
			assertThat(sum).as(total.get("figure").asString()).isEqualByComparingTo(total.get("value").decimalValue());
		}
		var perInhabitant = figures.get("perInhabitant");
		assertThat(perInhabitant.get("divisor").toString()).isEqualTo("3000");
		assertThat(perInhabitant.get("source").asString()).isEqualTo("Census 2017");
		assertThat(perInhabitant.get("year").asInt()).isEqualTo(2017);
		assertThat(perInhabitant.get("basic").decimalValue()).isEqualByComparingTo(basic);
		assertThat(figures.get("perGdp").get("unit").asString()).isEqualTo("bn KRW");
	}

}
