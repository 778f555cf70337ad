package org.lccp.inventory;

import org.junit.jupiter.api.Test;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Published inventories in the open-data API as a slice (the controller, inventory's and
 * the open-data API's problem details, the platform's security chain with inventory's
 * access rules, the facades mocks): pages follow the API's conventions — a page that
 * cannot exist is refused instead of silently served as the first — and a status of the
 * wrong form keeps inventory's own problem naming it.
 */
@ControllerSlice(InventoryApi.class)
@Import({ InventoryAccessRules.class, InventoryApiErrors.class })
class InventoryApiSliceTest {

	@MockitoBean
	InventoryManagement inventories;

	@MockitoBean
	InventoryPages pages;

	@Autowired
	MockMvcTester mvc;

	@Test
	void inventoriesArePagedAsTheRestOfTheOpenDataApi() {
		ApiConventions.pagesFollowTheOpenDataConventions(this.mvc, "/api/v1/inventories");
		ApiConventions.refusedNaming(this.mvc, "/api/v1/inventories?status=SECRET", "status");
	}

}
