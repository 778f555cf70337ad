package org.lccp.membership;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lccp.shared.web.UserText;

/**
 * A national focal point's nomination as posted. There is no country field: the country
 * is the focal point's own, read from its appointment. Rules that span fields (a city for
 * a local government) are checked by the controller.
 */
record NominationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.tooLong}") String nameOriginal,
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.tooLong}") String nameEnglish,
		@NotNull(message = "{validation.required}") InstitutionType type,
		@Size(max = 120, message = "{validation.tooLong}") String city,
		@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
				message = "{validation.url}") String website,
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String contactName,
		@Size(max = 120, message = "{validation.tooLong}") String contactPosition,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.tooLong}") String contactEmail,
		@Size(max = 40, message = "{validation.tooLong}") @Pattern(regexp = "^$|^[0-9+()\\-. ]{5,40}$",
				message = "{validation.phone}") String contactPhone,
		@NotBlank(message = "{validation.required}") @Size(max = 5000,
				message = "{validation.tooLong}") String reason) {

	/** Cleaned before validation, so that the lengths checked are those stored. */
	NominationForm {
		nameOriginal = UserText.clean(nameOriginal);
		nameEnglish = UserText.clean(nameEnglish);
		city = UserText.clean(city);
		website = UserText.clean(website);
		contactName = UserText.clean(contactName);
		contactPosition = UserText.clean(contactPosition);
		contactEmail = contactEmail == null ? null : contactEmail.strip();
		contactPhone = UserText.clean(contactPhone);
		reason = UserText.clean(reason);
	}

	static NominationForm empty() {
		return new NominationForm("", "", null, "", "", "", "", "", "", "");
	}

	/**
	 * The institution's details; the reason for the nomination also stands as its
	 * activities, which the queue and the directory show.
	 */
	ApplicationDetails toDetails(String country) {
		return new ApplicationDetails(this.nameOriginal, this.nameEnglish, this.type, country,
				UserText.cleanOrNull(this.city), UserText.cleanOrNull(this.website), this.reason, Set.of(), Set.of(),
				this.contactName, UserText.cleanOrNull(this.contactPosition), this.contactEmail,
				UserText.cleanOrNull(this.contactPhone), false, null);
	}

}
