package org.lccp.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a number as people of each language type it: "3,020,000" (English, Chinese,
 * Japanese, Korean, Mongolian), "3 020 000" and "3,5" (Russian), full-width digits from a
 * CJK keyboard, and "3.020.000" where more than one point can only group thousands. An
 * input that could be read two ways ("3,5" in English) is refused rather than guessed.
 * Exponents ("1e30") are refused: nobody types a city's population that way.
 */
public final class NumberInput {

	/** Spaces of every width that people and spreadsheets put between thousands. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u2009\\u202f'’]");

	private static final Pattern SPACE_GROUPS = Pattern
		.compile("[+-]?\\d{1,3}([\\s\\u00a0\\u2007\\u2009\\u202f'’]\\d{3})+([.,]\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private static final Pattern COMMA_GROUPS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern POINT_GROUPS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3}){2,}");

	private static final Pattern POINT_GROUPS_COMMA_DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+,\\d+");

	private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");

	private NumberInput() {
	}

	/**
	 * The number in the text, or empty when the text is not a number in the reader's
	 * conventions; blank text is not handled here.
	 */
	public static Optional<BigDecimal> decimal(String raw, Locale locale) {
		return decimal(raw, DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',');
	}

	/**
	 * The number in the text, with a comma read as the decimal sign when
	 * {@code commaIsDecimal} ("12,5") and as a thousands separator otherwise only where
	 * it groups thousands ("3,020,000").
	 */
	public static Optional<BigDecimal> decimal(String raw, boolean commaIsDecimal) {
		var text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('−', '-').strip();
		if (text.isEmpty() || text.length() > 60) {
			return Optional.empty();
		}
		if (SPACES.matcher(text).find()) {
			if (!SPACE_GROUPS.matcher(text).matches()) {
				return Optional.empty();
			}
			text = SPACES.matcher(text).replaceAll("");
		}
		String plain = null;
		if (PLAIN.matcher(text).matches()) {
			plain = text;
		}
		else if (commaIsDecimal && COMMA_DECIMAL.matcher(text).matches()) {
			plain = text.replace(',', '.');
		}
		else if (COMMA_GROUPS.matcher(text).matches()) {
			plain = text.replace(",", "");
		}
		else if (POINT_GROUPS.matcher(text).matches()) {
			plain = text.replace(".", "");
		}
		else if (commaIsDecimal && POINT_GROUPS_COMMA_DECIMAL.matcher(text).matches()) {
			plain = text.replace(".", "").replace(',', '.');
		}
		if (plain == null) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain));
	}

	/** A whole number, such as a year; "2,020" is read as 2020. */
	public static Optional<Integer> whole(String raw, Locale locale) {
		return decimal(raw, locale).flatMap((d) -> {
			try {
				return Optional.of(d.intValueExact());
			}
			catch (ArithmeticException notWhole) {
				return Optional.empty();
			}
		});
	}

	/** A number as the form shows it again: plain digits that every reader can edit. */
	public static String plain(@Nullable Number number) {
		if (number == null) {
			return "";
		}
		if (number instanceof BigDecimal d) {
			return d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString()
					: d.stripTrailingZeros().toPlainString();
		}
		return number.toString();
	}

}
