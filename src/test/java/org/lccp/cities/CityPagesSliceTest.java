package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The registry's pages as a slice (the city and target controllers with the unit labels,
 * the platform's pages and security chain with the cities' access rules, the registries
 * mocks that answer with Kyoto and its targets and facts): the texts charts draw and the
 * tables that stand in for them, in each of the six languages (translated names instead
 * of codes, years as plain digits, city names in the reader's language), and the odd
 * choices of the comparison.
 */
@ControllerSlice({ CityController.class, TargetController.class })
@Import({ CitiesAccessRules.class, Units.class })
@EnableConfigurationProperties(CitiesProperties.class)
class CityPagesSliceTest {

	@MockitoBean
	CityDirectory cities;

	@MockitoBean
	TargetRegistry targets;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	final CityView kyoto = new CityView(UUID.randomUUID(), "JP", "JP UKY", "Kyoto", "京都", "京都市", "교토", "Киото", "Киото",
			"京都市", AdminLevel.MUNICIPALITY, new BigDecimal("35.0116"), new BigDecimal("135.7681"),
			"NEASPEC city registry 2020", Instant.parse("2026-10-01T00:00:00Z"), 2);

	@BeforeEach
	void kyotoAndItsTargets() {
		var absolute = target(TargetType.ABSOLUTE, "Kyoto City Global Warming Countermeasures Plan", 2013, 2030,
				new BigDecimal("46"));
		var neutral = target(TargetType.NEUTRALITY, "Kyoto Zero Carbon 2050", null, 2050, null);
		given(this.targets.targets(any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(absolute, neutral), call.getArgument(1, Pageable.class), 2));
		var facts = List.of(
				new CityFact.FactView(FactKind.POPULATION, 2015, new BigDecimal("1475183"), RegistryUnit.PERSONS,
						"Census 2015"),
				new CityFact.FactView(FactKind.POPULATION, 2020, new BigDecimal("1463723"), RegistryUnit.PERSONS,
						"Census 2020"));
		var profile = new CityDirectory.CityProfile(this.kyoto, facts, List.of(absolute, neutral), List.of(), List.of(),
				false, List.of(), List.of());
		given(this.cities.profile(this.kyoto.id())).willReturn(profile);
		given(this.cities.compare(List.of(this.kyoto.id()))).willReturn(List.of(profile));
		given(this.cities.cities(any(), any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(this.kyoto), call.getArgument(2, Pageable.class), 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh", "ja", "ko", "ru", "mn" })
	void targetsChartNamesTypesInTheReadersLanguageAndHasATable(String language) {
		var locale = Locale.forLanguageTag(language);
		var page = SliceSession.anonymous(this.mvc).get("/targets?lang=" + language).html();
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
		var kyoto = this.kyoto;
		var page = SliceSession.anonymous(this.mvc).get("/cities/" + kyoto.id() + "?lang=" + language).html();
		var rows = this.json.readTree(page.selectFirst("[data-chart=timeline]").attr("data-rows"));
		assertThat(texts(rows, "city")).isNotEmpty().containsOnly(kyoto.name(locale));
		var series = this.json.readTree(page.selectFirst("[data-chart=facts]").attr("data-series"));
		var population = this.messages.getMessage("FactKind.POPULATION", null, locale);
		assertThat(texts(series, "name")).anyMatch((n) -> n.startsWith(population))
			.noneMatch((n) -> n.contains("POPULATION") || n.contains("persons"));
		assertThat(page.select("details.chart-data td").eachText()).contains(population);
	}

	/** From {@code HostileInputTest}: odd parameters. */
	@Test
	void aBlankCityInTheComparisonIsIgnored() {
		var web = SliceSession.anonymous(this.mvc);
		assertThat(web.get("/cities/compare?city=+").status()).isEqualTo(200);
		assertThat(web.get("/cities/compare?city=&city=" + this.kyoto.id()).status()).isEqualTo(200);
		assertThat(web.get("/cities/compare?city=not-an-id").status()).isEqualTo(400);
	}

	private TargetView target(TargetType type, String title, Integer baseYear, int targetYear, BigDecimal cut) {
		return new TargetView(UUID.randomUUID(), this.kyoto.id(), "Kyoto", "JP", type,
				type == TargetType.NEUTRALITY ? NeutralityKind.CARBON_NEUTRAL : null, title, baseYear, null, targetYear,
				null, cut, null, null, null, "CO2, CH4, N2O", "all", null, false, TargetStatus.ADOPTED, null, null,
				"Kyoto City climate plan (2021)", null, null, null, null, null, List.of(),
				Instant.parse("2026-10-01T00:00:00Z"), 1, null, this.kyoto);
	}

	private static java.util.List<String> texts(tools.jackson.databind.JsonNode array, String field) {
		var list = new java.util.ArrayList<String>();
		for (var element : array) {
			list.add(field == null ? element.asString() : element.get(field).asString());
		}
		return list;
	}

}
