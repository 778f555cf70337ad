package org.lccp.cities;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules of a city's facts: a recorded value describes a past or current year, is positive
 * and is given in a unit that fits its kind.
 */
final class FactRules {

	static final int FIRST_YEAR = 1800;

	private FactRules() {
	}

	/**
	 * @param thisYear the current year of the platform clock: no fact describes a later
	 * one
	 */
	static List<TargetRules.Violation> check(FactDetails f, int thisYear) {
		var errors = new ArrayList<TargetRules.Violation>();
		if (f.kind() == null) {
			errors.add(new TargetRules.Violation("kind", "cities.fact.error.kind"));
			return errors;
		}
		if (f.year() == null || f.year() < FIRST_YEAR || f.year() > thisYear) {
			errors.add(new TargetRules.Violation("year", "cities.fact.error.year", String.valueOf(FIRST_YEAR),
					String.valueOf(thisYear)));
		}
		if (f.value() == null || f.value().signum() <= 0) {
			errors.add(new TargetRules.Violation("value", "cities.fact.error.value"));
		}
		if (f.unit() == null || !f.kind().accepts(f.unit())) {
			errors.add(new TargetRules.Violation("unit", "cities.fact.error.unit",
					String.join(", ", f.kind().unitCodes())));
		}
		if (TargetRules.blank(f.source()) == null) {
			errors.add(new TargetRules.Violation("source", "cities.fact.error.source"));
		}
		return errors;
	}

}
