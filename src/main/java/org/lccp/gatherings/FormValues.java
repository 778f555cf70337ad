package org.lccp.gatherings;

import java.time.LocalDateTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.Dates;

import org.springframework.validation.BindingResult;

/**
 * Reads typed values from form fields posted as text. A value that does not parse becomes
 * a field error with a clear message, never a failed binding (which would leave the form
 * record unbuilt and the page unrenderable).
 */
final class FormValues {

	private FormValues() {
	}

	/** A local date and time within {@link Dates}' bounds, or null. */
	static @Nullable LocalDateTime parseDateTime(@Nullable String text) {
		return Dates.parseDateTime(text);
	}

	static @Nullable Integer parseInteger(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static <E extends Enum<E>> @Nullable E parseChoice(Class<E> type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static @Nullable LocalDateTime dateTime(@Nullable String text, String field, BindingResult errors) {
		var value = parseDateTime(text);
		if (value == null && text != null && !text.isBlank() && !errors.hasFieldErrors(field)) {
			if (Dates.outOfRange(text)) {
				errors.rejectValue(field, Dates.OUT_OF_RANGE, Dates.bounds(), null);
			}
			else {
				errors.rejectValue(field, "gatherings.validation.dateTime");
			}
		}
		return value;
	}

	static void capacity(@Nullable String text, String field, BindingResult errors) {
		if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
			return;
		}
		var value = parseInteger(text);
		if (value == null) {
			errors.rejectValue(field, "gatherings.validation.wholeNumber");
		}
		else if (value < 0) {
			errors.rejectValue(field, "gatherings.validation.negativeCapacity");
		}
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String text, String field,
			BindingResult errors) {
		var value = parseChoice(type, text);
		if (value == null && text != null && !text.isBlank() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "gatherings.validation.choice");
		}
		return value;
	}

}
