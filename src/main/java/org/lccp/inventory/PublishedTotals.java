package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The totals of a city's published inventory of one year, in tCO2e, exact.
 *
 * @param inventoryId the published version
 * @param cityId the city
 * @param year the inventory year
 * @param gwpSet the GWP set the figures use
 * @param basic BASIC total
 * @param basicPlus BASIC+ total
 * @param territorial territorial (scope 1) total
 * @param population inhabitants in that year, if known
 * @param gdp GDP in that year, if known, in {@code gdpUnit}
 * @param gdpUnit unit of the GDP (a unit of the cities module's GDP series)
 */
public record PublishedTotals(UUID inventoryId, UUID cityId, int year, GwpSet gwpSet, BigDecimal basic,
		BigDecimal basicPlus, BigDecimal territorial, @Nullable BigDecimal population, @Nullable BigDecimal gdp,
		@Nullable String gdpUnit) {
}
