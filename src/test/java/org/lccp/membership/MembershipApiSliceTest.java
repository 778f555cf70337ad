package org.lccp.membership;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The member institutions in the open-data API as a slice (the controller, the open-data
 * API's problem details, the platform's security chain with membership's access rules,
 * the facade a mock): open to everyone, a type that does not exist is a problem naming
 * the parameter, and pages keep the API's bounds.
 */
@ControllerSlice(MembershipApi.class)
@Import(MembershipAccessRules.class)
class MembershipApiSliceTest {

	@MockitoBean
	MembershipManagement membership;

	@Autowired
	MockMvcTester mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anyoneReadsInstitutionsInPagesOfAtMostFiveHundred() {
		given(this.membership.publicDirectory(any(), any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(2, Pageable.class), 0));
		var answer = SliceSession.anonymous(this.mvc)
			.get("/api/v1/institutions?size=100000", "Accept", "application/json");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(this.json.readTree(answer.body()).get("page").get("size").asInt()).isEqualTo(500);
	}

	@Test
	void anUnknownTypeIsAProblemNamingTheParameter() {
		var answer = SliceSession.anonymous(this.mvc)
			.get("/api/v1/institutions?type=CLUB", "Accept", "application/json");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(this.json.readTree(answer.body()).get("errors").get(0).get("field").asString()).isEqualTo("type");
	}

	/** Membership's part of {@code HostileInputTest}'s paging check. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/institutions?page=2147483647", "/api/v1/institutions?page=-1",
			"/api/v1/institutions?size=0" })
	void hugeAndNegativePagesAreProblemDetails(String path) {
		var answer = SliceSession.anonymous(this.mvc).get(path, "Accept", "application/json");
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void aPageThatCannotBeServedIsAProblemNamingTheParameter() {
		given(this.membership.publicDirectory(any(), any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(2, Pageable.class), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/institutions");
	}

}
