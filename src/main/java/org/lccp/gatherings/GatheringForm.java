package org.lccp.gatherings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.web.UserText;

import org.springframework.validation.BindingResult;

/**
 * The secretariat's form describing a gathering. Times are local to the chosen time zone.
 */
record GatheringForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") String type,
		@NotBlank(message = "{validation.required}") String format,
		@Size(max = 300, message = "{validation.tooLong}") String theme,
		@Size(max = 10000, message = "{validation.tooLong}") String summary,
		@NotBlank(message = "{validation.required}") String startsAt,
		@NotBlank(message = "{validation.required}") String endsAt,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String timeZone,
		@Size(max = 120, message = "{validation.tooLong}") String venueCity, String venueCityId,
		@Size(max = 120, message = "{validation.tooLong}") String citySearch, String venueCountry,
		@Size(max = 500, message = "{validation.tooLong}") String venueAddress,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
				message = "{validation.url}") String onlineLink,
		@Size(max = 5000, message = "{validation.tooLong}") String organisers,
		@Size(max = 5000, message = "{validation.tooLong}") String partners,
		@Size(max = 300, message = "{validation.tooLong}") String languages,
		@Size(max = 300, message = "{validation.tooLong}") String interpretation, String capacityInPerson,
		String capacityOnline, String registrationDeadline) {

	static GatheringForm empty() {
		return new GatheringForm("", "", "", "", "", "", "", "Asia/Seoul", "", "", "", "", "", "", "", "", "", "", "",
				"", "");
	}

	static GatheringForm of(GatheringManagement.GatheringView v) {
		var s = v.summary();
		return new GatheringForm(s.title(), s.type().name(), s.format().name(), orEmpty(s.theme()),
				orEmpty(v.description()), GatheringTimes.local(s.startsAt(), s.timeZone()),
				GatheringTimes.local(s.endsAt(), s.timeZone()), s.timeZone(), orEmpty(s.venueCity()),
				s.venueCityId() == null ? "" : s.venueCityId().toString(), "", orEmpty(s.venueCountry()),
				orEmpty(v.venueAddress()), orEmpty(v.onlineLink()), String.join("\n", v.organisers()),
				String.join("\n", v.partners()), orEmpty(v.languages()), orEmpty(v.interpretation()),
				v.capacityInPerson() == null ? "" : v.capacityInPerson().toString(),
				v.capacityOnline() == null ? "" : v.capacityOnline().toString(),
				GatheringTimes.local(v.registrationDeadline(), s.timeZone()));
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** The chosen registry city, or null (none chosen, or not an id). */
	@Nullable UUID cityId() {
		if (this.venueCityId == null || this.venueCityId.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(this.venueCityId.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Refuses a chosen city that is not in the registry (a tampered or outdated choice).
	 */
	void validateCity(BindingResult errors, @Nullable CityRegistry registry, Locale locale) {
		if (this.venueCityId == null || this.venueCityId.isBlank() || errors.hasFieldErrors("venueCityId")) {
			return;
		}
		var id = cityId();
		if (id == null || registry == null || registry.city(id, locale).isEmpty()) {
			errors.rejectValue("venueCityId", "gatherings.validation.unknownCity");
		}
	}

	/** Rules that span fields; field errors name the field to fix. */
	void validate(BindingResult errors) {
		FormValues.choice(GatheringType.class, this.type, "type", errors);
		FormValues.choice(GatheringFormat.class, this.format, "format", errors);
		var start = FormValues.dateTime(this.startsAt, "startsAt", errors);
		var end = FormValues.dateTime(this.endsAt, "endsAt", errors);
		var deadline = FormValues.dateTime(this.registrationDeadline, "registrationDeadline", errors);
		FormValues.capacity(this.capacityInPerson, "capacityInPerson", errors);
		FormValues.capacity(this.capacityOnline, "capacityOnline", errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("endsAt", "gatherings.validation.endBeforeStart");
		}
		if (start != null && deadline != null && deadline.isAfter(start)) {
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
		return new GatheringDetails(UserText.clean(this.title), FormValues.parseChoice(GatheringType.class, this.type),
				FormValues.parseChoice(GatheringFormat.class, this.format), UserText.cleanOrNull(this.theme),
				UserText.cleanOrNull(this.summary), FormValues.parseDateTime(this.startsAt),
				FormValues.parseDateTime(this.endsAt), zone == null ? ZoneId.of("UTC") : zone,
				UserText.cleanOrNull(this.venueCity),
				this.venueCountry == null || this.venueCountry.isBlank() ? null
						: this.venueCountry.strip().toUpperCase(Locale.ROOT),
				UserText.cleanOrNull(this.venueAddress), UserText.cleanOrNull(this.onlineLink),
				UserText.cleanOrNull(this.organisers), UserText.cleanOrNull(this.partners),
				UserText.cleanOrNull(this.languages), UserText.cleanOrNull(this.interpretation),
				FormValues.parseInteger(this.capacityInPerson), FormValues.parseInteger(this.capacityOnline),
				FormValues.parseDateTime(this.registrationDeadline), cityId());
	}

}
