package org.lccp.cities;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * The fact form as typed: numbers stay text until {@link #read} checks them, so a page
 * that comes back with errors shows every value the editor entered.
 *
 * @param kind which series
 * @param year year as typed
 * @param value value as typed, with the reader's thousand separators if any
 * @param unit unit
 * @param source where the value comes from
 */
record FactForm(@Nullable String kind, @Nullable String year, @Nullable String value, @Nullable String unit,
		@Nullable String source) {

	/** Message keys of the field labels, for messages that name their field. */
	static final Map<String, String> LABELS = Map.of("kind", "cities.fact.kind", "year", "cities.fact.year", "value",
			"cities.fact.valueField", "unit", "cities.fact.unit", "source", "cities.fact.source");

	static FactForm blank() {
		return new FactForm(FactKind.POPULATION.name(), "", "", RegistryUnit.PERSONS.code(), "");
	}

	static FactForm of(FactDetails fact) {
		return new FactForm(fact.kind().name(), NumberInput.plain(fact.year()), NumberInput.plain(fact.value()),
				fact.unit().code(), fact.source());
	}

	/**
	 * The fact the form describes, checked against the registry's rules; null when any
	 * field is wrong, with every problem on its field. A unit the registry does not know
	 * reads as none, which the rules refuse with the kind's units.
	 */
	@Nullable FactDetails read(BindingResult errors, Locale locale, Validator validator, int thisYear) {
		var input = new FormInput(errors, locale, LABELS);
		var details = new FactDetails(FormInput.choice(FactKind.class, this.kind), input.year("year", this.year),
				input.number("value", this.value), RegistryUnit.ofCode(TargetRules.blank(this.unit)).orElse(null),
				input.text("source", this.source, 1000));
		input.reject(FactRules.check(details, thisYear));
		input.validate(validator, details);
		return input.hasErrors() ? null : details;
	}

}
