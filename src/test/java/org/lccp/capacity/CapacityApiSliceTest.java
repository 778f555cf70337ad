package org.lccp.capacity;

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
 * Open needs and offers in the open-data API as a slice (the controller, the open-data
 * API's problem details, the platform's security chain with capacity's access rules, the
 * facade a mock): pages follow the API's conventions, a bad limit names the parameter.
 */
@ControllerSlice(CapacityApi.class)
@Import(CapacityAccessRules.class)
class CapacityApiSliceTest {

	@MockitoBean
	CapacityManagement capacity;

	@Autowired
	MockMvcTester mvc;

	@Test
	void needsAndOffersArePagedAsTheRestOfTheOpenDataApi() {
		given(this.capacity.openNeeds(any(org.springframework.data.domain.PageRequest.class)))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(0, Pageable.class), 0));
		given(this.capacity.openOffers(any(org.springframework.data.domain.PageRequest.class)))
			.willAnswer((call) -> new PageImpl<>(List.of(), call.getArgument(0, Pageable.class), 0));
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/capacity/needs");
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/capacity/offers");
	}

	@Test
	void aLimitOfTheWrongFormIsAProblemNamingIt() {
		ApiConventions.refusedNaming(this.mvc,
				"/api/v1/capacity/needs/" + java.util.UUID.randomUUID() + "/suggestions?limit=many", "limit");
	}

}
