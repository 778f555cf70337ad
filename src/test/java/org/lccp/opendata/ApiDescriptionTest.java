package org.lccp.opendata;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OpenAPI description is complete for client generators: every operation of every
 * module says what it does, how it is secured, and which problem details it answers with.
 * The same rules as Redocly's recommended set, checked in Java so that they hold on a
 * machine without Node.js; where {@code npx} is available the real linter runs too.
 */
@LccpTest
class ApiDescriptionTest {

	static final String REDOCLY = "@redocly/cli@2.77.0";

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	String description() {
		var response = new WebSession(this.port).get("/v3/api-docs", "Accept", "application/json");
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	@Test
	void everyOperationHasASummarySecurityAndProblemResponses() {
		var spec = this.json.readTree(description());
		var schemes = spec.get("components").get("securitySchemes");
		assertThat(schemes.get("token").get("scheme").asString()).isEqualTo("bearer");
		assertThat(spec.get("components").get("schemas").has("Problem")).isTrue();
		var operations = new ArrayList<String>();
		var paths = spec.get("paths");
		for (var path : paths.propertyNames()) {
			assertThat(path).as("only the open-data API is described").startsWith("/api/");
			var item = paths.get(path);
			for (var method : item.propertyNames()) {
				var operation = item.get(method);
				var name = method.toUpperCase() + " " + path;
				operations.add(name);
				assertThat(operation.path("summary").asString("")).as(name + " summary").isNotBlank();
				assertThat(operation.has("security")).as(name + " security").isTrue();
				var responses = operation.get("responses");
				assertThat(responses.propertyNames().stream().anyMatch((s) -> s.startsWith("4")))
					.as(name + " 4xx response")
					.isTrue();
				assertThat(responses.has("429")).as(name + " rate limit").isTrue();
				if (path.contains("{")) {
					assertThat(responses.has("404")).as(name + " 404").isTrue();
				}
				if (requiresToken(operation)) {
					assertThat(responses.has("401")).as(name + " 401").isTrue();
					assertThat(responses.has("403")).as(name + " 403").isTrue();
				}
			}
		}
		assertThat(operations).contains("GET /api/v1/cities", "POST /api/v1/cities/{id}/targets",
				"GET /api/v1/gatherings", "GET /api/v1/case-studies");
	}

	@Test
	void writesNeedTheTokenAndReadsAcceptOne() {
		var paths = this.json.readTree(description()).get("paths");
		assertThat(requiresToken(paths.get("/api/v1/targets/{id}").get("put"))).isTrue();
		var read = paths.get("/api/v1/cities").get("get").get("security");
		assertThat(read.toString()).contains("{}").contains("token");
	}

	@Test
	void redoclysRecommendedRulesPass() throws Exception {
		assumeTrue(onPath("npx"), "npx (Node.js) is not installed; the Java checks above cover the rules");
		var file = Path.of("target", "openapi.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, description(), StandardCharsets.UTF_8);
		var output = Path.of("target", "redocly-lint.txt");
		var process = new ProcessBuilder(List.of("npx", "--yes", REDOCLY, "lint", file.toString(),
				"--extends=recommended", "--max-problems=200"))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("redocly finished").isTrue();
		var text = Files.readString(output);
		assumeTrue(!text.contains("ENOTFOUND") && !text.contains("EAI_AGAIN"),
				"the npm registry is not reachable: " + text);
		assertThat(text).as(text).contains("Woohoo! Your API description is valid");
		assertThat(text).as("no warnings either").doesNotContainPattern("You have \\d+ warning");
		assertThat(process.exitValue()).as(text).isZero();
	}

	private static boolean requiresToken(JsonNode operation) {
		var security = operation.get("security");
		if (security == null || security.isEmpty()) {
			return false;
		}
		for (var requirement : security) {
			if (requirement.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static boolean onPath(String command) {
		var path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (var dir : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

}
