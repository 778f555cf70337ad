package org.lccp.membership;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lccp.shared.security.Role;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The membership application form as a slice (the controller, the platform's security
 * chain with membership's access rules, the facade a mock): only signed-in accounts
 * apply, and a form that breaks a rule or carries a value no choice offers comes back
 * with field errors instead of reaching the facade.
 */
@ControllerSlice(ApplicationController.class)
@Import(MembershipAccessRules.class)
class ApplicationControllerSliceTest {

	@MockitoBean
	MembershipManagement membership;

	@Autowired
	MockMvcTester mvc;

	@Test
	void onlySignedInAccountsApply() {
		assertThat(this.mvc.get().uri("/membership/apply")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		verifyNoInteractions(this.membership);
	}

	@Test
	void aLocalGovernmentWithoutItsCityOrInterestsIsShownAgainWithFieldErrors() {
		var page = apply().param("type", "LOCAL_GOVERNMENT").param("city", "");

		assertThat(page).hasStatusOk()
			.hasViewName("membership/apply")
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("city", "interests");
		assertThat(apply().param("type", "LOCAL_GOVERNMENT").param("city", "")).bodyText()
			.contains("Please give the city for a local government.");
		verifyNoInteractions(this.membership);
	}

	@Test
	void aTypeNoChoiceOffersIsAFieldErrorNotAServerError() {
		assertThat(apply().param("type", "SPACE_AGENCY").param("city", "Sejong")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("type");
		verifyNoInteractions(this.membership);
	}

	private MockMvcRequestBuilder apply() {
		return this.mvc.post()
			.uri("/membership/apply")
			.with(signedIn())
			.with(csrf())
			.param("lang", "en")
			.param("action", "submit")
			.param("nameOriginal", "세종 연구원")
			.param("nameEnglish", "Sejong Research Institute")
			.param("country", "KR")
			.param("activities", "Studies city energy plans.")
			.param("contactName", "Lee Seoyeon")
			.param("contactEmail", "lee@research.example.org");
	}

	private static RequestPostProcessor signedIn() {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(SignedIn.account("Applicant"), null,
				List.of(new SimpleGrantedAuthority(Role.MEMBER.authority()))));
	}

}
