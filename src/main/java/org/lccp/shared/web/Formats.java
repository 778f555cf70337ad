package org.lccp.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.NumberFormat;

import org.lccp.shared.i18n.Countries;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and country names in the reader's language, for templates as
 * {@code @fmt}.
 */
@Component("fmt")
public class Formats {

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date);
	}

	/**
	 * Instants are shown in UTC, with the zone named, because members sit in several time
	 * zones.
	 */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZoneOffset.UTC)
			.format(instant) + " UTC";
	}

	public String number(Number number) {
		if (number == null) {
			return "";
		}
		return NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(number);
	}

	public String country(String code) {
		return Countries.name(code, LocaleContextHolder.getLocale());
	}

	/** A language by its own name, so that readers find theirs in any UI language. */
	public String language(String code) {
		return org.lccp.shared.i18n.Language.fromCode(code).map(org.lccp.shared.i18n.Language::nativeName).orElse(code);
	}

	public String isoDateTime(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
