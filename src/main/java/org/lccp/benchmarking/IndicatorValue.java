package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A city's value of an indicator in a year.
 *
 * @param source for a computed value the inputs it was worked out from; for a reported
 * one the source the reporter gave
 */
public record IndicatorValue(UUID indicatorId, String indicatorCode, UUID cityId, int year, BigDecimal value,
		ValueOrigin origin, String source, Instant updatedAt) {
}
