package org.lccp.inventory;

import org.junit.jupiter.api.Test;
import org.lccp.support.ControllerSlice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The public calculator as a slice (the API controller and its problem-detail advice, the
 * platform's security chain with the inventory's access rules, the inventory facade a
 * mock): anyone may post without an account or a CSRF token, and a request missing its
 * GPC row is answered with an RFC 9457 problem naming the field, in the reader's
 * language, before the engine is asked.
 */
@ControllerSlice(CalculationApi.class)
@Import({ InventoryAccessRules.class, InventoryApiErrors.class })
class CalculationApiSliceTest {

	@MockitoBean
	InventoryManagement inventories;

	@MockitoBean
	Texts texts;

	@Autowired
	MockMvcTester mvc;

	@Test
	void aCalculationWithoutItsGpcRowIsAProblemNamingTheFieldInTheReadersLanguage() {
		var answer = this.mvc.post()
			.uri("/api/v1/calculations")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ko")
			.content("""
					{"gwpSet":"AR5","gpcRef":" ","fuel":"Natural Gas","amount":1,"unit":"TJ"}""");

		assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).asNumber().isEqualTo(400))
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).asString().isEqualTo("gpcRef"))
			.hasPathSatisfying("$.errors[0].message",
					(message) -> assertThat(message).asString().isEqualTo("GPC 번호가 없습니다."));
		verifyNoInteractions(this.inventories);
	}

	@Test
	void theCalculatorIsOpenWithoutAnAccountOrCsrfTokenButOtherApiWritesAreNot() {
		assertThat(this.mvc.post()
			.uri("/api/v1/calculations")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"gwpSet\":\"AR5\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post().uri("/api/v1/inventories").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

}
