package org.lccp.cities;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.demo.CitiesDemo;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data API over real HTTP against the demo data from the seeds: pages, filters,
 * sorting, CSV, ETags, problem details and the OpenAPI description.
 */
@LccpTest
class CitiesApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void demoData() {
		CitiesDemo.ensureLoaded(this.context);
	}

	WebSession visitor() {
		return new WebSession(this.port);
	}

	JsonNode get(String path) {
		var response = visitor().get(path, "Accept", "application/json");
		assertThat(response.status()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	@Test
	void citiesArePagesWithContentAndTotals() {
		var page = get("/api/v1/cities?country=JP&size=5&sort=name");
		assertThat(page.get("content")).hasSize(5);
		assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(14);
		assertThat(page.get("content").get(0).get("nameEn").asString()).isEqualTo("Chiyoda");
		var next = get("/api/v1/cities?country=JP&size=5&sort=name&page=1");
		assertThat(next.get("content").get(0).get("nameEn").asString()).isNotEqualTo("Chiyoda");
		var search = get("/api/v1/cities?q=%EC%9D%B8%EC%B2%9C");
		assertThat(search.get("content").get(0).get("nameEn").asString()).isEqualTo("Incheon");
	}

	@Test
	void everyTargetOfTheSeedsIsThereWithItsSourceAndRate() {
		var all = get("/api/v1/targets?size=500&scope=CITY");
		assertThat(all.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(60);
		for (var t : all.get("content")) {
			assertThat(t.get("sourceDocument").asString()).as(t.get("title").asString()).isNotBlank();
		}
		var guiyang = new ArrayList<JsonNode>();
		all.get("content").forEach((t) -> {
			if ("Guiyang".equals(t.get("cityName").asString()) && t.get("type").asString().equals("CARBON_INTENSITY")) {
				guiyang.add(t);
			}
		});
		assertThat(guiyang).hasSize(1);
		assertThat(guiyang.get(0).get("annualRatePercent").decimalValue()).isEqualByComparingTo("3.9");
		assertThat(guiyang.get(0).get("annualRateFormula").asString()).isEqualTo("1 − 0.55^(1/15) = 3.9 %");

		var neutral = new ArrayList<JsonNode>();
		get("/api/v1/targets?type=NEUTRALITY&country=KR&scope=CITY&size=500").get("content").forEach((t) -> {
			if ("Incheon".equals(t.get("cityName").asString())) {
				neutral.add(t);
			}
		});
		assertThat(neutral).hasSize(1);
		assertThat(neutral.get(0).get("targetYear").asInt()).isEqualTo(2045);
		assertThat(neutral.get(0).get("neutralityKind").asString()).isEqualTo("CARBON_NEUTRAL");

		var national = get("/api/v1/countries/KR");
		assertThat(national.get("commitments").get(0).get("targetYear").asInt()).isEqualTo(2050);
	}

	@Test
	void theEcoModelCitiesKeepTheirPopulationAndAreaWithTheirSource() {
		var page = get("/api/v1/cities?q=Kitakyushu");
		var id = page.get("content").get(0).get("id").asString();
		var city = get("/api/v1/cities/" + id);
		var facts = city.get("facts");
		assertThat(facts).hasSize(2);
		assertThat(facts.toString()).contains("990000").contains("488").contains("Table 2");
		assertThat(city.get("targets")).hasSize(2);
	}

	@Test
	void csvWhenAskedWithAcceptOrFormat() {
		var response = visitor().get("/api/v1/targets?country=CN&size=3", "Accept", "text/csv");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/csv");
		var lines = response.body().split("\r\n");
		assertThat(lines[0]).startsWith("id,city_id,city,country,type");
		assertThat(lines).hasSize(4);
		var cities = visitor().get("/api/v1/cities?format=csv&country=KR");
		assertThat(cities.body()).startsWith("id,country,locode,name_en").contains("Incheon");
	}

	@Test
	void unchangedAnswersAreRecognisedByTheirEtag() {
		var first = visitor().get("/api/v1/cities?country=MN");
		var etag = first.header("ETag").orElseThrow();
		var second = visitor().get("/api/v1/cities?country=MN", "If-None-Match", etag);
		assertThat(second.status()).isEqualTo(304);
		assertThat(second.body()).isEmpty();
	}

	@Test
	void theApiNeverAnswersInXmlEvenWithAnXmlMapperOnTheClassPath() {
		// The tests' class path holds Jackson's XML mapper (the S3 server of the file
		// tests).
		var xml = visitor().get("/api/v1/cities?country=MN", "Accept", "application/xml");
		assertThat(xml.status()).isEqualTo(406);
		assertThat(xml.header("Content-Type").orElse("")).doesNotContain("xml");
		assertThat(xml.body()).doesNotStartWith("<");
	}

	@Test
	void targetsOfTheTypeOtherGiveARegistryUnitAndSayWhatTheirFigureMeasures() {
		var seoul = new ArrayList<JsonNode>();
		get("/api/v1/targets?type=OTHER&country=KR&scope=CITY&size=500").get("content").forEach((t) -> {
			if ("Seoul".equals(t.get("cityName").asString())) {
				seoul.add(t);
			}
		});
		assertThat(seoul).singleElement().satisfies((t) -> {
			assertThat(t.get("unit").asString()).isEqualTo("Mtoe");
			assertThat(t.get("valueDescription").asString()).isEqualTo("saved");
		});
		var csv = visitor().get("/api/v1/targets?type=OTHER&country=CN&scope=CITY&size=500&format=csv").body();
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",value_description");
		assertThat(csv).contains(",%,").contains("of industrial value").contains(",million m³,");
		var schema = get("/v3/api-docs").get("components").get("schemas").get("TargetView").get("properties");
		assertThat(schema.get("unit").get("description").asString()).contains("valueDescription");
		assertThat(schema.has("valueDescription")).isTrue();
	}

	@Test
	void countriesAndInstitutionsArePagesToo() {
		var countries = get("/api/v1/countries");
		assertThat(countries.get("content").toString()).contains("\"code\":\"KR\"");
		var institutions = get("/api/v1/institutions?size=5");
		assertThat(institutions.has("content")).isTrue();
		assertThat(institutions.get("page").has("totalElements")).isTrue();
	}

	@Test
	void theOpenApiDescriptionNamesEveryEndpoint() {
		var spec = get("/v3/api-docs");
		var paths = spec.get("paths");
		for (var path : new String[] { "/api/v1/cities", "/api/v1/cities/{id}", "/api/v1/countries",
				"/api/v1/countries/{code}", "/api/v1/targets", "/api/v1/targets/{id}", "/api/v1/institutions" }) {
			assertThat(paths.has(path)).as(path).isTrue();
			assertThat(paths.get(path).get("get").get("summary").asString()).as(path).isNotBlank();
		}
		assertThat(paths.get("/api/v1/cities/{id}/targets").has("post")).isTrue();
		assertThat(paths.get("/api/v1/targets/{id}").has("put")).isTrue();
		assertThat(paths.get("/api/v1/targets/{id}/progress").has("post")).isTrue();
		assertThat(spec.get("components").get("securitySchemes").has("token")).isTrue();
		var ui = visitor().get("/swagger-ui/index.html");
		assertThat(ui.status()).isEqualTo(200);
	}

	@Test
	void theBulkDownloadHoldsEveryTableAsCsvAndXlsx() throws Exception {
		var response = visitor().get("/open-data/lccp-open-data.zip");
		assertThat(response.status()).isEqualTo(200);
		var client = java.net.http.HttpClient.newHttpClient();
		var bytes = client
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/open-data/lccp-open-data.zip"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
			.body();
		var names = new ArrayList<String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("cities.csv", "cities.xlsx", "targets.csv", "targets.xlsx", "city_facts.csv",
				"target_progress.csv", "countries.csv", "institutions.xlsx");
	}

	@Test
	void pagesShowTheRegistry() {
		var list = visitor().get("/cities?country=KR");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.mainText()).contains("Incheon");
		var targets = visitor().get("/targets?type=CARBON_INTENSITY&sort=cut,desc");
		assertThat(targets.status()).isEqualTo(200);
		assertThat(targets.mainText()).contains("3.9");
		var incheon = this.json.readTree(visitor().get("/api/v1/cities?q=Incheon").body())
			.get("content")
			.get(0)
			.get("id")
			.asString();
		var profile = visitor().get("/cities/" + incheon);
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.mainText()).contains("2045");
		assertThat(profile.html().select("[data-chart=timeline]")).hasSize(1);
		var seoul = this.json.readTree(visitor().get("/api/v1/cities?q=Seoul").body())
			.get("content")
			.get(0)
			.get("id")
			.asString();
		var compare = visitor().get("/cities/compare?city=" + incheon + "&city=" + seoul);
		assertThat(compare.status()).isEqualTo(200);
		assertThat(compare.html().select("article.compare-city")).hasSize(2);
		assertThat(visitor().get("/countries/JP").mainText()).contains("60");
		assertThat(visitor().get("/cities/map").status()).isEqualTo(200);
		assertThat(visitor().get("/cities/map/data").body()).contains("Ulaanbaatar");
		assertThat(visitor().get("/assets/geo/nea-countries.geojson").body()).contains("Mongolia");
		assertThat(visitor().get("/open-data").status()).isEqualTo(200);
	}

}
