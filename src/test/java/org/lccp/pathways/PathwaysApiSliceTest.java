package org.lccp.pathways;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.shared.web.NotFoundException;
import org.lccp.support.ApiConventions;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

/**
 * The pathways API and page as a slice (the controllers, the platform's error handling
 * and security chain with the pathways access rules, the facade a mock that refuses an
 * unknown city or version as the real one does): a missing record is a 404 problem, a
 * version that is not a number a 400.
 */
@ControllerSlice({ PathwaysApi.class, PathwaysController.class })
@Import(PathwaysAccessRules.class)
class PathwaysApiSliceTest {

	@MockitoBean
	PathwaysManagement pathways;

	@MockitoBean
	PathwayChart chart;

	@Autowired
	MockMvcTester mvc;

	final UUID city = UUID.randomUUID();

	@Test
	void unknownCityOrVersionIsNotFoundAsProblemDetails() {
		given(this.pathways.city(any(), any())).willThrow(new NotFoundException("cities.city.notFound") {
		});
		willThrow(new PathwaysManagement.ScenarioNotFoundException(9)).given(this.pathways).city(eq(this.city), eq(9));

		var visitor = SliceSession.anonymous(this.mvc);
		var missing = visitor.get("/api/v1/cities/" + UUID.randomUUID() + "/pathways", "Accept", "application/json");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		assertThat(visitor.get("/api/v1/cities/" + this.city + "/pathways?version=9").status()).isEqualTo(404);
		assertThat(visitor.get("/api/v1/cities/" + this.city + "/pathways?version=abc").status()).isEqualTo(400);
		assertThat(visitor.get("/cities/" + this.city + "/pathways?version=9").status()).isEqualTo(404);
	}

	@Test
	void aVersionOfTheWrongFormIsAProblemNamingIt() {
		ApiConventions.refusedNaming(this.mvc, "/api/v1/cities/" + UUID.randomUUID() + "/pathways?version=abc",
				"version");
	}

}
