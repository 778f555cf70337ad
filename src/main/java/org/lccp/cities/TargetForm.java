package org.lccp.cities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.LocaleNumber;

/**
 * The target form, typed by the binder: years, values and shares are read in the reader's
 * conventions ("2,020", "1 234 567,5"); text that is not a number comes back in its field
 * with a {@code typeMismatch} message. See {@link TargetDetails} for the meaning of the
 * fields. A unit is one of the registry's codes, offered as a list; one the registry does
 * not know is refused on the field. The conditional box is a nullable Boolean because an
 * unticked box sends nothing, which a primitive cannot take. The superseding target stays
 * text: it is an identifier, refused with its own message.
 */
record TargetForm(@Nullable TargetType type, @Nullable NeutralityKind neutralityKind, @Nullable String title,
		@LocaleNumber @Nullable Integer baseYear, @LocaleNumber @Nullable BigDecimal baseValue,
		@LocaleNumber @Nullable Integer targetYear, @LocaleNumber @Nullable BigDecimal targetValue,
		@LocaleNumber @Nullable BigDecimal reductionPercent, @LocaleNumber @Nullable BigDecimal reductionPercentHigh,
		@Nullable String unit, @Nullable String valueDescription, @Nullable String gases, @Nullable String sectors,
		@Nullable String scopes, @Nullable Boolean conditional, @Nullable TargetStatus status,
		@Nullable String supersededBy, @Nullable String policy, @Nullable String sourceDocument,
		@Nullable String sourcePage, @Nullable String sourceLink) {

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
		return new TargetForm(t.type(), t.neutralityKind(), t.title(), t.baseYear(), t.baseValue(), t.targetYear(),
				t.targetValue(), t.reductionPercent(), t.reductionPercentHigh(),
				t.unit() == null ? "" : t.unit().code(), t.valueDescription(), t.gases(), t.sectors(), t.scopes(),
				t.conditional(), t.status(), t.supersededBy() == null ? "" : t.supersededBy().toString(), t.policy(),
				t.sourceDocument(), t.sourcePage(), t.sourceLink());
	}

	/**
	 * The target the form describes, checked against the registry's rules; null when any
	 * field is wrong, with every problem on its field.
	 */
	@Nullable TargetDetails read(FormInput input, Validator validator) {
		if (TargetRules.blank(this.title) == null) {
			input.reject("title", "cities.target.error.title");
		}
		if (this.status == null && !input.hasFieldErrors("status")) {
			input.reject("status", "cities.target.error.status");
		}
		if (TargetRules.blank(this.sourceDocument) == null) {
			input.reject("sourceDocument", "cities.target.error.source");
		}
		var unit = RegistryUnit.ofCode(TargetRules.blank(this.unit));
		if (TargetRules.blank(this.unit) != null && unit.isEmpty()) {
			input.reject(List.of(TargetRules.unitRefused(this.type == null ? TargetType.OTHER : this.type)));
		}
		var details = new TargetDetails(this.type, this.neutralityKind, this.title == null ? "" : this.title,
				this.baseYear, this.baseValue, this.targetYear, this.targetValue, this.reductionPercent,
				this.reductionPercentHigh, unit.orElse(null), TargetRules.blank(this.valueDescription),
				TargetRules.blank(this.gases), TargetRules.blank(this.sectors), TargetRules.blank(this.scopes),
				Boolean.TRUE.equals(this.conditional), this.status, input.id("supersededBy", this.supersededBy),
				TargetRules.blank(this.policy), this.sourceDocument == null ? "" : this.sourceDocument,
				TargetRules.blank(this.sourcePage), TargetRules.blank(this.sourceLink));
		input.reject(TargetRules.check(details));
		input.validate(validator, details);
		return input.hasErrors() ? null : details;
	}

}
