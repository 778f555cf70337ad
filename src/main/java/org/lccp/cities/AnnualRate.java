package org.lccp.cities;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The implied average annual rate of a target: the constant yearly cut that turns the
 * base-year level into the target-year level. A cut of {@code r} over {@code n} years
 * gives {@code 1 − (1 − r)^(1/n)}; a 45 % cut from 2005 to 2020 is
 * {@code 1 − 0.55^(1/15) ≈ 3.9 %} a year. Computed in decimal arithmetic to 34
 * significant digits.
 *
 * @param perYear the yearly cut as a fraction (0.0391… for 3.9 %)
 * @param remaining the level reached, as a fraction of the base (0.55)
 * @param years years between base and target year
 */
public record AnnualRate(BigDecimal perYear, BigDecimal remaining, int years) {

	private static final MathContext MC = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** From a cut in per cent between two years; null when it cannot be computed. */
	public static @Nullable AnnualRate ofCut(@Nullable BigDecimal cutPercent, @Nullable Integer baseYear,
			@Nullable Integer targetYear) {
		if (cutPercent == null || baseYear == null || targetYear == null || targetYear <= baseYear
				|| cutPercent.signum() < 0 || cutPercent.compareTo(HUNDRED) >= 0) {
			return null;
		}
		var remaining = BigDecimal.ONE.subtract(cutPercent.divide(HUNDRED, MC));
		return of(remaining, targetYear - baseYear);
	}

	/** From base and target values between two years; null when it cannot be computed. */
	public static @Nullable AnnualRate ofValues(@Nullable BigDecimal baseValue, @Nullable BigDecimal targetValue,
			@Nullable Integer baseYear, @Nullable Integer targetYear) {
		if (baseValue == null || targetValue == null || baseYear == null || targetYear == null || targetYear <= baseYear
				|| baseValue.signum() <= 0 || targetValue.signum() <= 0) {
			return null;
		}
		return of(targetValue.divide(baseValue, MC), targetYear - baseYear);
	}

	private static AnnualRate of(BigDecimal remaining, int years) {
		return new AnnualRate(BigDecimal.ONE.subtract(root(remaining, years), MC), remaining, years);
	}

	/** The n-th root by Newton's iteration in decimal arithmetic. */
	static BigDecimal root(BigDecimal x, int n) {
		if (x.signum() == 0) {
			return BigDecimal.ZERO;
		}
		var y = BigDecimal.valueOf(Math.pow(x.doubleValue(), 1.0 / n));
		var nBig = BigDecimal.valueOf(n);
		for (int i = 0; i < 100; i++) {
			var next = y.multiply(nBig.subtract(BigDecimal.ONE), MC)
				.add(x.divide(y.pow(n - 1, MC), MC), MC)
				.divide(nBig, MC);
			if (next.subtract(y).abs().compareTo(new BigDecimal("1e-32")) < 0) {
				return next;
			}
			y = next;
		}
		return y;
	}

	/** The yearly cut in per cent, rounded to one decimal. */
	public BigDecimal percent() {
		return this.perYear.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
	}

	/** The formula with its numbers, e.g. {@code 1 − 0.55^(1/15) = 3.9 %}. */
	public String formula() {
		return "1 − " + this.remaining.stripTrailingZeros().toPlainString() + "^(1/" + this.years + ") = "
				+ percent().toPlainString() + " %";
	}

}
