package org.lccp.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lccp.review.StudyForms.StudyRequestForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The baseline template of an analytical study as an Excel workbook, in the reader's
 * language: one sheet of items (interests, population, GDP, inventory, plans, priorities,
 * capacities) and one sheet of energy use by sector and fuel in terajoules. A filled
 * workbook is read back into a study request; each problem is named by sheet, row and
 * column, and a workbook with any problem is not used at all.
 */
@Component
class BaselineWorkbook {

	/** Largest workbook read: a filled template is a few kilobytes. */
	static final long MAX_BYTES = 2L * 1024 * 1024;

	/** The item rows of the first sheet, in order; the key column tells them apart. */
	static final List<String> ITEMS = List.of("interests", "population", "populationYear", "gdp", "gdpCurrency",
			"gdpYear", "inventory", "existingPlans", "priorities", "capacities");

	static final List<String> SECTORS = List.of("RESIDENTIAL", "COMMERCIAL", "INDUSTRY", "TRANSPORT", "OTHER");

	static final List<String> FUELS = List.of("COAL", "OIL", "GAS", "ELECTRICITY", "HEAT", "RENEWABLES", "OTHER");

	/** Column of the values; the hidden key column follows the guidance. */
	private static final int VALUE = 1;

	private static final int KEY = 3;

	/** The row of the energy sheet that holds the year of the data. */
	private static final int ENERGY_YEAR_ROW = SECTORS.size() + 2;

	private final MessageSource texts;

	BaselineWorkbook(MessageSource texts) {
		this.texts = texts;
	}

	/** What a filled workbook gave: a request form, or the problems found. */
	record Reading(@Nullable StudyRequestForm form, List<String> problems) {
	}

