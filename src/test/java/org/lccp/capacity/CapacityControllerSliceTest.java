package org.lccp.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.security.Role;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The capacity pages as a slice (the controller, the platform's security chain with the
 * capacity access rules, the facade a mock): who may open the posting forms, an unknown
 * need is a missing page, and a country no code names is refused by the binder.
 */
@ControllerSlice(CapacityController.class)
@Import(CapacityAccessRules.class)
class CapacityControllerSliceTest {

	@MockitoBean
	CapacityManagement capacity;

	@Autowired
	MockMvcTester mvc;

	@Test
	void rolesThatDoNotPostAreTurnedAway() {
		var need = new Views.Need(UUID.randomUUID(), "GHG inventory training for district staff",
				"Two days on the GPC for twelve officers.", List.of("GHG_INVENTORY"), null, "TRAINING",
				List.of("en", "mn"), "MN", "District energy officers", null, LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 6, 30), "OPEN", null, UUID.randomUUID(), Instant.parse("2026-11-02T08:00:00Z"), null,
				null);
		given(this.capacity.openNeeds(anyInt(), anyInt()))
			.willReturn(new PageImpl<>(List.of(need), PageRequest.of(0, 20), 1));
		given(this.capacity.openOffers(anyInt(), anyInt()))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));
		given(this.capacity.need(any())).willThrow(new CapacityNotFoundException());

		assertThat(anonymous().get("/capacity/needs/new").status()).isEqualTo(302);
		assertThat(signedIn(Role.EXPERT).get("/capacity/needs/new").status()).isEqualTo(403);
		assertThat(signedIn(Role.CITY_FOCAL_POINT).get("/capacity/offers/new").status()).isEqualTo(403);
		assertThat(signedIn(Role.CITY_FOCAL_POINT).get("/capacity/needs/new").status()).isEqualTo(200);
		assertThat(anonymous().get("/capacity").status()).isEqualTo(200);
		assertThat(anonymous().get("/capacity/needs/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aCountryNoCodeNamesIsTheCountrysFieldErrorInTheReadersLanguageAndNoNeedIsPosted() {
		var focal = signedIn(Role.CITY_FOCAL_POINT);
		var page = focal.post("/capacity/needs?lang=ru", "title", "Обучение", "topics", "GHG_INVENTORY", "kind",
				"TRAINING", "languages", "mn", "country", "Монголия");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#country-error").text()).isEqualTo("Выберите страну из списка.");
		verify(this.capacity, never()).postNeed(any());

		given(this.capacity.postNeed(any())).willReturn(UUID.randomUUID());
		assertThat(focal
			.post("/capacity/needs", "title", "Training", "topics", "GHG_INVENTORY", "kind", "TRAINING", "languages",
					"mn", "country", "mn")
			.status()).isEqualTo(302);
		verify(this.capacity).postNeed(argThat((form) -> new CountryCode("MN").equals(form.country())));
	}

	private SliceSession anonymous() {
		return SliceSession.anonymous(this.mvc);
	}

	private SliceSession signedIn(Role role) {
		return SliceSession.signedIn(this.mvc, role);
	}

}
