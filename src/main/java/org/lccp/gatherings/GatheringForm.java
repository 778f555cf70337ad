package org.lccp.gatherings;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.web.UserText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The secretariat's form describing a gathering. Times are local to the chosen time zone.
 */
record GatheringForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotNull(message = "{validation.required}") GatheringType type,
		@NotNull(message = "{validation.required}") GatheringFormat format,
		@Size(max = 300, message = "{validation.tooLong}") String theme,
		@Size(max = 10000, message = "{validation.tooLong}") String summary,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String timeZone,
		@Size(max = 120, message = "{validation.tooLong}") String venueCity, String venueCountry,
		@Size(max = 500, message = "{validation.tooLong}") String venueAddress,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
				message = "{validation.url}") String onlineLink,
		@Size(max = 5000, message = "{validation.tooLong}") String organisers,
		@Size(max = 5000, message = "{validation.tooLong}") String partners,
		@Size(max = 300, message = "{validation.tooLong}") String languages,
		@Size(max = 300, message = "{validation.tooLong}") String interpretation,
		@Min(value = 0, message = "{gatherings.validation.negativeCapacity}") Integer capacityInPerson,
		@Min(value = 0, message = "{gatherings.validation.negativeCapacity}") Integer capacityOnline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationDeadline) {

	static GatheringForm empty() {
		return new GatheringForm("", null, null, "", "", null, null, "Asia/Seoul", "", "", "", "", "", "", "", "", null,
				null, null);
	}

	static GatheringForm of(GatheringManagement.GatheringView v) {
		var s = v.summary();
		var zone = ZoneId.of(s.timeZone());
		return new GatheringForm(s.title(), s.type(), s.format(), orEmpty(s.theme()), orEmpty(v.description()),
				LocalDateTime.ofInstant(s.startsAt(), zone), LocalDateTime.ofInstant(s.endsAt(), zone), s.timeZone(),
				orEmpty(s.venueCity()), orEmpty(s.venueCountry()), orEmpty(v.venueAddress()), orEmpty(v.onlineLink()),
				String.join("\n", v.organisers()), String.join("\n", v.partners()), orEmpty(v.languages()),
				orEmpty(v.interpretation()), v.capacityInPerson(), v.capacityOnline(),
				v.registrationDeadline() == null ? null : LocalDateTime.ofInstant(v.registrationDeadline(), zone));
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** Rules that span fields; field errors name the field to fix. */
	void validate(BindingResult errors) {
		if (this.startsAt != null && this.endsAt != null && this.endsAt.isBefore(this.startsAt)) {
			errors.rejectValue("endsAt", "gatherings.validation.endBeforeStart");
		}
		if (this.startsAt != null && this.registrationDeadline != null
				&& this.registrationDeadline.isAfter(this.startsAt)) {
			errors.rejectValue("registrationDeadline", "gatherings.validation.deadlineAfterStart");
		}
		if (this.timeZone != null && !this.timeZone.isBlank() && zone() == null) {
			errors.rejectValue("timeZone", "gatherings.validation.timeZone");
		}
		if (this.venueCountry != null && !this.venueCountry.isBlank()
				&& !Countries.isKnown(this.venueCountry.strip().toUpperCase(Locale.ROOT))) {
			errors.rejectValue("venueCountry", "validation.country");
		}
	}

	private @Nullable ZoneId zone() {
		try {
			return ZoneId.of(this.timeZone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	GatheringDetails toDetails() {
		var zone = zone();
		return new GatheringDetails(UserText.clean(this.title), this.type, this.format,
				UserText.cleanOrNull(this.theme), UserText.cleanOrNull(this.summary), this.startsAt, this.endsAt,
				zone == null ? ZoneId.of("UTC") : zone, UserText.cleanOrNull(this.venueCity),
				this.venueCountry == null || this.venueCountry.isBlank() ? null
						: this.venueCountry.strip().toUpperCase(Locale.ROOT),
				UserText.cleanOrNull(this.venueAddress), UserText.cleanOrNull(this.onlineLink),
				UserText.cleanOrNull(this.organisers), UserText.cleanOrNull(this.partners),
				UserText.cleanOrNull(this.languages), UserText.cleanOrNull(this.interpretation), this.capacityInPerson,
				this.capacityOnline, this.registrationDeadline);
	}

}
