package org.lccp.cities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * Reads the text fields of a form into typed values, and puts every problem on its field
 * with a message that names the field ("Year: please enter …"), so that a reader of the
 * error summary or a screen reader knows which field is meant. The form itself keeps the
 * text as typed, so nothing entered is lost when the page comes back with errors.
 */
final class FormInput {

	static final String NAMED = "cities.form.namedError";

	private final BindingResult errors;

	private final Locale locale;

	private final Map<String, String> labels;

	FormInput(BindingResult errors, Locale locale, Map<String, String> labels) {
		this.errors = errors;
		this.locale = locale;
		this.labels = labels;
	}

	@Nullable Integer year(String field, @Nullable String raw) {
		if (blank(raw)) {
			return null;
		}
		var year = NumberInput.whole(raw, this.locale);
		if (year.isEmpty()) {
			reject(field, "cities.form.error.year");
			return null;
		}
		return year.get();
	}

	@Nullable BigDecimal number(String field, @Nullable String raw) {
		if (blank(raw)) {
			return null;
		}
		var number = NumberInput.decimal(raw, this.locale);
		if (number.isEmpty()) {
			reject(field, "cities.form.error.number");
			return null;
		}
		return number.get();
	}

	@Nullable UUID id(String field, @Nullable String raw) {
		if (blank(raw)) {
			return null;
		}
		try {
			return UUID.fromString(raw.strip());
		}
		catch (IllegalArgumentException ex) {
			reject(field, "cities.target.error.supersededBy");
			return null;
		}
	}

	/** Text as entered, refused when longer than the column holds. */
	@Nullable String text(String field, @Nullable String raw, int max) {
		if (raw != null && raw.length() > max) {
			reject(field, "cities.form.error.tooLong", max);
		}
		return raw;
	}

	void reject(String field, String key, Object... args) {
		var label = this.labels.get(field);
		var message = new DefaultMessageSourceResolvable(new String[] { key }, args, key);
		if (label == null) {
			try {
				this.errors.rejectValue(field, key, args, key);
			}
			catch (RuntimeException notAField) {
				this.errors.reject(key, args, key);
			}
			return;
		}
		this.errors.rejectValue(field, NAMED,
				new Object[] { new DefaultMessageSourceResolvable(new String[] { label }, label), message }, key);
	}

	/** Puts the registry's rule violations on their fields, once per field. */
	void reject(List<TargetRules.Violation> violations) {
		for (var v : violations) {
			if (!this.errors.hasFieldErrors(v.field())) {
				reject(v.field(), v.key(), v.args());
			}
		}
	}

	/**
	 * Adds the bean-validation limits of the typed record (lengths, ranges) on fields the
	 * rules left without a message.
	 */
	void validate(Validator validator, Object details) {
		for (var violation : validator.validate(details)) {
			var field = violation.getPropertyPath().toString();
			if (!this.errors.hasFieldErrors(field)) {
				var label = this.labels.get(field);
				var message = new DefaultMessageSourceResolvable(null, null, violation.getMessage());
				this.errors.rejectValue(field, NAMED,
						new Object[] { new DefaultMessageSourceResolvable(
								new String[] { label == null ? field : label }, field), message },
						violation.getMessage());
			}
		}
	}

	boolean hasErrors() {
		return this.errors.hasErrors();
	}

	/** The choice of a list, or null when none or an unknown one was sent. */
	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String raw) {
		if (blank(raw)) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(@Nullable String raw) {
		return raw == null || raw.isBlank();
	}

}
