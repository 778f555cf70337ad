package org.lccp.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;

/**
 * Checks of posted values for facades that validate a whole form at once: every refusal
 * is handed on as a field and a message key, and checking goes on, so that the form shows
 * all its errors together. The keys are the module's own, {@code <prefix>required},
 * {@code tooLong}, {@code unknownChoice}, {@code language}, {@code country} and
 * {@code date}; a refused value reads as null or empty.
 */
public final class FieldChecks {

	private final String prefix;

	private final BiConsumer<String, String> refusals;

	/**
	 * @param prefix start of the message keys, e.g. {@code capacity.error.}
	 * @param refusals receives the field and the message key of each refusal
	 */
	public FieldChecks(String prefix, BiConsumer<String, String> refusals) {
		this.prefix = prefix;
		this.refusals = refusals;
	}

	private void refuse(String field, String what) {
		this.refusals.accept(field, this.prefix + what);
	}

	/** Cleaned text of at most {@code max} characters; null when empty. */
	public @Nullable String text(@Nullable String value, int max, String field, boolean required) {
		var cleaned = value == null ? null : UserText.clean(value);
		if (cleaned == null || cleaned.isEmpty()) {
			if (required) {
				refuse(field, "required");
			}
			return null;
		}
		if (cleaned.length() > max) {
			refuse(field, "tooLong");
			return null;
		}
		return cleaned;
	}

	/** Constant names of an enum, each once; empty when one of them is unknown. */
	public <E extends Enum<E>> List<String> codes(List<String> values, Class<E> type, String field, boolean required) {
		var out = new LinkedHashSet<String>();
		for (var value : values) {
			try {
				out.add(Enum.valueOf(type, value == null ? "" : value.strip()).name());
			}
			catch (IllegalArgumentException ex) {
				refuse(field, "unknownChoice");
				return List.of();
			}
		}
		if (out.isEmpty() && required) {
			refuse(field, "required");
		}
		return List.copyOf(out);
	}

	/** The constant name of one enum value, which is required. */
	public <E extends Enum<E>> @Nullable String code(@Nullable String value, Class<E> type, String field) {
		if (value == null || value.isBlank()) {
			refuse(field, "required");
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip()).name();
		}
		catch (IllegalArgumentException ex) {
			refuse(field, "unknownChoice");
			return null;
		}
	}

	/** Codes of the platform's languages (field {@code languages}), at least one. */
	public List<String> languages(List<String> values) {
		var out = new LinkedHashSet<String>();
		for (var value : values) {
			var code = value == null ? "" : value.strip();
			var language = Language.fromCode(code);
			if (language.isEmpty() || !language.get().code().equals(code)) {
				refuse("languages", "language");
				return List.of();
			}
			out.add(code);
		}
		if (out.isEmpty()) {
			refuse("languages", "required");
		}
		return List.copyOf(out);
	}

	/** An ISO country code (field {@code country}), upper-cased. */
	public @Nullable String country(@Nullable String value, boolean required) {
		var code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			if (required) {
				refuse("country", "required");
			}
			return null;
		}
		if (!Countries.isKnown(code)) {
			refuse("country", "country");
			return null;
		}
		return code;
	}

	/** An ISO date between 2000 and 2100; null when empty. */
	public @Nullable LocalDate date(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			var d = LocalDate.parse(value.strip());
			if (d.getYear() < 2000 || d.getYear() > 2100) {
				refuse(field, "date");
				return null;
			}
			return d;
		}
		catch (DateTimeParseException ex) {
			refuse(field, "date");
			return null;
		}
	}

}
