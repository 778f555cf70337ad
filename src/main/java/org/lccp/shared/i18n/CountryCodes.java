package org.lccp.shared.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * ISO 3166-1 alpha-2 codes typed into one text field ("MN, RU" or "MN RU"), each known
 * and listed once. Forms bind the field to this type, so that an unknown code is the
 * binder's {@code typeMismatch} field error rather than a check of each module's own.
 *
 * @param codes the upper-cased codes in the order typed
 */
public record CountryCodes(List<String> codes) {

	/** No countries: the field left empty. */
	public static final CountryCodes NONE = new CountryCodes(List.of());

	public CountryCodes {
		codes = List.copyOf(codes);
	}

	/**
	 * Reads codes separated by commas, semicolons or spaces, in any case.
	 * @throws IllegalArgumentException when one of them is not a known country
	 */
	public static CountryCodes parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		var out = new LinkedHashSet<String>();
		for (var part : text.strip().split("[,;\\s]+")) {
			var code = part.toUpperCase(Locale.ROOT);
			if (!Countries.isKnown(code)) {
				throw new IllegalArgumentException("unknown country code");
			}
			out.add(code);
		}
		return new CountryCodes(List.copyOf(out));
	}

	/** The codes as a form field shows them, separated by a comma. */
	@Override
	public String toString() {
		return String.join(", ", this.codes);
	}

}
