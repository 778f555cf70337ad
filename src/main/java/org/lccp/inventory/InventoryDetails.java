package org.lccp.inventory;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What an inventory states about itself besides its rows.
 *
 * @param year the inventory year
 * @param gwpSet the GWP set its lines are calculated with
 * @param reportingLevel BASIC or BASIC+
 * @param boundary administrative, metropolitan or other
 * @param boundaryDescription the boundary in words (needed for OTHER)
 * @param source where the inventory comes from (the document or data set)
 * @param population inhabitants, overriding the city's facts; then with its source
 * @param populationSource source of an overriding population
 * @param gdp GDP, overriding the city's facts; then with its unit and source
 * @param gdpUnit unit of an overriding GDP
 * @param gdpSource source of an overriding GDP
 */
public record InventoryDetails(int year, GwpSet gwpSet, String reportingLevel, Boundary boundary,
		@Nullable String boundaryDescription, String source, @Nullable BigDecimal population,
		@Nullable String populationSource, @Nullable BigDecimal gdp, @Nullable String gdpUnit,
		@Nullable String gdpSource) {
}
