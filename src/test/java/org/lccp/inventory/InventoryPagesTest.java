package org.lccp.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory pages over real HTTP: a focal point imports (dry run, refused file, then
 * stored), submits; the secretariat checks and publishes; everyone reads the inventory,
 * its steps, its exports (which import again to the same totals) and sees it on the city
 * profile; a stale form is refused.
 */
@LccpTest
class InventoryPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accountManagement;

	final JsonMapper json = JsonMapper.builder().build();

	static byte[] seoul() throws Exception {
		return InventoryPagesTest.class.getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
	}

	WebSession.Response importFile(WebSession session, UUID city, String name, byte[] content, boolean dryRun) {
		var fields = new java.util.ArrayList<>(List.of("city", city.toString(), "year", "2019", "gwpSet", "AR5",
				"reportingLevel", "BASIC", "boundary", "ADMINISTRATIVE", "source", "City statistics office"));
		if (dryRun) {
			fields.add("dryRun");
			fields.add("true");
		}
		return session.postMultipart("/inventories/import",
				List.of(new WebSession.Upload("file", name, "text/csv", content)), fields.toArray(String[]::new));
	}

	@Test
	void focalPointImportsSubmitsAndTheSecretariatPublishes() throws Exception {
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("KR", null, "Pages test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var focal = accounts.create("Focal", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focal.id());
		var secretariat = accounts.create("Secretariat", Role.SECRETARIAT);
		var focalSession = new WebSession(this.port).login(focal.email(), focal.password());

		assertThat(focalSession.get("/inventories/import?city=" + city).status()).isEqualTo(200);
		var dry = importFile(focalSession, city, "seoul.csv", seoul(), true);
		assertThat(dry.status()).isEqualTo(200);
		assertThat(dry.html().select("#import-result .notice").text()).isNotBlank();

		var broken = new String(seoul(), StandardCharsets.UTF_8).replace(",I.2.1,", ",I.2.9,").getBytes();
		var refused = importFile(focalSession, city, "broken.csv", broken, false);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#import-problems tbody tr").text()).contains("gpc_ref_no", "I.2.9");
		assertThat(new WebSession(this.port).get("/api/v1/inventories?city=" + city + "&status=PUBLISHED").body())
			.contains("\"totalElements\":0");

		var stored = importFile(focalSession, city, "seoul.csv", seoul(), false);
		assertThat(stored.status()).isEqualTo(302);
		var detailPath = stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "");
		var id = UUID.fromString(detailPath.substring("/inventories/".length()));
		var draft = focalSession.get(detailPath);
		assertThat(draft.status()).isEqualTo(200);
		assertThat(draft.html().select("#total-BASIC summary").text()).isEqualTo("46,282,524");
		assertThat(draft.html().select("#total-BASIC code").text()).startsWith("I.1.1 6213264 + I.1.2 6914074")
			.endsWith("= 46282524");
		assertThat(new WebSession(this.port).get(detailPath).status()).isEqualTo(404);

		assertThat(focalSession.post(detailPath + "/submit", "version", "0").status()).isEqualTo(302);
		assertThat(focalSession.post(detailPath + "/submit", "version", "0").status()).isEqualTo(409);
		assertThat(focalSession.post(detailPath + "/publish", "version", "1").status()).isEqualTo(403);

		var secretariatSession = new WebSession(this.port).login(secretariat.email(), secretariat.password());
		assertThat(secretariatSession.post(detailPath + "/check", "version", "0").status()).isEqualTo(409);
		assertThat(secretariatSession.post(detailPath + "/check", "version", "1").status()).isEqualTo(302);
		assertThat(secretariatSession.post(detailPath + "/publish", "version", "2").status()).isEqualTo(302);

		var visitor = new WebSession(this.port);
		var published = visitor.get(detailPath);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.html().select("#sectors-scopes tbody tr")).hasSize(6);
		assertThat(visitor.get("/inventories").html().select("#inventories a[href=" + detailPath + "]")).hasSize(1);
		var profile = visitor.get("/cities/" + city);
		assertThat(profile.html().select("a[href=" + detailPath + "]").text()).contains("46,282,524").contains("2019");

		for (var layout : List.of("subsector", "activity")) {
			var csv = visitor.download("/inventories/" + id + "/export.csv?layout=" + layout);
			assertThat(csv.status()).isEqualTo(200);
			var check = check(csv.body(), "text/csv");
			assertThat(check.get("totals").get("basic").toString()).as(layout).isEqualTo("46282524");
			assertThat(check.get("totals").get("territorial").toString()).as(layout).isEqualTo("23841951");
			assertThat(check.get("problems").toString()).as(layout).doesNotContain("\"ERROR\"");
			var xlsx = visitor.download("/inventories/" + id + "/export.xlsx?layout=" + layout);
			assertThat(check(xlsx.body(), CalculationApi.XLSX).get("totals").get("basicPlus").toString()).as(layout)
				.isEqualTo("47782633");
		}
		var crf = new String(visitor.download("/inventories/" + id + "/crf.csv").body(), StandardCharsets.UTF_8);
		assertThat(crf).contains("I.1,").contains("TOTAL_BASIC,,46282524");
	}

	@Test
	void activityLinesShowTheirStepsAndTheTemplatesCheckClean() throws Exception {
		var visitor = new WebSession(this.port);
		for (var template : List.of("/inventories/template.csv", "/inventories/template.xlsx")) {
			var file = visitor.download(template);
			assertThat(file.status()).isEqualTo(200);
			var checked = check(file.body(), template.endsWith("csv") ? "text/csv" : CalculationApi.XLSX);
			assertThat(checked.get("layout").asString()).isEqualTo("ACTIVITY");
			assertThat(checked.get("problems").toString()).as(template).doesNotContain("\"ERROR\"");
		}
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("JP", null, "Steps test city " + UUID.randomUUID(), null,
				null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var secretariat = accounts.create("Secretariat", Role.SECRETARIAT);
		var session = new WebSession(this.port).login(secretariat.email(), secretariat.password()).acceptLanguage("ja");
		var stored = importFile(session, city, "lines.csv", visitor.download("/inventories/template.csv").body(),
				false);
		assertThat(stored.status()).isEqualTo(302);
		var page = session
			.get(stored.location().replaceAll("^https?://[^/]+", "").replace("?imported", "") + "?lang=ja");
		var steps = page.html().select("ol.steps li").eachText();
		assertThat(steps).anyMatch((s) -> s.contains("0.5 Gg × 43.0 TJ/Gg = 21.50 TJ") && s.contains("真発熱量"));
		assertThat(steps).anyMatch((s) -> s.contains("Table 1.2"));
	}

	tools.jackson.databind.JsonNode check(byte[] body, String contentType) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/inventory-checks"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
