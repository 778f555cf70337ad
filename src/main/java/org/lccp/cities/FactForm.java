package org.lccp.cities;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.LocaleNumber;

/**
 * The fact form, typed by the binder: the year and value are read in the reader's
 * conventions ("3,020,000", "3 020 000"); text that is not a number comes back in its
 * field with a {@code typeMismatch} message. The unit stays text, offered from a list, so
 * that one the registry does not know is refused with the kind's units.
 *
 * @param kind which series
 * @param year year
 * @param value value
 * @param unit unit code
 * @param source where the value comes from
 */
record FactForm(@Nullable FactKind kind, @LocaleNumber @Nullable Integer year, @LocaleNumber @Nullable BigDecimal value,
		@Nullable String unit, @Nullable String source) {

	/** Message keys of the field labels, for messages that name their field. */
	static final Map<String, String> LABELS = Map.of("kind", "cities.fact.kind", "year", "cities.fact.year", "value",
			"cities.fact.valueField", "unit", "cities.fact.unit", "source", "cities.fact.source");

	static FactForm blank() {
		return new FactForm(FactKind.POPULATION, null, null, RegistryUnit.PERSONS.code(), "");
	}

	static FactForm of(FactDetails fact) {
		return new FactForm(fact.kind(), fact.year(), fact.value(), fact.unit().code(), fact.source());
	}

	/**
	 * The fact the form describes, checked against the registry's rules; null when any
	 * field is wrong, with every problem on its field. A unit the registry does not know
	 * reads as none, which the rules refuse with the kind's units.
	 */
	@Nullable FactDetails read(FormInput input, Validator validator, int thisYear) {
		var details = new FactDetails(this.kind, this.year, this.value,
				RegistryUnit.ofCode(TargetRules.blank(this.unit)).orElse(null),
				input.text("source", this.source, 1000));
		input.reject(FactRules.check(details, thisYear));
		input.validate(validator, details);
		return input.hasErrors() ? null : details;
	}

}
