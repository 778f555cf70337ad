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

	/**
	 * A language named in the reader's language (CLDR through the JDK), for sentences
	 * such as a match's reasons; an unknown code is shown as it is.
	 */
	public String languageName(String code) {
		if (code == null || !code.strip().matches("[a-zA-Z]{2,3}")) {
			return code == null ? "" : code;
		}
		var reader = LocaleContextHolder.getLocale();
		var name = java.util.Locale.forLanguageTag(code.strip()).getDisplayLanguage(reader);
		return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
	}

	/**
	 * Several languages, given as comma-separated codes, each named in the reader's
	 * language.
	 */
	public String languageNames(String codes) {
		if (codes == null || codes.isBlank()) {
			return "";
		}
		return java.util.Arrays.stream(codes.split(","))
			.map(String::strip)
			.filter((c) -> !c.isEmpty())
			.map(this::languageName)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/**
	 * Several countries, given as a list of codes, each named in the reader's language.
	 */
	public String countryNames(java.util.Collection<String> codes) {
		return codes.stream().map(this::country).collect(java.util.stream.Collectors.joining(", "));
	}

	/** A language by its own name, so that readers find theirs in any UI language. */
	public String language(String code) {
		return org.lccp.shared.i18n.Language.fromCode(code).map(org.lccp.shared.i18n.Language::nativeName).orElse(code);
	}

	/**
	 * A file's type as people name it ("PDF", "Word", "Excel") instead of its media type
	 * ("application/pdf"); the names are the same in every language.
	 */
	public String fileType(String mediaType) {
		if (mediaType == null || mediaType.isBlank()) {
			return "";
		}
		var type = mediaType.toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
		if (type.equals("application/pdf")) {
			return "PDF";
		}
		if (type.contains("wordprocessingml") || type.equals("application/msword")) {
			return "Word";
		}
		if (type.contains("spreadsheetml") || type.equals("application/vnd.ms-excel")) {
			return "Excel";
		}
		if (type.contains("presentationml") || type.equals("application/vnd.ms-powerpoint")) {
			return "PowerPoint";
		}
		if (type.startsWith("application/vnd.oasis.opendocument.")) {
			return "OpenDocument";
		}
		var slash = type.indexOf('/');
		var sub = slash < 0 ? type : type.substring(slash + 1);
		return sub.replaceFirst("^(x-|vnd\\.)", "").replace("plain", "txt").toUpperCase(java.util.Locale.ROOT);
	}

	public String isoDateTime(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
