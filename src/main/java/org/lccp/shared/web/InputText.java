package org.lccp.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for characters that no text reaching the platform may carry: NUL (which
 * PostgreSQL refuses in any text column) and the other C0 control characters except tab,
 * line feed and carriage return, which no form field, parameter or JSON text means.
 * Applied to every request parameter by {@link InputCleaning} and to every JSON string by
 * {@link JsonInput}, so that no module has to remember it.
 */
public final class InputText {

	private InputText() {
	}

	public static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && allowed(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		var cleaned = new StringBuilder(text.length());
		cleaned.append(text, 0, i);
		for (; i < text.length(); i++) {
			var c = text.charAt(i);
			if (allowed(c)) {
				cleaned.append(c);
			}
		}
		return cleaned.toString();
	}

	private static boolean allowed(char c) {
		return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
	}

}
