package org.lccp.benchmarking;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

/**
 * Indicator values in the open-data API as a slice (the controller, the open-data API's
 * problem details, the platform's security chain with benchmarking's access rules, the
 * facade a mock): pages follow the API's conventions and a filter of the wrong form is a
 * problem naming it.
 */
@ControllerSlice(BenchmarkingApi.class)
@Import(BenchmarkingAccessRules.class)
class BenchmarkingApiSliceTest {

	@MockitoBean
	BenchmarkingManagement benchmarking;

	@MockitoBean
	Traces traces;

	@Autowired
	MockMvcTester mvc;

	@Test
	void indicatorValuesArePagedAsTheRestOfTheOpenDataApi() {
		given(this.benchmarking.values(any(), any(), any(), anyInt(), anyInt())).willAnswer(
				(call) -> new PageImpl<>(List.of(), PageRequest.of(call.getArgument(3), call.getArgument(4)), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/indicator-values");
		ApiConventions.refusedNaming(this.mvc, "/api/v1/indicator-values?year=twenty", "year");
		ApiConventions.refusedNaming(this.mvc, "/api/v1/indicator-values?city=nope", "city");
	}

}
