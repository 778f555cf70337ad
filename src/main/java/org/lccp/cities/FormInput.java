package org.lccp.cities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.TypedText;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.WebRequest;

/**
 * The errors of a bound form, each on its field with a message that names the field
 * ("Year: please enter …"), so that a reader of the error summary or a screen reader
 * knows which field is meant. The binder has already typed the values (numbers in the
 * reader's conventions, see {@link org.lccp.shared.web.LocaleNumber}); a value that did
 * not convert keeps its text and its {@code typeMismatch} message, named here. Numbers
 * that did convert are shown as typed ("2,020"), not as the form would print them, so
 * nothing entered is lost when the page comes back.
 */
final class FormInput {

	static final String NAMED = "cities.form.namedError";

	private static final String NUMBER = "cities.form.error.number";

	private final BindingResult errors;

	private final Map<String, String> labels;

	private FormInput(BindingResult errors, Map<String, String> labels) {
		this.errors = errors;
		this.labels = labels;
	}

	/**
	 * The errors of the bound form, with the binder's conversion errors named by their
	 * field, and numbers shown as typed; the page's model shows these from now on.
	 */
	static FormInput of(BindingResult bound, Map<String, String> labels, Model model, WebRequest request) {
		var named = TypedText.keep(bound, request, (error) -> named(error, labels, bound));
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), named);
		return new FormInput(named, labels);
	}

	/**
	 * A value that did not convert, named by its field. A year keeps the platform's year
	 * message; other numbers show examples in the reader's own separators, which the
	 * binder's general message cannot.
	 */
	private static FieldError named(FieldError error, Map<String, String> labels, BindingResult bound) {
		var label = labels.get(error.getField());
		if (label == null || !error.isBindingFailure()) {
			return error;
		}
		MessageSourceResolvable message = (bound.getFieldType(error.getField()) == BigDecimal.class)
				? new DefaultMessageSourceResolvable(NUMBER) : error;
		return new FieldError(error.getObjectName(), error.getField(), error.getRejectedValue(), true,
				new String[] { NAMED }, new Object[] { labelOf(label), message }, error.getDefaultMessage());
	}

	@Nullable UUID id(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
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
		rejectNamed(field, new Object[] { labelOf(label), message }, key);
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
				rejectNamed(field, new Object[] { labelOf(label == null ? field : label), message },
						violation.getMessage());
			}
		}
	}

	private void rejectNamed(String field, Object[] args, String defaultMessage) {
		this.errors.rejectValue(field, NAMED, args, defaultMessage);
	}

	boolean hasErrors() {
		return this.errors.hasErrors();
	}

	boolean hasFieldErrors(String field) {
		return this.errors.hasFieldErrors(field);
	}

	private static DefaultMessageSourceResolvable labelOf(String label) {
		return new DefaultMessageSourceResolvable(new String[] { label }, label);
	}

}
