package org.lccp.cities;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.lccp.cities.RegistryUnit.*;

/**
 * Time series kept for each city, each with the units its values may be given in.
 */
public enum FactKind {

	/** Inhabitants. */
	POPULATION(Set.of(PERSONS, THOUSAND_PERSONS, MILLION_PERSONS)),
	/** Land area. */
	AREA(Set.of(SQUARE_KILOMETRE, HECTARE)),
	/** Gross domestic product of the city, in a currency and magnitude. */
	GDP(Set.of(MILLION_USD, BILLION_USD, TEN_THOUSAND_CNY, BILLION_CNY, MILLION_JPY, BILLION_JPY, BILLION_KRW,
			TRILLION_KRW, MILLION_RUB, BILLION_RUB, MILLION_MNT, BILLION_MNT)),
	/** GDP per inhabitant, in a currency. */
	GDP_PER_CAPITA(Set.of(USD, CNY, JPY, KRW, RUB, MNT));

	private final Set<RegistryUnit> units;

	FactKind(Set<RegistryUnit> units) {
		this.units = units;
	}

	/** Units values of this kind may be given in. */
	public Set<RegistryUnit> units() {
		return this.units;
	}

	/**
	 * The codes of its units in alphabetical order, for lists on pages and in messages.
	 */
	public Set<String> unitCodes() {
		return this.units.stream().map(RegistryUnit::code).collect(Collectors.toCollection(TreeSet::new));
	}

	public boolean accepts(RegistryUnit unit) {
		return this.units.contains(unit);
	}

}
