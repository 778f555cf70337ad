package org.lccp.shared.i18n;

import java.util.Locale;

/**
 * One known ISO 3166-1 alpha-2 code, as a country choice posts it. Forms bind choices to
 * this type, so that an unknown code is the binder's {@code typeMismatch} field error.
 *
 * @param code the upper-case code
 */
public record CountryCode(String code) {

	public CountryCode {
		if (!Countries.isKnown(code)) {
			throw new IllegalArgumentException("unknown country code");
		}
	}

	/**
	 * Reads a posted code in any case.
	 * @throws IllegalArgumentException when it is not a known country
	 */
	public static CountryCode parse(String text) {
		return new CountryCode(text.strip().toUpperCase(Locale.ROOT));
	}

	/** The code, as a choice's value and a checked box compare it. */
	@Override
	public String toString() {
		return this.code;
	}

}
