package org.lccp.cities;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Kinds of climate target used in North-East Asia, each with the units of the registry
 * its base and target values may be given in. An empty unit set means any unit of the
 * registry is accepted.
 */
public enum TargetType {

	/** A cut of total emissions against a base year. */
	ABSOLUTE(true, true, Units.EMISSIONS),
	/** A fixed emission level to reach by the target year. */
	FIXED_LEVEL(false, false, Units.EMISSIONS),
	/** A cut of emissions per unit of GDP against a base year. */
	CARBON_INTENSITY(false, true, Units.CARBON_INTENSITY),
	/** A cut of energy use per unit of GDP against a base year. */
	ENERGY_INTENSITY(false, true, Units.ENERGY_INTENSITY),
	/** A cut of emissions per inhabitant against a base year. */
	PER_CAPITA(false, true, Units.PER_CAPITA),
	/** A cut against the business-as-usual projection for the target year. */
	BAU_RELATIVE(false, false, Units.EMISSIONS),
	/** Emissions peak in the target year, with an optional peak value. */
	PEAKING(false, false, Units.EMISSIONS),
	/** Carbon neutral, GHG neutral, net zero or climate neutral by the target year. */
	NEUTRALITY(false, false, Units.EMISSIONS),
	/** Share of renewable (or non-fossil) energy, in per cent. */
	RENEWABLE_SHARE(false, false, Units.SHARE),
	/** Share of green area, in per cent. */
	GREEN_AREA_SHARE(false, false, Units.SHARE),
	/** A cap on energy consumption. */
	ENERGY_CAP(false, false, Units.ENERGY),
	/**
	 * Anything else, described in the title; its figure may be in any unit, with what it
	 * measures in words (the value description).
	 */
	OTHER(false, false, Set.of());

	private final boolean needsBaseYear;

	private final boolean hasAnnualRate;

	private final Set<RegistryUnit> units;

	TargetType(boolean needsBaseYear, boolean hasAnnualRate, Set<RegistryUnit> units) {
		this.needsBaseYear = needsBaseYear;
		this.hasAnnualRate = hasAnnualRate;
		this.units = units;
	}

	/** Whether the target is defined against a base year. */
	public boolean needsBaseYear() {
		return this.needsBaseYear;
	}

	/** Whether an implied average annual rate of change is meaningful. */
	public boolean hasAnnualRate() {
		return this.hasAnnualRate;
	}

	/** Units its values may be given in; empty for any unit. */
	public Set<RegistryUnit> units() {
		return this.units;
	}

	/**
	 * The codes of the units it accepts in alphabetical order (every unit of the registry
	 * for a type that takes any), for lists on pages and in messages.
	 */
	public SortedSet<String> unitCodes() {
		return this.units.isEmpty() ? RegistryUnit.codes()
				: this.units.stream().map(RegistryUnit::code).collect(Collectors.toCollection(TreeSet::new));
	}

	public boolean accepts(RegistryUnit unit) {
		return this.units.isEmpty() || this.units.contains(unit);
	}

	/** Whether its target value is a share that cannot exceed 100 %. */
	public boolean isShare() {
		return this == RENEWABLE_SHARE || this == GREEN_AREA_SHARE;
	}

	/** The unit table, kept explicit so that it can be read and tested. */
	static final class Units {

		static final Set<RegistryUnit> EMISSIONS = Set.of(RegistryUnit.TONNE_CO2E, RegistryUnit.KILOTONNE_CO2E,
				RegistryUnit.MEGATONNE_CO2E, RegistryUnit.TONNE_CO2, RegistryUnit.KILOTONNE_CO2,
				RegistryUnit.MEGATONNE_CO2);

		static final Set<RegistryUnit> CARBON_INTENSITY = Set.of(RegistryUnit.TCO2_PER_TEN_THOUSAND_CNY,
				RegistryUnit.TCO2E_PER_MILLION_CNY, RegistryUnit.TCO2E_PER_MILLION_USD,
				RegistryUnit.TCO2E_PER_MILLION_JPY, RegistryUnit.TCO2E_PER_MILLION_KRW, RegistryUnit.KGCO2E_PER_USD);

		static final Set<RegistryUnit> ENERGY_INTENSITY = Set.of(RegistryUnit.TCE_PER_TEN_THOUSAND_CNY,
				RegistryUnit.TOE_PER_MILLION_USD, RegistryUnit.GJ_PER_MILLION_USD, RegistryUnit.MJ_PER_USD,
				RegistryUnit.TOE_PER_MILLION_KRW, RegistryUnit.GJ_PER_MILLION_JPY);

		static final Set<RegistryUnit> PER_CAPITA = Set.of(RegistryUnit.TCO2E_PER_CAPITA, RegistryUnit.TCO2_PER_CAPITA);

		static final Set<RegistryUnit> SHARE = Set.of(RegistryUnit.PERCENT);

		static final Set<RegistryUnit> ENERGY = Set.of(RegistryUnit.TCE, RegistryUnit.MEGA_TCE, RegistryUnit.TOE,
				RegistryUnit.MEGA_TOE, RegistryUnit.TERAJOULE, RegistryUnit.PETAJOULE, RegistryUnit.GIGAWATT_HOUR,
				RegistryUnit.TERAWATT_HOUR);

		private Units() {
		}

	}

}
