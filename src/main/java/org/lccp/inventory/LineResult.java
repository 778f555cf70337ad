package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a calculation gives: emissions per gas in tonnes and tCO2e, their sum, the
 * biogenic CO2 reported outside the scopes, and every step with the sources used.
 *
 * @param gpcRef the GPC row
 * @param scope the row's scope
 * @param gwpSet the GWP set applied
 * @param energyTj the energy the activity stands for, when a factor per energy was used
 * @param co2eTonnes the sum of the gases' tCO2e (biogenic CO2 excluded)
 * @param biogenicCo2Tonnes CO2 of biomass, outside the scopes
 * @param gases per gas
 * @param steps every step in order (for a line with the library's factors, built when
 * first read: see {@link EmissionCalculator#calculate})
 * @param sources every source used, once (built with the steps)
 * @param warnings message keys of things the caller should know (a factor without source)
 */
public record LineResult(String gpcRef, int scope, GwpSet gwpSet, @Nullable BigDecimal energyTj, BigDecimal co2eTonnes,
		BigDecimal biogenicCo2Tonnes, List<GasResult> gases, List<CalculationStep> steps, List<String> sources,
		List<String> warnings) {

	/**
	 * One gas of a line.
	 *
	 * @param gas canonical gas name ({@code CO2}, {@code CH4}, {@code HFC-134a})
	 * @param tonnes mass emitted
	 * @param gwp the GWP applied (1 for CO2)
	 * @param co2eTonnes tonnes × GWP
	 * @param biogenic CO2 of biomass: reported, not counted in the line's total
	 */
	public record GasResult(String gas, BigDecimal tonnes, BigDecimal gwp, BigDecimal co2eTonnes, boolean biogenic) {
	}

}
