package org.lccp.gatherings;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.web.Dates;
import org.lccp.shared.web.UserText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The secretariat's form describing a gathering. Times are local to the chosen time zone.
 * Choices, times and numbers are typed: a value that does not convert comes back from the
 * binder as a {@code typeMismatch} field error, with what was typed kept in the field.
 */
record GatheringForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotNull(message = "{validation.required}") @Nullable GatheringType type,
		@NotNull(message = "{validation.required}") @Nullable GatheringFormat format,
		@Size(max = 300, message = "{validation.tooLong}") String theme,
		@Size(max = 10000, message = "{validation.tooLong}") String summary,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = GatheringTimes.INPUT,
				fallbackPatterns = GatheringTimes.INPUT_SECONDS) @Nullable LocalDateTime startsAt,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = GatheringTimes.INPUT,
				fallbackPatterns = GatheringTimes.INPUT_SECONDS) @Nullable LocalDateTime endsAt,
		@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String timeZone,
		@Size(max = 120, message = "{validation.tooLong}") String venueCity, String venueCityId,
		@Size(max = 120, message = "{validation.tooLong}") String citySearch, String venueCountry,
		@Size(max = 500, message = "{validation.tooLong}") String venueAddress,
		@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
				message = "{validation.url}") String onlineLink,
		@Size(max = 5000, message = "{validation.tooLong}") String organisers,
		@Size(max = 5000, message = "{validation.tooLong}") String partners,
		@Size(max = 300, message = "{validation.tooLong}") String languages,
		@Size(max = 300, message = "{validation.tooLong}") String interpretation,
		@PositiveOrZero(message = "{gatherings.validation.negativeCapacity}") @Nullable Integer capacityInPerson,
		@PositiveOrZero(message = "{gatherings.validation.negativeCapacity}") @Nullable Integer capacityOnline,
		@DateTimeFormat(pattern = GatheringTimes.INPUT,
				fallbackPatterns = GatheringTimes.INPUT_SECONDS) @Nullable LocalDateTime registrationDeadline) {

	static GatheringForm empty() {
		return new GatheringForm("", null, null, "", "", null, null, "Asia/Seoul", "", "", "", "", "", "", "", "", "",
				"", null, null, null);
	}

	static GatheringForm of(GatheringManagement.GatheringView v) {
		var s = v.summary();
		return new GatheringForm(s.title(), s.type(), s.format(), orEmpty(s.theme()), orEmpty(v.description()),
				local(s.startsAt(), s.timeZone()), local(s.endsAt(), s.timeZone()), s.timeZone(),
				orEmpty(s.venueCity()), s.venueCityId() == null ? "" : s.venueCityId().toString(), "",
				orEmpty(s.venueCountry()), orEmpty(v.venueAddress()), orEmpty(v.onlineLink()),
				String.join("\n", v.organisers()), String.join("\n", v.partners()), orEmpty(v.languages()),
				orEmpty(v.interpretation()), v.capacityInPerson(), v.capacityOnline(),
				local(v.registrationDeadline(), s.timeZone()));
	}

	/** The time as the form shows it: in the gathering's zone, to the minute. */
	static @Nullable LocalDateTime local(@Nullable Instant instant, String zone) {
		return instant == null ? null
				: LocalDateTime.ofInstant(instant, ZoneId.of(zone)).truncatedTo(ChronoUnit.MINUTES);
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
		var start = withinBounds(this.startsAt, "startsAt", errors);
		var end = withinBounds(this.endsAt, "endsAt", errors);
		var deadline = withinBounds(this.registrationDeadline, "registrationDeadline", errors);
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

	/**
	 * The time when it lies within {@link Dates}' bounds; outside, a field error naming
	 * the bounds (the format reads any year, so that a far one is told apart from
	 * nonsense).
	 */
	static @Nullable LocalDateTime withinBounds(@Nullable LocalDateTime time, String field, BindingResult errors) {
		if (time == null) {
			return null;
		}
		if (!Dates.sane(time)) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, Dates.OUT_OF_RANGE, Dates.bounds(), null);
			}
			return null;
		}
		return time;
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
				this.capacityOnline, this.registrationDeadline, cityId());
	}

}
