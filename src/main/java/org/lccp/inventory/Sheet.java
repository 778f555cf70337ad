package org.lccp.inventory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet as rows of text, whatever it came as (CSV or XLSX). Numbers of an XLSX
 * are read as the decimal text the file stores, never through a binary floating-point
 * value, so that they stay exact.
 *
 * @param header the column names, lower case
 * @param rows the data rows with their line numbers (the header is line 1)
 */
record Sheet(List<String> header, List<Line> rows) {

	/** One data row: its line number in the file and its cells by column name. */
	record Line(int number, Map<String, String> cells) {

		String get(String column) {
			var value = this.cells.get(column);
			return value == null ? "" : value.strip();
		}

	}

	static boolean isXlsx(byte[] content) {
		// An XLSX is a ZIP archive: it starts with the local file header "PK\3\4".
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	static Sheet read(byte[] content) {
		try {
			return isXlsx(content) ? xlsx(content) : csv(content);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException();
		}
	}

	private static Sheet csv(byte[] content) throws IOException {
		var delimiter = delimiter(content);
		var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		// Spreadsheets set to Russian, Mongolian or most European formats save CSV with
		// semicolons and a decimal comma ("1 234,5"): numbers are read the same way.
		var decimalComma = delimiter == ';';
		var rows = new ArrayList<Line>();
		List<String> header = null;
		try (var parser = format
			.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			for (var record : parser) {
				var values = new ArrayList<String>();
				record.forEach((v) -> values.add(decimalComma ? withDecimalPoint(v) : v));
				if (header == null) {
					if (values.stream().allMatch(String::isBlank)) {
						continue;
					}
					header = values.stream()
						.map((h) -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
						.toList();
					continue;
				}
				add(rows, header, values, (int) parser.getCurrentLineNumber());
			}
		}
		return new Sheet(header == null ? List.of() : header, rows);
	}

	/**
	 * The delimiter of the first line that holds anything: a semicolon or a tab when the
	 * line has more of them (outside quotes) than commas, else a comma.
	 */
	static char delimiter(byte[] content) {
		var text = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.UTF_8);
		var commas = 0;
		var semicolons = 0;
		var tabs = 0;
		var quoted = false;
		var seen = false;
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (seen) {
					break;
				}
			}
			else if (!quoted) {
				commas += (c == ',') ? 1 : 0;
				semicolons += (c == ';') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
				seen |= !Character.isWhitespace(c);
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas) ? '\t' : ',';
	}

	private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern
		.compile("\\s*-?\\d{1,3}(?:[ .\u00A0\u202F]\\d{3})*,\\d+\\s*|\\s*-?\\d+,\\d+\\s*");

	/** "1 234,5" or "1.234,5" → "1234.5"; anything else as it is. */
	static String withDecimalPoint(String cell) {
		if (!DECIMAL_COMMA.matcher(cell).matches()) {
			return cell;
		}
		var digits = cell.strip().replace(" ", "").replace(".", "").replace("\u00A0", "").replace("\u202F", "");
		return digits.replace(',', '.');
	}

	private static Sheet xlsx(byte[] content) throws IOException {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			var sheet = workbook.getSheetAt(0);
			List<String> header = null;
			var rows = new ArrayList<Line>();
			for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				var values = new ArrayList<String>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						values.add(text((XSSFCell) row.getCell(c)));
					}
				}
				if (header == null) {
					if (values.stream().allMatch(String::isBlank)) {
						continue;
					}
					header = values.stream().map((h) -> h.strip().toLowerCase(Locale.ROOT)).toList();
					continue;
				}
				add(rows, header, values, r + 1);
			}
			return new Sheet(header == null ? List.of() : header, rows);
		}
	}

	private static String text(@Nullable XSSFCell cell) {
		if (cell == null) {
			return "";
		}
		var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> {
				var raw = cell.getRawValue();
				yield raw == null ? "" : raw;
			}
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static void add(List<Line> rows, List<String> header, List<String> values, int number) {
		if (values.stream().allMatch(String::isBlank)) {
			return;
		}
		var cells = new LinkedHashMap<String, String>();
		for (int c = 0; c < header.size(); c++) {
			cells.put(header.get(c), c < values.size() ? values.get(c) : "");
		}
		rows.add(new Line(number, cells));
	}

	/** A file that is neither a readable CSV nor a readable XLSX. */
	static class UnreadableFileException extends org.lccp.shared.web.DomainException {

		UnreadableFileException() {
			super("inventory.problem.unreadableFile");
		}

	}

}
