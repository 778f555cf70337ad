package org.lccp.cities;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * A progress entry as typed; see {@link ProgressDetails}. Numbers stay text until
 * {@link #read} checks them, so nothing typed is lost on an error.
 */
record ProgressForm(@Nullable String year, @Nullable String value, @Nullable String shareAchieved,
		@Nullable String note) {

	static final Map<String, String> LABELS = Map.of("year", "cities.progress.year", "value", "cities.progress.value",
			"shareAchieved", "cities.progress.share", "note", "cities.progress.note");

	static ProgressForm blank() {
		return new ProgressForm("", "", "", "");
	}

	/** The entry, or null when a field is wrong (each problem on its field). */
	@Nullable ProgressDetails read(BindingResult errors, Locale locale, Validator validator) {
		var input = new FormInput(errors, locale, LABELS);
		if (TargetRules.blank(this.year) == null) {
			input.reject("year", "cities.progress.error.year");
		}
		var details = new ProgressDetails(input.year("year", this.year), input.number("value", this.value),
				input.number("shareAchieved", this.shareAchieved), TargetRules.blank(this.note));
		input.validate(validator, details);
		return input.hasErrors() ? null : details;
	}

}
