package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.TargetStatus;
import org.lccp.cities.TargetType;

/**
 * The emission path a target implies, every year from its start to its target year, in
 * tCO2e; or, when the platform cannot draw it, the reason (a message key and its
 * arguments).
 *
 * @param startYear first year of the path (the base year, or the latest inventory before
 * the target year for targets without one)
 * @param startLevel emissions in the start year
 * @param targetLevel emissions the target allows in its target year
 * @param values the path, one value per year
 * @param formula the rule with its numbers
 * @param reasonKey why there is no path, or null when there is one
 */
public record TargetPathway(UUID targetId, String title, TargetType type, TargetStatus status,
		@Nullable Integer startYear, @Nullable Integer targetYear, @Nullable BigDecimal startLevel,
		@Nullable BigDecimal targetLevel, SortedMap<Integer, BigDecimal> values, @Nullable String formula,
		@Nullable String reasonKey, List<String> reasonArgs) {

	public boolean available() {
		return this.reasonKey == null;
	}

	/**
	 * The emissions the path allows in a year: the path's value, the target level after
	 * the target year (a target holds once reached), null before the start.
	 */
	public @Nullable BigDecimal at(int year) {
		if (!available() || this.startYear == null || this.targetYear == null || year < this.startYear) {
			return null;
		}
		if (year > this.targetYear) {
			return this.targetLevel;
		}
		return this.values.get(year);
	}

}
