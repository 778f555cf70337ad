package org.lccp.shared.web;

import java.math.BigDecimal;

/**
 * Spreadsheet formula injection: a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is run as a formula by Excel and
 * LibreOffice. Such text is prefixed with an apostrophe, which spreadsheets show as plain
 * text. Numbers are written as numbers and need no change.
 */
public final class SafeCells {

	private SafeCells() {
	}

	public static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		var text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
