package org.lccp.pathways;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * How the latest published inventory compares with a pathway (or the BAU) in its year.
 *
 * @param year the latest inventory year
 * @param actual the published emissions (BASIC, tCO2e)
 * @param expected what the pathway allows (or the BAU projects) in that year
 * @param gap actual minus expected: positive is above the path
 * @param gapPercent the gap in per cent of the expected value, one decimal; null when the
 * expected value is zero
 */
public record Verdict(int year, BigDecimal actual, BigDecimal expected, BigDecimal gap,
		@Nullable BigDecimal gapPercent) {

	static Verdict of(int year, BigDecimal actual, BigDecimal expected) {
		var gap = actual.subtract(expected);
		BigDecimal percent = expected.signum() == 0 ? null
				: gap.multiply(BigDecimal.valueOf(100))
					.divide(expected, Exact.DIVISION)
					.setScale(1, RoundingMode.HALF_UP);
		return new Verdict(year, actual, expected, gap, percent);
	}

	/** On track: at or below what the path allows. */
	public boolean onTrack() {
		return this.gap.signum() <= 0;
	}

	/** The size of the gap, whole tonnes, without sign (pages say above or below). */
	public BigDecimal gapTonnes() {
		return Exact.tonnes(this.gap.abs());
	}

	/** The size of the gap in per cent, without sign. */
	public @Nullable BigDecimal gapPercentAbs() {
		return this.gapPercent == null ? null : this.gapPercent.abs();
	}

}
