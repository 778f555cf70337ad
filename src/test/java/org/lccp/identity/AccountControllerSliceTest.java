package org.lccp.identity;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.support.ControllerSlice;
import org.lccp.support.SliceSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Sign-up as a slice (the account controller, the platform's security chain with the
 * identity access rules, the accounts a mock that refuses passwords by the platform's
 * real password policy, as the facade does before anything else): a refused password is a
 * field error, and a form without the session's CSRF token never reaches the facade.
 */
@ControllerSlice(AccountController.class)
@Import(IdentityAccessRules.class)
class AccountControllerSliceTest {

	@MockitoBean
	AccountManagement accounts;

	@Autowired
	MockMvcTester mvc;

	final PasswordPolicy policy = new PasswordPolicy();

	@BeforeEach
	void refusePasswordsAsTheFacadeDoes() {
		willAnswer((call) -> {
			this.policy.check(call.getArgument(1), call.getArgument(0)).ifPresent((key) -> {
				throw new AccountManagement.PasswordRejectedException(key);
			});
			return null;
		}).given(this.accounts).signUp(anyString(), anyString(), anyString(), any());
	}

	static String uniqueEmail(String label) {
		return label + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
	}

	SliceSession visitor() {
		return SliceSession.anonymous(this.mvc);
	}

	@Test
	void signUpRefusesShortAndCommonPasswordsWithFieldErrors() {
		var web = visitor();
		var shortOne = web.post("/signup", "email", uniqueEmail("short"), "displayName", "Short", "password", "abc123",
				"passwordRepeat", "abc123", "language", "EN");
		assertThat(shortOne.status()).isEqualTo(200);
		assertThat(shortOne.html().select("#password-error").text()).contains("12");

		var common = web.post("/signup", "email", uniqueEmail("common"), "displayName", "Common", "password",
				"password1234", "passwordRepeat", "password1234", "language", "EN");
		assertThat(common.status()).isEqualTo(200);
		assertThat(common.html().select("#password-error").text()).isNotBlank();
	}

	/** From {@code AccessRulesTest}. */
	@Test
	void anonymousSignUpWithoutCsrfTokenIsRefusedAndStoresNothing() {
		var email = "csrf." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
		var web = visitor();
		web.get("/signup");

		var refused = web.postRaw("/signup", "email", email, "displayName", "No Token", "password",
				"quiet harbour lanterns at dusk", "passwordRepeat", "quiet harbour lanterns at dusk", "language", "EN");

		assertThat(refused.status()).isEqualTo(403);
		// the full test looked for the account and its mail in the database; here the
		// refused form never reaches the facade
		verifyNoInteractions(this.accounts);
	}

}
