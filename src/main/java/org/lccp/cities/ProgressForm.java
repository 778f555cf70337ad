package org.lccp.cities;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.LocaleNumber;

/**
 * A progress entry as typed by the binder, numbers in the reader's conventions; see
 * {@link ProgressDetails}.
 */
record ProgressForm(@LocaleNumber @Nullable Integer year, @LocaleNumber @Nullable BigDecimal value,
		@LocaleNumber @Nullable BigDecimal shareAchieved, @Nullable String note) {

	static final Map<String, String> LABELS = Map.of("year", "cities.progress.year", "value", "cities.progress.value",
			"shareAchieved", "cities.progress.share", "note", "cities.progress.note");

	static ProgressForm blank() {
		return new ProgressForm(null, null, null, "");
	}

	/** The entry, or null when a field is wrong (each problem on its field). */
	@Nullable ProgressDetails read(FormInput input, Validator validator) {
		if (this.year == null && !input.hasFieldErrors("year")) {
			input.reject("year", "cities.progress.error.year");
		}
		var details = new ProgressDetails(this.year, this.value, this.shareAchieved, TargetRules.blank(this.note));
		input.validate(validator, details);
		return input.hasErrors() ? null : details;
	}

}
