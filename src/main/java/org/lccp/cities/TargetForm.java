package org.lccp.cities;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * The target form as typed: years, values and shares stay text until {@link #read} checks
 * them, so a page that comes back with errors keeps every value entered. See
 * {@link TargetDetails} for the meaning of the fields. A unit is one of the registry's
 * codes, offered as a list; one the registry does not know is refused on the field. The
 * conditional box is a nullable Boolean because an unticked box sends nothing, which a
 * primitive cannot take.
 */
record TargetForm(@Nullable String type, @Nullable String neutralityKind, @Nullable String title,
		@Nullable String baseYear, @Nullable String baseValue, @Nullable String targetYear,
		@Nullable String targetValue, @Nullable String reductionPercent, @Nullable String reductionPercentHigh,
		@Nullable String unit, @Nullable String valueDescription, @Nullable String gases, @Nullable String sectors,
		@Nullable String scopes, @Nullable Boolean conditional, @Nullable String status, @Nullable String supersededBy,
		@Nullable String policy, @Nullable String sourceDocument, @Nullable String sourcePage,
		@Nullable String sourceLink) {

	/** Message keys of the field labels, for messages that name their field. */
	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("type", "cities.target.type"),
			Map.entry("neutralityKind", "cities.target.neutralityKind"), Map.entry("status", "cities.target.status"),
			Map.entry("title", "cities.target.title"), Map.entry("baseYear", "cities.target.baseYear"),
			Map.entry("baseValue", "cities.target.baseValue"), Map.entry("targetYear", "cities.target.targetYear"),
			Map.entry("targetValue", "cities.target.targetValue"), Map.entry("reductionPercent", "cities.target.cut"),
			Map.entry("reductionPercentHigh", "cities.target.cutHigh"), Map.entry("unit", "cities.target.unit"),
			Map.entry("valueDescription", "cities.target.valueDescription"), Map.entry("gases", "cities.target.gases"),
			Map.entry("sectors", "cities.target.sectors"), Map.entry("scopes", "cities.target.scopes"),
			Map.entry("supersededBy", "cities.target.supersededById"), Map.entry("policy", "cities.target.policy"),
			Map.entry("sourceDocument", "cities.target.source"), Map.entry("sourcePage", "cities.target.sourcePage"),
			Map.entry("sourceLink", "cities.target.sourceLink"));

	static TargetForm blank() {
		return of(TargetDetails.blank());
	}

	static TargetForm of(TargetDetails t) {
		return new TargetForm(name(t.type()), name(t.neutralityKind()), t.title(), NumberInput.plain(t.baseYear()),
				NumberInput.plain(t.baseValue()), NumberInput.plain(t.targetYear()), NumberInput.plain(t.targetValue()),
				NumberInput.plain(t.reductionPercent()), NumberInput.plain(t.reductionPercentHigh()),
				t.unit() == null ? "" : t.unit().code(), t.valueDescription(), t.gases(), t.sectors(), t.scopes(),
				t.conditional(), name(t.status()), t.supersededBy() == null ? "" : t.supersededBy().toString(),
				t.policy(), t.sourceDocument(), t.sourcePage(), t.sourceLink());
	}

	/**
	 * The target the form describes, checked against the registry's rules; null when any
	 * field is wrong, with every problem on its field.
	 */
	@Nullable TargetDetails read(BindingResult errors, Locale locale, Validator validator) {
		var input = new FormInput(errors, locale, LABELS);
		var chosenType = FormInput.choice(TargetType.class, this.type);
		var chosenStatus = FormInput.choice(TargetStatus.class, this.status);
		if (TargetRules.blank(this.title) == null) {
			input.reject("title", "cities.target.error.title");
		}
		if (chosenStatus == null) {
			input.reject("status", "cities.target.error.status");
		}
		if (TargetRules.blank(this.sourceDocument) == null) {
			input.reject("sourceDocument", "cities.target.error.source");
		}
		var unit = RegistryUnit.ofCode(TargetRules.blank(this.unit));
		if (TargetRules.blank(this.unit) != null && unit.isEmpty()) {
			input.reject(List.of(TargetRules.unitRefused(chosenType == null ? TargetType.OTHER : chosenType)));
		}
		var details = new TargetDetails(chosenType, FormInput.choice(NeutralityKind.class, this.neutralityKind),
				this.title == null ? "" : this.title, input.year("baseYear", this.baseYear),
				input.number("baseValue", this.baseValue), input.year("targetYear", this.targetYear),
				input.number("targetValue", this.targetValue), input.number("reductionPercent", this.reductionPercent),
				input.number("reductionPercentHigh", this.reductionPercentHigh), unit.orElse(null),
				TargetRules.blank(this.valueDescription), TargetRules.blank(this.gases),
				TargetRules.blank(this.sectors), TargetRules.blank(this.scopes), Boolean.TRUE.equals(this.conditional),
				chosenStatus, input.id("supersededBy", this.supersededBy), TargetRules.blank(this.policy),
				this.sourceDocument == null ? "" : this.sourceDocument, TargetRules.blank(this.sourcePage),
				TargetRules.blank(this.sourceLink));
		input.reject(TargetRules.check(details));
		input.validate(validator, details);
		return input.hasErrors() ? null : details;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? "" : value.name();
	}

}
