package org.lccp.shared.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans plain text typed by users before it is stored: Unicode NFC, no control
 * characters except line breaks and tabs, trimmed. Output escaping stays the templates'
 * job; this keeps stored text tidy and comparable.
 */
public final class UserText {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200C\\u200D]]");

	private UserText() {
	}

	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		var normalised = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
		return CONTROL.matcher(normalised).replaceAll("").strip();
	}

	/**
	 * The cleaned text, refused when longer than {@code max} characters: for free texts
	 * posted outside a form record (a reason, a note, a name typed into an action), where
	 * no {@code @Size} constraint is checked. The refusal is a 400 naming the limit.
	 */
	public static String limited(String text, int max) {
		var cleaned = clean(text);
		if (cleaned != null && cleaned.length() > max) {
			throw new TooLong(max);
		}
		return cleaned;
	}

	/** A free text longer than its limit. */
	public static final class TooLong extends DomainException {

		TooLong(int max) {
			super("validation.textTooLong", String.valueOf(max));
		}

	}

	public static String cleanOrNull(String text) {
		var cleaned = clean(text);
		return (cleaned == null || cleaned.isEmpty()) ? null : cleaned;
	}

	/**
	 * A comparison key for names in any script: Unicode compatibility forms folded (NFKC:
	 * full-width Ｌａｔｉｎ and half-width ｶﾀｶﾅ meet their ordinary forms), case folded,
	 * accents on Latin letters dropped, and spaces and punctuation ignored, so that
	 * "Incheon Metropolitan City" and "INCHEON metropolitan-city" meet, as do "北京市 生态环境局"
	 * and "北京市生态环境局". Marks of other scripts stay: they tell Japanese ガ from カ and
	 * Russian й from и.
	 */
	public static String normaliseName(String name) {
		if (name == null) {
			return "";
		}
		var decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		var latinUnaccented = LATIN_ACCENTS.matcher(decomposed).replaceAll("");
		var folded = Normalizer.normalize(latinUnaccented, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
		return NOT_LETTER_OR_DIGIT.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKC)).replaceAll("");
	}

	private static final java.util.regex.Pattern LATIN_ACCENTS = java.util.regex.Pattern
		.compile("(?<=\\p{IsLatin})\\p{M}+");

	private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern
		.compile("[^\\p{L}\\p{M}\\p{N}]+");

}
