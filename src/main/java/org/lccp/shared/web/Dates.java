package org.lccp.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * The bounds of every date and year the platform accepts, in forms, request parameters,
 * API bodies and imports: 1900 to 2200. Nothing the platform records (gatherings,
 * publications, targets, facts) lies outside, while every database column and every
 * format the platform writes (RSS dates with four-digit years, iCalendar, spreadsheets)
 * holds them. Values outside are refused with {@link #OUT_OF_RANGE}, never stored.
 */
public final class Dates {

	public static final int EARLIEST_YEAR = 1900;

	public static final int LATEST_YEAR = 2200;

	/**
	 * Message key of the field error for a date outside the bounds; arguments are the
	 * bounds.
	 */
	public static final String OUT_OF_RANGE = "validation.date.range";

	private static final Instant EARLIEST = LocalDate.of(EARLIEST_YEAR, 1, 1)
		.atStartOfDay()
		.toInstant(ZoneOffset.UTC)
		.minusSeconds(86_400);

	private static final Instant LATEST = LocalDate.of(LATEST_YEAR + 1, 1, 1)
		.atStartOfDay()
		.toInstant(ZoneOffset.UTC)
		.plusSeconds(86_400);

	private Dates() {
	}

	/** The arguments of {@link #OUT_OF_RANGE}. */
	public static Object[] bounds() {
		return new Object[] { String.valueOf(EARLIEST_YEAR), String.valueOf(LATEST_YEAR) };
	}

	public static boolean sane(int year) {
		return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
	}

	public static boolean sane(@Nullable LocalDate date) {
		return date != null && sane(date.getYear());
	}

	public static boolean sane(@Nullable LocalDateTime time) {
		return time != null && sane(time.getYear());
	}

	/** Whether an instant lies within the bounds, give or take a day for time zones. */
	public static boolean sane(@Nullable Instant instant) {
		return instant != null && !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
	}

	/**
	 * An ISO date ({@code 2030-05-01}), or null when it does not parse or lies outside.
	 */
	public static @Nullable LocalDate parseDate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			var date = LocalDate.parse(text.strip());
			return sane(date) ? date : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * An ISO local date and time ({@code 2030-05-01T09:30}), or null when it does not
	 * parse or lies outside.
	 */
	public static @Nullable LocalDateTime parseDateTime(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			var time = LocalDateTime.parse(text.strip());
			return sane(time) ? time : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A year within the bounds, or null when the text is not one. */
	public static @Nullable Integer parseYear(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			var year = Integer.parseInt(text.strip());
			return sane(year) ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether a text parses as an ISO date or date-time but lies outside the bounds: the
	 * field error then names the bounds instead of the format.
	 */
	public static boolean outOfRange(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		var value = text.strip();
		try {
			return !sane(value.contains("T") ? LocalDateTime.parse(value).getYear() : LocalDate.parse(value).getYear());
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
