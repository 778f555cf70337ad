package org.lccp.cities;

import java.util.Set;

/**
 * Kinds of climate target used in North-East Asia, each with the units its base and
 * target values may be given in. An empty unit set means any unit is accepted.
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
	/** Anything else, described in the title. */
	OTHER(false, false, Set.of());

	private final boolean needsBaseYear;

	private final boolean hasAnnualRate;

	private final Set<String> units;

	TargetType(boolean needsBaseYear, boolean hasAnnualRate, Set<String> units) {
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
	public Set<String> units() {
		return this.units;
	}

	public boolean accepts(String unit) {
		return this.units.isEmpty() || this.units.contains(unit);
	}

	/** Whether its target value is a share that cannot exceed 100 %. */
	public boolean isShare() {
		return this == RENEWABLE_SHARE || this == GREEN_AREA_SHARE;
	}

	/** The unit table, kept explicit so that it can be read and tested. */
	static final class Units {

		static final Set<String> EMISSIONS = Set.of("tCO2e", "ktCO2e", "MtCO2e", "tCO2", "ktCO2", "MtCO2");

		static final Set<String> CARBON_INTENSITY = Set.of("tCO2/10^4 CNY", "tCO2e/M CNY", "tCO2e/M USD", "tCO2e/M JPY",
				"tCO2e/M KRW", "kgCO2e/USD");

		static final Set<String> ENERGY_INTENSITY = Set.of("tce/10^4 CNY", "toe/M USD", "GJ/M USD", "MJ/USD",
				"toe/M KRW", "GJ/M JPY");

		static final Set<String> PER_CAPITA = Set.of("tCO2e/cap", "tCO2/cap");

		static final Set<String> SHARE = Set.of("%");

		static final Set<String> ENERGY = Set.of("tce", "Mtce", "toe", "Mtoe", "TJ", "PJ", "GWh", "TWh");

		private Units() {
		}

	}

}
