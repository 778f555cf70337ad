package org.lccp.membership;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.web.UserText;

/**
 * The membership application form as posted. The country is bound as a
 * {@link CountryCode}: a code no country has is the binder's {@code typeMismatch} field
 * error. Rules that span fields (a city for local governments) are checked by the
 * controller.
 */
record ApplicationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.tooLong}") String nameOriginal,
		@NotBlank(message = "{validation.required}") @Size(max = 300,
				message = "{validation.tooLong}") String nameEnglish,
		@NotNull(message = "{validation.required}") InstitutionType type,
		@NotNull(message = "{validation.required}") CountryCode country,
		@Size(max = 120, message = "{validation.tooLong}") String city,
		@Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
				message = "{validation.url}") String website,
		@NotBlank(message = "{validation.required}") @Size(
				max = 5000, message = "{validation.tooLong}") String activities,
		Set<ActivityArea> interests, Set<Sector> sectors,
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") String contactName,
		@Size(max = 120, message = "{validation.tooLong}") String contactPosition,
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.tooLong}") String contactEmail,
		@Size(max = 40, message = "{validation.tooLong}") @Pattern(regexp = "^$|^[0-9+()\\-. ]{5,40}$",
				message = "{validation.phone}") String contactPhone,
		boolean offersExperts, ActivityArea resourceCentreArea) {

	/**
	 * Cleans the texts before validation, so that the lengths checked are those stored:
	 * NFC composition can make a text longer than typed.
	 */
	ApplicationForm {
		nameOriginal = UserText.clean(nameOriginal);
		nameEnglish = UserText.clean(nameEnglish);
		city = UserText.clean(city);
		website = UserText.clean(website);
		activities = UserText.clean(activities);
		contactName = UserText.clean(contactName);
		contactPosition = UserText.clean(contactPosition);
		contactPhone = UserText.clean(contactPhone);
	}

	static ApplicationForm empty(String email, String name) {
		return new ApplicationForm("", "", null, null, "", "", "", Set.of(), Set.of(), name, "", email, "", false,
				null);
	}

	static ApplicationForm of(ApplicationDetails d) {
		return new ApplicationForm(d.nameOriginal(), d.nameEnglish(), d.type(),
				Countries.isKnown(d.country()) ? new CountryCode(d.country()) : null, d.city(), d.website(),
				d.activities(), d.interests(), d.sectors(), d.contactName(), d.contactPosition(), d.contactEmail(),
				d.contactPhone(), d.offersExperts(), d.resourceCentreArea());
	}

	ApplicationDetails toDetails() {
		return new ApplicationDetails(UserText.clean(this.nameOriginal), UserText.clean(this.nameEnglish), this.type,
				this.country.code(), UserText.cleanOrNull(this.city), UserText.cleanOrNull(this.website),
				UserText.clean(this.activities), this.interests, this.sectors, UserText.clean(this.contactName),
				UserText.cleanOrNull(this.contactPosition), this.contactEmail.strip(),
				UserText.cleanOrNull(this.contactPhone), this.offersExperts, this.resourceCentreArea);
	}

}
