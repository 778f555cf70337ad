package org.lccp.inventory;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public calculator and inventory check over real HTTP, without account or CSRF
 * token, as other tools call them.
 */
@LccpTest
class CalculatorApiTest {

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	final HttpClient client = HttpClient.newHttpClient();

	record Answer(int status, String contentType, JsonNode body) {
	}

	Answer post(String path, String contentType, byte[] body, String language) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", contentType)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		var response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				this.json.readTree(response.body()));
	}

	Answer calculate(String body) throws Exception {
		return post("/api/v1/calculations", "application/json", body.getBytes(StandardCharsets.UTF_8), "en");
	}

	@Test
	void calculatesTheIssueExampleExactlyWithoutAnAccount() throws Exception {
		var answer = calculate("""
				{"gpcRef":"II.1.1","gwpSet":"AR5","fuel":"Gas/Diesel Oil","amount":500,"unit":"t"}""");
		assertThat(answer.status()).isEqualTo(200);
		var body = answer.body();
		// JSON numbers, exact: the text of the number is the exact decimal.
		assertThat(body.get("co2eTonnes").isNumber()).isTrue();
		assertThat(body.get("co2eTonnes").decimalValue()).isEqualByComparingTo("1617.71805");
		assertThat(body.get("co2eTonnes").toString()).isEqualTo("1617.71805");
		assertThat(body.get("biogenicCo2Tonnes").decimalValue()).isZero();
		assertThat(body.get("gases")).hasSize(3);
		var ch4 = body.get("gases").get(1);
		assertThat(ch4.get("gas").asString()).isEqualTo("CH4");
		assertThat(ch4.get("tonnes").toString()).isEqualTo("0.08385");
		assertThat(ch4.get("gwp").toString()).isEqualTo("28");
		assertThat(ch4.get("co2eTonnes").toString()).isEqualTo("2.3478");
		assertThat(body.get("steps").get(1).asString()).contains("0.5 Gg × 43.0 TJ/Gg = 21.50 TJ");
		assertThat(body.get("sources").toString()).contains("Table 1.2").contains("Table 3.2.2");
	}

	@Test
	void ownFactorsAndDirectGasesReplaceTheLibrary() throws Exception {
		var answer = calculate("""
				{"gpcRef":"I.1.2","gwpSet":"AR6","amount":2000,"unit":"MWh",
				 "factors":{"CO2":{"value":474.7,"unit":"kg/MWh","source":"KPX 2018"}},
				 "gases":{"SF6":{"amount":1,"unit":"kg"}}}""");
		assertThat(answer.status()).isEqualTo(200);
		// 2000 × 474.7 kg = 949.4 t; SF6 0.001 t × 25200 = 25.2
		assertThat(answer.body().get("co2eTonnes").toString()).isEqualTo("974.6");
	}

	@Test
	void factorsWithoutSourceAreCalculatedWithAWarning() throws Exception {
		var answer = calculate("""
				{"gpcRef":"I.1.2","amount":1,"unit":"MWh","factors":{"CO2":{"value":474.7,"unit":"kg/MWh"}}}""");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().get("warnings")).hasSize(1);
	}

	@Test
	void badInputIsAProblemDetailNamingTheFieldNeverAServerError() throws Exception {
		for (var body : List.of("{not json", "[]", "{\"gpcRef\":\"I.1.1\",\"amount\":\"lots\",\"unit\":\"t\"}")) {
			var answer = calculate(body);
			assertThat(answer.status()).as(body).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
		var cases = List.of(
				List.of("{\"gpcRef\":\"I.1.1\",\"fuel\":\"Moonshine\",\"amount\":1,\"unit\":\"TJ\"}", "fuel"),
				List.of("{\"gpcRef\":\"I.1.1\",\"fuel\":\"Natural Gas\",\"amount\":1,\"unit\":\"barrels\"}", "unit"),
				List.of("{\"gpcRef\":\"I.1.1\",\"fuel\":\"Natural Gas\",\"amount\":1,\"unit\":\"TJ\",\"gwpSet\":\"AR9\"}",
						"gwpSet"),
				List.of("{\"gpcRef\":\"X.1\",\"fuel\":\"Natural Gas\",\"amount\":1,\"unit\":\"TJ\"}", "gpcRef"),
				List.of("{\"gpcRef\":\"II.1.1\",\"fuel\":\"Gas/Diesel Oil\",\"amount\":1000,\"unit\":\"L\"}",
						"density"),
				List.of("{\"gpcRef\":\"I.1.1\",\"fuel\":\"Natural Gas\",\"amount\":1e20,\"unit\":\"TJ\"}", "amount"));
		for (var c : cases) {
			var answer = calculate(c.get(0));
			assertThat(answer.status()).as(c.get(0)).isEqualTo(400);
			assertThat(answer.body().get("errors").get(0).get("field").asString()).as(c.get(0)).isEqualTo(c.get(1));
			assertThat(answer.body().get("detail").asString()).isNotBlank();
		}
	}

	@Test
	void problemsAndStepsSpeakTheReadersLanguage() throws Exception {
		var unknown = post("/api/v1/calculations", "application/json",
				"{\"gpcRef\":\"I.1.1\",\"fuel\":\"Moonshine\",\"amount\":1,\"unit\":\"TJ\"}".getBytes(), "zh-CN");
		assertThat(unknown.body().get("detail").asString()).contains("未知燃料");
		var ok = post("/api/v1/calculations", "application/json",
				"{\"gpcRef\":\"I.1.1\",\"fuel\":\"Natural Gas\",\"amount\":1000,\"unit\":\"TJ\"}".getBytes(), "ko");
		assertThat(ok.body().get("steps").toString()).contains("배출");
	}

	@Test
	void checksTheSeoulFileAsCsvAndAsXlsx() throws Exception {
		var csv = getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
		var answer = post("/api/v1/inventory-checks", "text/csv", csv, "en");
		assertThat(answer.status()).isEqualTo(200);
		var totals = answer.body().get("totals");
		assertThat(totals.get("basic").toString()).isEqualTo("46282524");
		assertThat(totals.get("basicPlus").toString()).isEqualTo("47782633");
		assertThat(totals.get("territorial").toString()).isEqualTo("23841951");
		assertThat(answer.body().get("problems").toString()).doesNotContain("\"ERROR\"");

		var xlsx = post("/api/v1/inventory-checks", CalculationApi.XLSX, xlsx(new String(csv, StandardCharsets.UTF_8)),
				"en");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.body().get("totals").get("basicPlus").toString()).isEqualTo("47782633");
	}

	@Test
	void namesEveryProblemByRowAndColumn() throws Exception {
		var csv = """
				city,country,year,sector,scope,tCO2e,gpc_ref_no,subsector,reporting_level,notation_key
				X,Y,2020,Stationary Energy,1,100,I.1.1,Residential,BASIC,
				X,Y,2020,Stationary Energy,1,50,I.1.1,Residential,BASIC,
				X,Y,2020,Stationary Energy,1,20,I.1.2,Residential,BASIC,
				X,Y,2020,Stationary Energy,1,abc,I.2.1,Commercial,BASIC,
				X,Y,2020,Stationary Energy,1,5,I.9.1,Nowhere,BASIC,
				X,Y,2020,Stationary Energy,3,,I.1.3,Residential,BASIC+,NE
				X,Y,2020,Stationary Energy,1,2000000000000,I.3.1,Industry,BASIC,
				X,Y,2020,Transportation,1,-5,II.1.1,On-road,BASIC,
				""";
		var answer = post("/api/v1/inventory-checks", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "en");
		assertThat(answer.status()).isEqualTo(200);
		var problems = answer.body().get("problems");
		assertThat(problems.toString()).contains("inventory.problem.duplicateRow", "inventory.problem.scopeMismatch",
				"inventory.problem.textInNumber", "inventory.problem.unknownRef",
				"inventory.problem.explanationMissing", "inventory.problem.tooLarge",
				"inventory.problem.negativeEmission");
		var duplicate = find(problems, "inventory.problem.duplicateRow");
		assertThat(duplicate.get("row").asInt()).isEqualTo(3);
		assertThat(duplicate.get("column").asString()).isEqualTo("gpc_ref_no");
		assertThat(find(problems, "inventory.problem.textInNumber").get("column").asString()).isEqualTo("tco2e");
		assertThat(find(problems, "inventory.problem.scopeMismatch").get("row").asInt()).isEqualTo(4);
		assertThat(answer.body().get("totals").get("basic").toString()).isEqualTo("100");
	}

	@Test
	void checksActivityLinesWithTheirOwnProblems() throws Exception {
		var header = String.join(",", InventoryFile.ACTIVITY_LAYOUT);
		var csv = header + "\n" + "I.1.1,1,gas,,,Natural Gas,1000,TJ,,,,,,,,,,,,,high,balance\n"
				+ "II.1.1,1,diesel,,,Gas/Diesel Oil,1000,L,,,,,,,,,,,,,high,sales\n"
				+ "I.1.1,1,coal,,,Anthracite,-3,t,,,,,,,,,,,,,high,sales\n"
				+ "I.1.1,1,gas,,,Natural Gas,5,km,,,,,,,,,,,,,high,x\n"
				+ "I.1.2,2,grid,,,,10,MWh,,474.7,kg/MWh,,,,,,,,,,high,bills\n"
				+ "I.1.1,1,gas,,,Natural Gas,1000,TJ,,,,,,,,,,,,,high,balance\n";
		var answer = post("/api/v1/inventory-checks?gwpSet=AR4", "text/csv", csv.getBytes(StandardCharsets.UTF_8),
				"en");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().get("layout").asString()).isEqualTo("ACTIVITY");
		var problems = answer.body().get("problems");
		assertThat(find(problems, "inventory.problem.densityMissing").get("column").asString())
			.isEqualTo("density_kg_m3");
		assertThat(find(problems, "inventory.problem.negativeActivity").get("row").asInt()).isEqualTo(4);
		assertThat(find(problems, "inventory.problem.unitDoesNotFitFuel").get("column").asString()).isEqualTo("unit");
		assertThat(find(problems, "inventory.problem.factorWithoutSource").get("row").asInt()).isEqualTo(6);
		assertThat(find(problems, "inventory.problem.duplicateRow").get("row").asInt()).isEqualTo(7);
		// The one good line: E02 of the worked examples.
		assertThat(answer.body().get("totals").get("basic").toString()).isEqualTo("56254.8");
	}

	@Test
	void aFileInNeitherLayoutIsABadRequest() throws Exception {
		var answer = post("/api/v1/inventory-checks", "text/csv", "a,b\n1,2\n".getBytes(), "en");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		var broken = post("/api/v1/inventory-checks", CalculationApi.XLSX, "PK\3\4garbage".getBytes(), "en");
		assertThat(broken.status()).isEqualTo(400);
	}

	@Test
	void theCheckPageShowsTotalsWithoutAnAccount() {
		var visitor = new WebSession(this.port);
		var page = visitor.get("/inventories/check");
		assertThat(page.status()).isEqualTo(200);
		var csv = new String(readSeoul(), StandardCharsets.UTF_8);
		var result = visitor.postMultipart("/inventories/check",
				List.of(new WebSession.Upload("file", "seoul.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))),
				"gwpSet", "AR5");
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.html().getElementById("total-basic").text()).isEqualTo("46282524");
		assertThat(result.html().getElementById("total-territorial").text()).isEqualTo("23841951");
	}

	byte[] readSeoul() {
		try {
			return getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode find(JsonNode problems, String key) {
		for (var p : problems) {
			if (p.get("key").asString().equals(key)) {
				return p;
			}
		}
		throw new AssertionError("no " + key + " in " + problems);
	}

	/** The CSV as an XLSX, numbers as numeric cells. */
	static byte[] xlsx(String csv) throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			var r = 0;
			for (var line : org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(csv))) {
				var row = sheet.createRow(r++);
				for (int c = 0; c < line.size(); c++) {
					var value = line.get(c);
					var cell = row.createCell(c);
					if (r > 1 && value.matches("-?\\d+(\\.\\d+)?")) {
						cell.setCellValue(new java.math.BigDecimal(value).doubleValue());
					}
					else {
						cell.setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
