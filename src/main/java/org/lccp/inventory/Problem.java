package org.lccp.inventory;

import java.util.List;

/**
 * Something wrong or doubtful in an uploaded file, named by its line and column, with a
 * message key and arguments so that it is told in the reader's language.
 *
 * @param row line number in the file (the header is line 1); 0 for the file as a whole
 * @param column the column's name as the file writes it, or empty
 * @param severity an error keeps the row out of the totals and stops an import; a warning
 * does neither
 * @param key message key
 * @param arguments message arguments
 */
public record Problem(int row, String column, Severity severity, String key, List<String> arguments) {

	public Problem {
		arguments = List.copyOf(arguments);
	}

	static Problem error(int row, String column, String key, Object... arguments) {
		return new Problem(row, column, Severity.ERROR, key, texts(arguments));
	}

	static Problem warning(int row, String column, String key, Object... arguments) {
		return new Problem(row, column, Severity.WARNING, key, texts(arguments));
	}

	private static List<String> texts(Object... arguments) {
		return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
	}

	/** How serious a problem is. */
	public enum Severity {

		ERROR, WARNING

	}

}
