package org.lccp.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * Published reviews and studies in the open-data API as a slice (the controllers, the
 * open-data API's problem details, the platform's security chain with review's access
 * rules, the facades mocks): pages follow the API's conventions.
 */
@ControllerSlice({ ReviewApi.class, StudyApi.class })
@Import(ReviewAccessRules.class)
class ReviewApiSliceTest {

	@MockitoBean
	ReviewManagement reviews;

	@MockitoBean
	OpenStudies studies;

	@Autowired
	MockMvcTester mvc;

	@Test
	void reviewsAndStudiesArePagedAsTheRestOfTheOpenDataApi() {
		given(this.reviews.publicReviews(any()))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(0, Pageable.class), 0));
		given(this.studies.page(any(), any()))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(1, Pageable.class), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/reviews");
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/studies?kind=comparative");
	}

}