	byte[] template(Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			var wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			var items = workbook.createSheet(text("study.xlsx.sheet.baseline", locale));
			var header = items.createRow(0);
			cell(header, 0, text("study.xlsx.header.item", locale)).setCellStyle(bold);
			cell(header, VALUE, text("study.xlsx.header.value", locale)).setCellStyle(bold);
			cell(header, 2, text("study.xlsx.header.guidance", locale)).setCellStyle(bold);
			cell(header, KEY, "key");
			for (var i = 0; i < ITEMS.size(); i++) {
				var key = ITEMS.get(i);
				var row = items.createRow(i + 1);
				cell(row, 0, text("study.xlsx.item." + key, locale)).setCellStyle(wrap);
				row.createCell(VALUE).setCellStyle(wrap);
				cell(row, 2, text("study.xlsx.guidance." + key, locale)).setCellStyle(wrap);
				cell(row, KEY, key);
			}
			items.setColumnWidth(0, 40 * 256);
			items.setColumnWidth(VALUE, 60 * 256);
			items.setColumnWidth(2, 60 * 256);
			items.setColumnHidden(KEY, true);
			items.createFreezePane(0, 1);

			var energy = workbook.createSheet(text("study.xlsx.sheet.energy", locale));
			var top = energy.createRow(0);
			cell(top, 0, text("study.xlsx.energy.corner", locale)).setCellStyle(bold);
			for (var f = 0; f < FUELS.size(); f++) {
				cell(top, f + 1, text("study.xlsx.fuel." + FUELS.get(f), locale)).setCellStyle(bold);
				energy.setColumnWidth(f + 1, 16 * 256);
			}
			for (var s = 0; s < SECTORS.size(); s++) {
				var row = energy.createRow(s + 1);
				cell(row, 0, text("study.xlsx.sector." + SECTORS.get(s), locale)).setCellStyle(bold);
			}
			cell(energy.createRow(ENERGY_YEAR_ROW), 0, text("study.xlsx.energy.year", locale)).setCellStyle(bold);
			energy.setColumnWidth(0, 36 * 256);
			energy.createFreezePane(1, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a filled template; nothing of a workbook with problems is used. */
	Reading read(InputStream content, long size, Locale locale) {
		if (size > MAX_BYTES) {
			return problem(text("study.xlsx.error.tooLarge", locale, MAX_BYTES / (1024 * 1024)));
		}
		XSSFWorkbook workbook;
		try {
			workbook = new XSSFWorkbook(content);
		}
		catch (IOException | RuntimeException ex) {
			// not a zip, not OOXML, an encrypted or damaged file: all the same to the
			// reader
			return problem(text("study.xlsx.error.unreadable", locale));
		}
		try (workbook) {
			if (workbook.getNumberOfSheets() < 2 || !layoutKept(workbook.getSheetAt(0))) {
				return problem(text("study.xlsx.error.layout", locale));
			}
			var problems = new ArrayList<String>();
			var items = workbook.getSheetAt(0);
			var values = new LinkedHashMap<String, String>();
			for (var i = 0; i < ITEMS.size(); i++) {
				var key = ITEMS.get(i);
				var cell = items.getRow(i + 1).getCell(VALUE);
				var value = value(cell);
				var sheetName = items.getSheetName();
				var rowIndex = i + 1;
				switch (key) {
					case "population", "gdp" -> {
						if (value != null && number(value) == null) {
							problems
								.add(at(sheetName, rowIndex, VALUE, text("study.xlsx.error.number", locale), locale));
							continue;
						}
					}
					case "populationYear", "gdpYear" -> {
						if (value != null && !year(value)) {
							problems.add(at(sheetName, rowIndex, VALUE, text("study.xlsx.error.year", locale), locale));
							continue;
						}
					}
					case "gdpCurrency" -> {
						if (value != null && !value.matches("[A-Za-z]{3}")) {
							problems
								.add(at(sheetName, rowIndex, VALUE, text("study.xlsx.error.currency", locale), locale));
							continue;
						}
					}
					default -> {
						var limit = "interests".equals(key) ? 2000 : ReviewManagement.TEXT_LIMIT;
						if (value != null && value.length() > limit) {
							problems.add(at(sheetName, rowIndex, VALUE, text("study.xlsx.error.tooLong", locale, limit),
									locale));
							continue;
						}
					}
				}
				if (value != null) {
					values.put(key, value);
				}
			}
			if (!values.containsKey("interests") && problems.isEmpty()) {
				problems.add(at(items.getSheetName(), 1, VALUE, text("study.xlsx.error.interests", locale), locale));
			}
			var energyUse = energy(workbook.getSheetAt(1), problems, locale);
			if (!problems.isEmpty()) {
				return new Reading(null, List.copyOf(problems));
			}
			return new Reading(new StudyRequestForm(values.get("interests"),
					withYear(plain(values.get("population")), null, values.get("populationYear")),
					withYear(plain(values.get("gdp")), values.get("gdpCurrency"), values.get("gdpYear")), energyUse,
					values.get("inventory"), values.get("existingPlans"), values.get("priorities"),
					values.get("capacities")), List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The energy matrix as one text: "Energy use in TJ (2022) — Transport: oil 400; …".
	 */
	private @Nullable String energy(Sheet sheet, List<String> problems, Locale locale) {
		var lines = new ArrayList<String>();
		for (var s = 0; s < SECTORS.size(); s++) {
			var row = sheet.getRow(s + 1);
			var parts = new ArrayList<String>();
			for (var f = 0; f < FUELS.size(); f++) {
				var value = value(row == null ? null : row.getCell(f + 1));
				if (value == null) {
					continue;
				}
				var number = number(value);
				if (number == null) {
					problems
						.add(at(sheet.getSheetName(), s + 1, f + 1, text("study.xlsx.error.number", locale), locale));
					continue;
				}
				parts.add(text("study.xlsx.fuel." + FUELS.get(f), locale) + " " + number.toPlainString());
			}
			if (!parts.isEmpty()) {
				lines.add(text("study.xlsx.sector." + SECTORS.get(s), locale) + ": " + String.join(", ", parts));
			}
		}
		var yearRow = sheet.getRow(ENERGY_YEAR_ROW);
		var year = value(yearRow == null ? null : yearRow.getCell(1));
		if (year != null && !year(year)) {
			problems.add(at(sheet.getSheetName(), ENERGY_YEAR_ROW, 1, text("study.xlsx.error.year", locale), locale));
		}
		if (lines.isEmpty()) {
			return null;
		}
		var text = text("study.xlsx.energy.summary", locale, year == null ? "" : " (" + year + ")") + "\n"
				+ String.join("\n", lines);
		return text.length() > ReviewManagement.TEXT_LIMIT ? text.substring(0, ReviewManagement.TEXT_LIMIT) : text;
	}

	private static boolean layoutKept(Sheet sheet) {
		for (var i = 0; i < ITEMS.size(); i++) {
			var row = sheet.getRow(i + 1);
			if (row == null || !ITEMS.get(i).equals(value(row.getCell(KEY)))) {
				return false;
			}
		}
		return true;
	}

	/** A cell's value as text, numbers without a trailing ".0"; null when blank. */
	static @Nullable String value(@Nullable Cell cell) {
		if (cell == null) {
			return null;
		}
		var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC ->
				new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> null;
		};
		if (text == null) {
			return null;
		}
		var clean = text.strip().replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
		return clean.isEmpty() ? null : clean;
	}

	/**
	 * A number of zero or more, spaces and thousands separators allowed; null if none.
	 */
	static @Nullable BigDecimal number(String text) {
		try {
			var number = new BigDecimal(text.replace(",", "").replace(" ", "").replace("\u00a0", ""));
			return number.signum() < 0 || number.precision() - number.scale() > 18 ? null : number;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean year(String text) {
		try {
			var year = Integer.parseInt(text);
			return year >= 1900 && year <= 2100;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static @Nullable String plain(@Nullable String number) {
		return number == null ? null : number(number).stripTrailingZeros().toPlainString();
	}

	private static @Nullable String withYear(@Nullable String value, @Nullable String unit, @Nullable String year) {
		if (value == null) {
			return null;
		}
		return value + (unit == null ? "" : " " + unit.toUpperCase(Locale.ROOT))
				+ (year == null ? "" : " (" + year + ")");
	}

	private Reading problem(String text) {
		return new Reading(null, List.of(text));
	}

	private static Cell cell(Row row, int column, String text) {
		var cell = row.createCell(column);
		cell.setCellValue(text);
		return cell;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.texts.getMessage(key, arguments, key, locale);
	}

	/**
	 * A problem at a cell as the reader sees it: sheet name, row number and column
	 * letter, in the reader's language.
	 */
	private String at(String sheet, int rowIndex, int columnIndex, String problem, Locale locale) {
		return text("study.xlsx.error.at", locale, sheet, rowIndex + 1,
				CellReference.convertNumToColString(columnIndex), problem);
	}

}
