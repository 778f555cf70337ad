package org.lccp.cities;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.cities.demo.CitiesDemo;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts charts draw and the tables that stand in for them, in each of the six
 * languages: translated names instead of codes, years as plain digits, city names in the
 * reader's language.
 */
@LccpTest
class ChartTextsTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CityDirectory cities;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void demo() {
		CitiesDemo.ensureLoaded(this.context);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh", "ja", "ko", "ru", "mn" })
	void targetsChartNamesTypesInTheReadersLanguageAndHasATable(String language) {
		var locale = Locale.forLanguageTag(language);
		var page = new WebSession(this.port).get("/targets?lang=" + language).html();
		var data = this.json.readTree(page.selectFirst("[data-chart=years]").attr("data-timeline"));
		var absolute = this.messages.getMessage("TargetType.ABSOLUTE", null, locale);
		var names = texts(data.get("series"), "name");
		assertThat(names).contains(absolute).noneMatch((n) -> n.matches("[A-Z_]{4,}"));
		assertThat(texts(data.get("years"), null)).contains("2030")
			.noneMatch((y) -> y.contains(",") || y.contains(" "));
		var table = page.selectFirst("details.chart-data");
		assertThat(table.selectFirst("summary").text())
			.isEqualTo(this.messages.getMessage("cities.chart.asTable", null, locale));
		assertThat(table.select("tbody td").eachText()).contains("2030").anyMatch((t) -> t.contains(absolute));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh", "ja", "ko", "ru", "mn" })
	void profileChartsUseTheCitysNameAndSeriesInTheReadersLanguage(String language) {
		var locale = Locale.forLanguageTag(language);
		var kyoto = this.cities.city(this.cities.findCity("JP", "Kyoto"));
		var page = new WebSession(this.port).get("/cities/" + kyoto.id() + "?lang=" + language).html();
		var rows = this.json.readTree(page.selectFirst("[data-chart=timeline]").attr("data-rows"));
		assertThat(texts(rows, "city")).isNotEmpty().containsOnly(kyoto.name(locale));
		var series = this.json.readTree(page.selectFirst("[data-chart=facts]").attr("data-series"));
		var population = this.messages.getMessage("FactKind.POPULATION", null, locale);
		assertThat(texts(series, "name")).anyMatch((n) -> n.startsWith(population))
			.noneMatch((n) -> n.contains("POPULATION") || n.contains("persons"));
		assertThat(page.select("details.chart-data td").eachText()).contains(population);
	}

	private static java.util.List<String> texts(tools.jackson.databind.JsonNode array, String field) {
		var list = new java.util.ArrayList<String>();
		for (var element : array) {
			list.add(field == null ? element.asString() : element.get(field).asString());
		}
		return list;
	}

}
