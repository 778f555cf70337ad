package org.lccp.shared.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;

/**
 * Checks of typed form values for facades that validate a whole form at once: every
 * refusal is handed on as a field and a message key, and checking goes on, so that the
 * form shows all its errors together. The keys are the module's own,
 * {@code <prefix>required}, {@code tooLong}, {@code country} and {@code date}; a refused
 * value reads as null or empty. Values that do not convert (an unknown choice, a word for
 * a date) never get here: the binder refuses them as {@code typeMismatch} field errors.
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

	/**
	 * Constant names of the chosen values, each once (the binder has already refused
	 * unknown ones).
	 */
	public <E extends Enum<E>> List<String> names(@Nullable List<E> values, String field, boolean required) {
		var out = new LinkedHashSet<String>();
		if (values != null) {
			values.stream().filter(Objects::nonNull).forEach((value) -> out.add(value.name()));
		}
		if (out.isEmpty() && required) {
			refuse(field, "required");
		}
		return List.copyOf(out);
	}

	/** The constant name of one chosen value, which is required. */
	public @Nullable String name(@Nullable Enum<?> value, String field) {
		if (value == null) {
			refuse(field, "required");
			return null;
		}
		return value.name();
	}

	/** Codes of the chosen platform languages (field {@code languages}), at least one. */
	public List<String> languages(@Nullable List<Language> values) {
		var out = new LinkedHashSet<String>();
		if (values != null) {
			values.stream().filter(Objects::nonNull).forEach((language) -> out.add(language.code()));
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

	/**
	 * The date when it lies between 2000 and 2100 (the binder reads any date of
	 * {@link Dates}' wider bounds).
	 */
	public @Nullable LocalDate date(@Nullable LocalDate value, String field) {
		if (value == null) {
			return null;
		}
		if (value.getYear() < 2000 || value.getYear() > 2100) {
			refuse(field, "date");
			return null;
		}
		return value;
	}

}
