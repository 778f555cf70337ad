package org.lccp.knowledge;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.shared.web.PdfDocuments;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The policy comparison and the knowledge API as a slice (the controllers that read the
 * filters and pages, the platform's pages and security chain with knowledge's access
 * rules, the comparison and the hub mocks): filters that cannot be read are messages on
 * the page, an export asked with them is a 400 carrying those messages, and a page of the
 * API that cannot exist is a problem.
 */
@ControllerSlice({ PolicyComparisonController.class, KnowledgeApi.class })
@Import(KnowledgeAccessRules.class)
class KnowledgeWebSliceTest {

	@MockitoBean
	PolicyComparison comparison;

	@MockitoBean
	PdfDocuments pdf;

	@MockitoBean
	KnowledgeManagement knowledge;

	@Autowired
	MockMvcTester mvc;

	SliceSession reader() {
		return SliceSession.anonymous(this.mvc);
	}

	@Test
	void badFiltersGetMessagesAndNeverAnError() {
		given(this.comparison.matrix(any(), any())).willAnswer((call) -> {
			PolicyComparison.Filter filter = call.getArgument(0);
			var seoul = new PolicyComparison.Entry(UUID.randomUUID(), "Seoul Climate Action Plan 2050", 2021,
					"/knowledge/items/seoul-climate-action-plan-2050", "en", false, List.of("Seoul"), null, null);
			return new PolicyComparison.Matrix(filter, List.of("KR"),
					List.of(new PolicyComparison.Row(PolicyLevel.CITY, PolicyType.PLAN, Map.of("KR", List.of(seoul)))));
		});

		var page = reader().get("/policies/compare?from=abc&to=1800&level=NOPE&type=%3Cscript%3E&country=ZZ&lang=ru");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("[role=alert] li")).hasSize(4);
		assertThat(page.body()).doesNotContain("<script>").doesNotContain("Exception");
		var swapped = reader().get("/policies/compare?from=2020&to=2010");
		assertThat(swapped.html().select("[role=alert]").text()).contains("first year comes after the last");
		var export = reader().get("/policies/compare.csv?from=" + "9".repeat(40));
		assertThat(export.status()).isEqualTo(400);
		assertThat(export.html().select("[role=alert]").text()).isNotBlank();
	}

	/** The knowledge API's part of {@code HostileInputTest}'s paging check. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/case-studies?page=2147483647", "/api/v1/news?page=21474836&size=1000" })
	void hugeAndNegativePagesOnTheApiAreProblemDetails(String path) {
		var answer = SliceSession.anonymous(this.mvc).get(path, "Accept", "application/json");
		assertThat(answer.status()).as(path).isEqualTo(400);
		assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void listsArePagedAndNegotiatedAsTheRestOfTheOpenDataApi() {
		given(this.knowledge.published(any(), any(), any(), any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(),
					call.getArgument(4, org.springframework.data.domain.Pageable.class), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/news");
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/case-studies?country=KR");
		ApiConventions.csvHonoursQualityValues(this.mvc, "/api/v1/publications");
		ApiConventions.refusedNaming(this.mvc, "/api/v1/policies?city=nowhere", "city");
	}

}
