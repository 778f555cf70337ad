package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.demo.DemoDatasets;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools catalogue (issue 16): the tools the seeds name are seeded with what the seeds
 * say and nothing more, listed at {@code /tools} and {@code /api/v1/tools}, each with the
 * case studies that use it; members add tools through the knowledge workflow with field
 * errors for bad input.
 */
@LccpTest
class ToolsCatalogueTest {

	@LocalServerPort
	int port;

	@Autowired
	DemoDatasets datasets;

	@Autowired
	KnowledgeItems items;

	@Autowired
	Revisions revisions;

	@Autowired
	CityDirectory cities;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AccountManagement accounts;

	final JsonMapper json = JsonMapper.builder().build();

	void seeded() {
		new KnowledgeDemoData(this.datasets, this.items, this.revisions, this.cities, this.transactions,
				java.time.Clock.systemUTC())
			.run(null);
	}

	JsonNode api(String path) {
		var response = new WebSession(this.port).get(path, "Accept", "application/json");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	@Test
	void theToolsTheSeedsNameAreListedWithProviderAndTheCaseStudiesThatUseThem() {
		seeded();
		var page = api("/api/v1/tools?size=100");
		var titles = new ArrayList<String>();
		JsonNode gpd = null;
		for (var tool : page.get("content")) {
			titles.add(tool.path("title").asString());
			if (tool.path("title").asString().endsWith("(GPD)")) {
				gpd = tool;
			}
		}
		assertThat(titles).contains("Global Protocol for Community-Scale Greenhouse Gas Emissions (GPC)",
				"Harmonized Emissions Analysis Tool Plus (HEAT+)", "GHG Projection and Diagnostic Programme (GPD)",
				"Urban Carbon Management System (UCMS)", "Low-carbon City Index System (CASS)");
		assertThat(page.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(gpd).isNotNull();
		var full = api("/api/v1/tools/" + gpd.get("id").asString());
		assertThat(full.get("ledBy").asString()).isEqualTo("Gwangju Metropolitan City");
		assertThat(full.get("acronym").asString()).isEqualTo("GPD");
		// The seeds state neither cost nor languages: none is invented.
		assertThat(full.get("toolCost").isNull()).isTrue();
		assertThat(full.get("toolLanguages")).isEmpty();
		assertThat(full.get("caseStudiesUsing")).extracting((n) -> n.get("title").asString())
			.contains("Gwangju's GHG Projection and Diagnostic Programme (GPD)");
		// Cities are linked when the registry holds them (the demo registry does; a bare
		// test database may not).
		if (this.cities.findCity("KR", "Gwangju") != null) {
			assertThat(full.get("cities")).extracting((n) -> n.get("name").asString()).contains("Gwangju");
		}

		var html = new WebSession(this.port).get("/tools/" + gpd.get("id").asString() + "?lang=zh").html();
		assertThat(html.select("#tool-case-studies a").eachText())
			.contains("Gwangju's GHG Projection and Diagnostic Programme (GPD)");
		assertThat(html.select("#tool-cost").text()).isEqualTo("来源未说明");
		assertThat(html.select("h1").text()).contains("温室气体预测与诊断程序");
		var list = new WebSession(this.port).get("/tools?lang=ru");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().select("h1").text()).isEqualTo("Инструменты и методы");
		assertThat(new WebSession(this.port).get("/api/v1/tools?format=csv").body()).contains("HEAT+");
		assertThat(new WebSession(this.port).get("/api/v1/tools/" + UUID.randomUUID(), "Accept", "application/json")
			.status()).isEqualTo(404);
	}

	@Test
	void aMemberAddsAToolWithCostAndLanguagesAndBadChoicesGetFieldErrors() {
		var author = new TestAccounts(this.accounts).create("tool author", Role.MEMBER);
		var session = new WebSession(this.port).login(author.email(), author.password());
		var bad = session.post("/knowledge", "kind", "TOOL", "originalLanguage", "en", "title", "Carbon calculator",
				"body", "<p>Counts.</p>", "toolCost", "CHEAP", "toolLanguages", "xx", "website", "javascript:alert(1)");
		assertThat(bad.status()).isEqualTo(200);
		var errors = bad.html();
		for (var field : List.of("ledBy", "toolCost", "toolLanguages", "website")) {
			assertThat(errors.select("#" + field + "-error").text()).as(field).isNotBlank();
		}
		assertThat(bad.body()).doesNotContain("Exception");

		var created = session.post("/knowledge", "kind", "TOOL", "originalLanguage", "en", "title",
				"Carbon calculator " + UUID.randomUUID(), "body", "<p>Counts.</p><script>alert(1)</script>", "ledBy",
				"Test provider", "toolCost", "FREE_WITH_REGISTRATION", "toolLanguages", "en", "toolLanguages", "mn",
				"website", "https://example.org/calculator");
		assertThat(created.status()).isEqualTo(302);
		var path = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(path).startsWith("/tools/");
		var page = session.get(path + "?lang=ko");
		assertThat(page.body()).doesNotContain("<script>alert(1)");
		assertThat(page.html().select("#tool-cost").text()).isEqualTo("등록 후 무료");
		assertThat(page.html().select("#tool-languages").text()).contains("English", "Монгол");
		// a draft is not public
		assertThat(new WebSession(this.port).get(path).status()).isEqualTo(404);
		assertThat(List.of(session.get("/knowledge/new?kind=TOOL").status())).containsExactly(200);
	}

}
