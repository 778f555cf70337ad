package org.lccp.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lccp.shared.i18n.Language;

/**
 * Form records of the account pages. Passwords are checked against the policy by the
 * facade, not here, so that one rule set serves sign-up, reset and change.
 */
final class AccountForms {

	private AccountForms() {
	}

	record SignUp(
			@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
					message = "{validation.tooLong}") String email,
			@NotBlank(message = "{validation.required}") @Size(max = 120,
					message = "{validation.tooLong}") String displayName,
			@NotBlank(message = "{validation.required}") @Size(max = 128,
					message = "{validation.tooLong}") String password,
			@NotBlank(message = "{validation.required}") @Size(max = 128,
					message = "{validation.tooLong}") String passwordRepeat,
			@NotNull(message = "{validation.required}") Language language) {

		static SignUp empty(Language language) {
			return new SignUp("", "", "", "", language);
		}

	}

	record EmailOnly(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(
			max = 254, message = "{validation.tooLong}") String email) {
	}

	record Reset(@NotBlank String token,
			@NotBlank(message = "{validation.required}") @Size(max = 128,
					message = "{validation.tooLong}") String password,
			@NotBlank(message = "{validation.required}") @Size(max = 128,
					message = "{validation.tooLong}") String passwordRepeat) {
	}

	record ChangePassword(
			@NotBlank(message = "{validation.required}") @Size(max = 128,
					message = "{validation.tooLong}") String currentPassword,
			@NotBlank(message = "{validation.required}") @Size(max = 128,
					message = "{validation.tooLong}") String password,
			@NotBlank(message = "{validation.required}") @Size(max = 128,
					message = "{validation.tooLong}") String passwordRepeat) {

		static ChangePassword empty() {
			return new ChangePassword("", "", "");
		}

	}

	record Profile(
			@NotBlank(message = "{validation.required}") @Size(max = 120,
					message = "{validation.tooLong}") String displayName,
			@NotNull(message = "{validation.required}") Language language,
			@Size(max = 300, message = "{validation.tooLong}") String affiliation) {
	}

}
