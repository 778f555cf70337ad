package org.lccp.pathways;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The business-as-usual assumption of one sector.
 *
 * @param sector the GPC sector (e.g. {@code STATIONARY_ENERGY}), or {@code ALL} when the
 * base-year inventory gives only its total
 * @param baseEmissions the sector's emissions in the base year, tCO2e, as published
 * @param method growth rate or driver
 * @param annualRatePercent compound annual growth rate in per cent (method CAGR)
 * @param driver population or GDP (method DRIVER)
 * @param intensityChangePercent yearly change of emissions per unit of the driver, in per
 * cent (method DRIVER; negative for a falling intensity)
 */
public record SectorAssumption(String sector, BigDecimal baseEmissions, BauMethod method,
		@Nullable BigDecimal annualRatePercent, @Nullable BauDriver driver,
		@Nullable BigDecimal intensityChangePercent) {
}
