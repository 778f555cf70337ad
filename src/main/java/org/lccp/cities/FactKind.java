package org.lccp.cities;

import java.util.Set;

/**
 * Time series kept for each city, each with the units its values may be given in.
 */
public enum FactKind {

	/** Inhabitants. */
	POPULATION(Set.of("persons", "thousand persons", "million persons")),
	/** Land area. */
	AREA(Set.of("km²", "ha")),
	/** Gross domestic product of the city, in a currency and magnitude. */
	GDP(Set.of("M USD", "bn USD", "10^4 CNY", "bn CNY", "M JPY", "bn JPY", "bn KRW", "tn KRW", "M RUB", "bn RUB",
			"M MNT", "bn MNT")),
	/** GDP per inhabitant, in a currency. */
	GDP_PER_CAPITA(Set.of("USD", "CNY", "JPY", "KRW", "RUB", "MNT"));

	private final Set<String> units;

	FactKind(Set<String> units) {
		this.units = units;
	}

	/** Units values of this kind may be given in. */
	public Set<String> units() {
		return this.units;
	}

	public boolean accepts(String unit) {
		return this.units.contains(unit);
	}

}
