package org.lccp.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lccp.inventory.demo.InventoryDemo;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The illustrative training inventory of an invented city and the guide that walks
 * through it: labelled fictitious on every page it shows and in the API, in six
 * languages; calculated by the engine from the IPCC defaults exactly as the GPC rules
 * say.
 */
@LccpTest
class TrainingInventoryTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theGuideAndTheTrainingInventoryAreLabelledFictitiousInEveryLanguage() {
		InventoryDemo.ensureTrainingLoaded(this.context);
		var visitor = new WebSession(this.port);
		var banners = new HashSet<String>();
		String inventory = null;
		for (var language : List.of("en", "zh", "ja", "ko", "ru", "mn")) {
			var guide = visitor.get("/inventories/guide?lang=" + language);
			assertThat(guide.status()).isEqualTo(200);
			assertThat(guide.html().select("#guide-steps > li")).as(language).hasSize(6);
			var link = guide.html().select("#guide-training a").attr("href");
			assertThat(link).as(language).startsWith("/inventories/");
			inventory = link;
			var page = visitor.get(link + "?lang=" + language);
			assertThat(page.status()).isEqualTo(200);
			var banner = page.html().select("#fictitious").text();
			assertThat(banner).as(language).isNotBlank();
			banners.add(banner);
			assertThat(page.html().select("a[href=/inventories/guide]")).as(language).isNotEmpty();
			var list = visitor.get("/inventories?lang=" + language).html();
			assertThat(list.select("a[href=" + link + "]").parents().first().select(".fictitious").text()).as(language)
				.isNotBlank();
			assertThat(visitor.get(link + "/recalculation?lang=" + language).html().select(".fictitious")).as(language)
				.isNotEmpty();
		}
		assertThat(banners).hasSize(6);
		var api = this.json.readTree(visitor.get("/api/v1" + inventory).body());
		assertThat(api.get("inventory").get("fictitious").asBoolean()).isTrue();
		assertThat(api.get("inventory").get("country").asString()).isEqualTo("XX");
		assertThat(api.get("inventory").get("source").asString()).contains("Fictitious");
	}

	@Test
	void theTrainingInventoryFollowsTheGpcRulesWithTheIpccDefaults() throws Exception {
		InventoryDemo.ensureTrainingLoaded(this.context);
		var visitor = new WebSession(this.port);
		var link = visitor.get("/inventories/guide").html().select("#guide-training a").attr("href");
		var stored = this.json.readTree(visitor.get("/api/v1" + link).body());
		var totals = stored.get("inventory").get("totals");
		// BASIC+ adds the T&D losses of I.1.3 (30,000 MWh × 450 kg/MWh = 13,500 t), the
		// HFC-134a of IV.2 (5 t × 1,300 = 6,500 t) and nets the forest uptake of V.2
		// (−12,000 t): 8,000 t more than BASIC.
		assertThat(totals.get("basicPlus").decimalValue().subtract(totals.get("basic").decimalValue()))
			.isEqualByComparingTo("8000");
		// Firewood: 2 Gg × 15.6 TJ/Gg × 112,000 kg/TJ = 3,494.4 t biogenic CO2, outside
		// the scopes.
		assertThat(totals.get("biogenicCo2").toString()).isEqualTo("3494.4");
		assertThat(stored.get("entries").toString()).contains("IPCC 2006").contains("IE");
		// The years stacked by sector: one published year, BASIC by sector adding up to
		// BASIC.
		var years = visitor.get(link).html().select("#years-sectors");
		assertThat(years.select("thead th").eachText()).containsExactly(years.select("thead th").first().text(),
				"2022");
		var sum = java.math.BigDecimal.ZERO;
		for (var cell : years.select("tbody td > details > summary")) {
			sum = sum.add(new java.math.BigDecimal(cell.text().replace(",", "")));
		}
		assertThat(sum).isEqualByComparingTo(totals.get("basic").decimalValue());
		// The shipped file checks clean and to the same totals.
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/inventory-checks"))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(InventoryDemo.trainingFile()))
			.build();
		var check = this.json
			.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
		assertThat(check.get("problems").toString()).doesNotContain("\"ERROR\"");
		assertThat(check.get("totals").get("basic").toString()).isEqualTo(totals.get("basic").toString());
		assertThat(check.get("totals").get("territorial").toString()).isEqualTo(totals.get("territorial").toString());
	}

}
