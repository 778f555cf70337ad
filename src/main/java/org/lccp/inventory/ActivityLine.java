package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a calculation starts from: an activity amount of a fuel or activity in a GPC row,
 * with factors of its own or the library's, and gases emitted directly.
 *
 * @param gpcRef the GPC row, e.g. {@code II.1.1}
 * @param fuel IPCC fuel name, or null for an activity without a fuel (electricity,
 * distance)
 * @param amount activity amount, or null when only gases are given directly
 * @param unit unit of the amount (energy, mass, volume or distance)
 * @param density kg/m³ for a fuel given by volume
 * @param factors per gas, factors that replace the library's (a gas without one takes the
 * library default where there is one)
 * @param gases gases emitted directly (tonnes known from elsewhere), per gas
 */
public record ActivityLine(String gpcRef, @Nullable String fuel, @Nullable BigDecimal amount, @Nullable String unit,
		@Nullable BigDecimal density, Map<String, Factor> factors, Map<String, GasAmount> gases) {

	public ActivityLine {
		factors = Map.copyOf(factors);
		gases = Map.copyOf(gases);
	}

	/** A fuel burned in a row with the library's factors. */
	public static ActivityLine ofFuel(String gpcRef, String fuel, BigDecimal amount, String unit) {
		return new ActivityLine(gpcRef, fuel, amount, unit, null, Map.of(), Map.of());
	}

	/**
	 * An emission factor: mass of the gas per unit of activity ({@code kg/TJ},
	 * {@code kg/MWh}, {@code g/km}, {@code kg/t}, {@code kg/L}).
	 */
	public record Factor(BigDecimal value, String unit, @Nullable String source) {
	}

	/** A gas emitted directly, in a unit of mass. */
	public record GasAmount(BigDecimal amount, String unit, @Nullable String source) {
	}

}
