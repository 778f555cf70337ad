package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * The open-data API of the registry as a slice (the controller and its problem-detail
 * advice, the platform's security chain with the cities' access rules, the registries
 * mocks that answer as the real ones do): bad parameters are problems naming the field,
 * missing records 404 problems, and a page never grows past the maximum size.
 */
@ControllerSlice(CitiesApi.class)
@Import(CitiesAccessRules.class)
class CitiesApiSliceTest {

	@MockitoBean
	CityDirectory cities;

	@MockitoBean
	TargetRegistry targets;

	@Autowired
	MockMvcTester mvc;

	final JsonMapper json = JsonMapper.builder().build();

	SliceSession visitor() {
		return SliceSession.anonymous(this.mvc);
	}

	JsonNode get(String path) {
		var response = visitor().get(path, "Accept", "application/json");
		assertThat(response.status()).as(path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	@Test
	void badInputIsAProblemDetail() {
		var ulaanbaatar = new CityView(UUID.randomUUID(), "MN", "MN ULN", "Ulaanbaatar", "乌兰巴托", "ウランバートル", "울란바토르",
				"Улан-Батор", "Улаанбаатар", "Улаанбаатар", AdminLevel.MUNICIPALITY, new BigDecimal("47.9184"),
				new BigDecimal("106.9177"), "NEASPEC city registry 2020", Instant.parse("2026-10-01T00:00:00Z"), 3);
		given(this.cities.cities(any(), any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(ulaanbaatar), call.getArgument(2, Pageable.class), 1));
		var unknown = new UUID(0, 0);
		given(this.cities.profile(eq(unknown))).willThrow(new CityDirectory.CityNotFoundException(unknown));
		given(this.cities.country(eq("XX"))).willThrow(new CityDirectory.CountryNotFoundException("XX"));

		var badType = visitor().get("/api/v1/targets?type=WISHFUL");
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(this.json.readTree(badType.body()).get("errors").get(0).get("field").asString()).isEqualTo("type");

		var missing = visitor().get("/api/v1/cities/00000000-0000-0000-0000-000000000000");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type").orElseThrow()).startsWith("application/problem+json");

		var malformed = visitor().get("/api/v1/targets/not-an-id");
		assertThat(malformed.status()).isEqualTo(404);

		var unknownCountry = visitor().get("/api/v1/countries/XX");
		assertThat(unknownCountry.status()).isEqualTo(404);

		var hugePage = get("/api/v1/cities?size=100000");
		assertThat(hugePage.get("page").get("size").asInt()).isEqualTo(500);
	}

	/** The open-data API's part of {@code HostileInputTest}'s paging check. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/cities?page=2147483647&size=100", "/api/v1/targets?page=2147483647",
			"/api/v1/cities?page=-1", "/api/v1/cities?size=-3" })
	void hugeAndNegativePagesOnTheApiAreProblemDetails(String path) {
		var answer = SliceSession.anonymous(this.mvc).get(path, "Accept", "application/json");
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void aPageThatCannotBeServedIsAProblemNamingTheParameterAndCsvFollowsQualityValues() {
		given(this.cities.cities(any(), any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(2, Pageable.class), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/cities");
		ApiConventions.csvHonoursQualityValues(this.mvc, "/api/v1/cities");
	}

}
