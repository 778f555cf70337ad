package org.lccp.support;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code /api/v1} conventions of the open-data module (ADR 11) checked on a module's
 * API in a controller slice: a page is never larger than {@code ApiPaging.MAX_SIZE}, a
 * page that cannot be served is a 400 problem detail naming {@code page} or {@code size},
 * and where a list is offered as CSV the client's quality values decide.
 */
public final class ApiConventions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiConventions() {
	}

	/**
	 * {@code list} is a path without a query or with one ending in {@code ?} or
	 * {@code &}.
	 */
	public static void pagesFollowTheOpenDataConventions(MockMvcTester mvc, String list) {
		var join = list.contains("?") ? (list.endsWith("?") || list.endsWith("&") ? "" : "&") : "?";
		var capped = get(mvc, list + join + "size=100000");
		assertThat(capped.status()).as(list).isEqualTo(200);
		assertThat(JSON.readTree(capped.body()).get("page").get("size").asInt()).as(list).isEqualTo(500);
		refusedNaming(mvc, list + join + "size=0", "size");
		refusedNaming(mvc, list + join + "size=-3", "size");
		refusedNaming(mvc, list + join + "page=-1", "page");
		refusedNaming(mvc, list + join + "page=2147483647&size=500", "page");
	}

	/** A 400 problem detail whose {@code errors} name {@code field}. */
	public static JsonNode refusedNaming(MockMvcTester mvc, String path, String field) {
		var answer = get(mvc, path);
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.header("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
		var problem = JSON.readTree(answer.body());
		assertThat(problem.get("title").asString()).as(path).isNotBlank();
		assertThat(problem.get("detail").asString()).as(path).isNotBlank();
		assertThat(problem.get("errors").get(0).get("field").asString()).as(path).isEqualTo(field);
		return problem;
	}

	/**
	 * JSON when the client prefers it by its quality values, CSV when it prefers CSV and
	 * when it asks with {@code format=csv}.
	 */
	public static void csvHonoursQualityValues(MockMvcTester mvc, String list) {
		var join = list.contains("?") ? "&" : "?";
		var json = SliceSession.anonymous(mvc).get(list, "Accept", "text/csv;q=0.1, application/json");
		assertThat(json.status()).as(list).isEqualTo(200);
		assertThat(json.header("Content-Type").orElse("")).as(list).startsWith("application/json");
		assertThat(JSON.readTree(json.body()).has("content")).as(list).isTrue();
		var csv = SliceSession.anonymous(mvc).get(list, "Accept", "application/json;q=0.1, text/csv");
		assertThat(csv.status()).as(list).isEqualTo(200);
		assertThat(csv.header("Content-Type").orElse("")).as(list).startsWith("text/csv");
		var asked = SliceSession.anonymous(mvc).get(list + join + "format=csv", "Accept", "application/json");
		assertThat(asked.status()).as(list).isEqualTo(200);
		assertThat(asked.header("Content-Type").orElse("")).as(list).startsWith("text/csv");
	}

	private static WebSession.Response get(MockMvcTester mvc, String path) {
		return SliceSession.anonymous(mvc).get(path, "Accept", "application/json");
	}

}
