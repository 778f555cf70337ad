package org.lccp.pathways;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of projections and pathways. Growth over whole years is exact: a rate
 * given as a terminating decimal raised to an integer power stays a terminating decimal,
 * so {@code BigDecimal.pow(int)} loses nothing. Only divisions (a straight line between
 * two years, a ratio of two values) can have endless expansions; they are carried to 34
 * significant digits ({@link MathContext#DECIMAL128}, half-even). Figures are rounded
 * only when shown: whole tonnes on pages, three decimals (kilograms) in the API.
 */
final class Exact {

	/** Precision of every division. */
	static final MathContext DIVISION = MathContext.DECIMAL128;

	private Exact() {
	}

	/** A percentage as a fraction: 2.5 → 0.025, exactly. */
	static BigDecimal fraction(BigDecimal percent) {
		return percent.movePointLeft(2);
	}

	/**
	 * {@code (1 + percent/100)^years}; exact for years ≥ 0, 34 digits for earlier years.
	 */
	static BigDecimal growth(BigDecimal percent, int years) {
		var factor = BigDecimal.ONE.add(fraction(percent));
		if (years >= 0) {
			return factor.pow(years);
		}
		return BigDecimal.ONE.divide(factor.pow(-years), DIVISION);
	}

	/**
	 * The point at {@code year} on the straight line from {@code (from, a)} to
	 * {@code (to, b)}: {@code (a·(to − year) + b·(year − from)) / (to − from)}, one
	 * division.
	 */
	static BigDecimal line(int from, BigDecimal a, int to, BigDecimal b, int year) {
		var sum = a.multiply(BigDecimal.valueOf(to - year)).add(b.multiply(BigDecimal.valueOf(year - from)));
		return divide(sum, BigDecimal.valueOf(to - from));
	}

	/** A division that ends exactly when it can and at 34 digits when it cannot. */
	static BigDecimal divide(BigDecimal a, BigDecimal b) {
		try {
			return a.divide(b);
		}
		catch (ArithmeticException endless) {
			return a.divide(b, DIVISION);
		}
	}

	/** Whole tonnes, as pages show them. */
	static BigDecimal tonnes(BigDecimal value) {
		return value.setScale(0, RoundingMode.HALF_EVEN);
	}

	/** Three decimals (kilograms), as the API gives them. */
	static BigDecimal api(BigDecimal value) {
		return value.setScale(3, RoundingMode.HALF_EVEN);
	}

	/** A number as formulas show it: plain digits, no grouping, no trailing zeros. */
	static String plain(BigDecimal value) {
		var stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** A rate as formulas show it: {@code 1 + 0.025} or {@code 1 − 0.02}. */
	static String onePlus(BigDecimal percent) {
		var f = fraction(percent);
		return f.signum() < 0 ? "(1 − " + plain(f.negate()) + ")" : "(1 + " + plain(f) + ")";
	}

}
