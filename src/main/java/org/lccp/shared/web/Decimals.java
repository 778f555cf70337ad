package org.lccp.shared.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Whether a number fits a {@code numeric(precision, scale)} column: the same rule as Bean
 * Validation's {@code @Digits(integer = precision - scale, fraction = scale)}, which the
 * form, API and import records carry; this is for values parsed by hand (lines of text).
 * Checked on the number's digits, never by printing it, so {@code 1e999999999} costs
 * nothing.
 */
public final class Decimals {

	private Decimals() {
	}

	public static boolean fits(@Nullable BigDecimal value, int integer, int fraction) {
		if (value == null) {
			return true;
		}
		var stripped = value.stripTrailingZeros();
		var fractionDigits = Math.max(0, stripped.scale());
		var integerDigits = stripped.precision() - stripped.scale();
		return integerDigits <= integer && fractionDigits <= fraction;
	}

}
