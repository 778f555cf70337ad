package org.lccp.benchmarking;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.DomainException;
import org.lccp.shared.web.SafeCells;

/**
 * An indicator system as a spreadsheet (CSV or XLSX), one indicator per row, in the
 * columns of {@link #COLUMNS}: what the secretariat exports, edits and imports as the
 * next version. Every row is checked before anything is stored; the problems are listed
 * by row.
 */
public final class SystemFile {

	static final List<String> COLUMNS = List.of("code", "name_en", "name_zh", "name_ja", "name_ko", "name_ru",
			"name_mn", "definition", "unit", "direction", "sector", "category", "level", "computation", "formula",
			"weight", "reference_value");

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_INDICATORS = 500;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private SystemFile() {
	}

	/** One checked row. */
	record Row(String code, Map<String, String> names, String definition, String unit, Direction direction,
			@Nullable String sector, String category, IndicatorLevel level, @Nullable String computation,
			@Nullable String formula, BigDecimal weight, @Nullable BigDecimal reference) {
	}

	/** A checked file with the system's code, name and description from the form. */
	public record Parsed(String code, String name, @Nullable String description, List<Row> indicators) {
	}

	/** A problem of one row (0 for the whole file). */
	public record Problem(int row, String key, List<Object> arguments) {
	}

	/** The file is refused; every problem found is listed. */
	public static class InvalidSystemFileException extends DomainException {

		private final transient List<Problem> problems;

		InvalidSystemFileException(List<Problem> problems) {
			super(problems.get(0).key(), problems.get(0).arguments().toArray());
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return this.problems;
		}

	}

	/** Reads and checks a file; throws with every problem when any row is wrong. */
	static Parsed parse(String code, String name, @Nullable String description, @Nullable String filename,
			byte[] content) {
		var problems = new ArrayList<Problem>();
		var systemCode = code.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(systemCode).matches()) {
			problems.add(new Problem(0, "benchmarking.import.error.systemCode", List.of()));
		}
		if (name.isBlank() || name.length() > 200) {
			problems.add(new Problem(0, "benchmarking.import.error.systemName", List.of()));
		}
		if (content.length == 0) {
			problems.add(new Problem(0, "benchmarking.import.error.empty", List.of()));
			throw new InvalidSystemFileException(problems);
		}
		if (content.length > MAX_BYTES) {
			problems.add(new Problem(0, "benchmarking.import.error.size", List.of(MAX_BYTES / 1024 / 1024)));
			throw new InvalidSystemFileException(problems);
		}
		List<Map<String, String>> rows;
		try {
			rows = read(filename, content);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new Problem(0, "benchmarking.import.error.unreadable", List.of()));
			throw new InvalidSystemFileException(problems);
		}
		if (rows.isEmpty()) {
			problems.add(new Problem(0, "benchmarking.import.error.empty", List.of()));
			throw new InvalidSystemFileException(problems);
		}
		if (rows.size() > MAX_INDICATORS) {
			problems.add(new Problem(0, "benchmarking.import.error.tooMany", List.of(MAX_INDICATORS)));
			throw new InvalidSystemFileException(problems);
		}
		var missingColumns = new ArrayList<String>();
		for (var column : List.of("code", "name_en", "direction", "unit")) {
			if (!rows.get(0).containsKey(column)) {
				missingColumns.add(column);
			}
		}
		if (!missingColumns.isEmpty()) {
			problems
				.add(new Problem(0, "benchmarking.import.error.columns", List.of(String.join(", ", missingColumns))));
			throw new InvalidSystemFileException(problems);
		}
		var codes = new HashSet<String>();
		for (var r : rows) {
			codes.add(cell(r, "code").toUpperCase(Locale.ROOT));
		}
		var out = new ArrayList<Row>();
		var seen = new HashSet<String>();
		var weightSum = BigDecimal.ZERO;
		var formulas = new LinkedHashMap<String, Expression>();
		for (int i = 0; i < rows.size(); i++) {
			var r = rows.get(i);
			var line = i + 2;
			var before = problems.size();
			var indicatorCode = cell(r, "code").toUpperCase(Locale.ROOT);
			if (!CODE.matcher(indicatorCode).matches()) {
				problems.add(new Problem(line, "benchmarking.import.error.code", List.of(cell(r, "code"))));
			}
			else if (!seen.add(indicatorCode)) {
				problems.add(new Problem(line, "benchmarking.import.error.duplicate", List.of(indicatorCode)));
			}
			var names = new LinkedHashMap<String, String>();
			for (var language : List.of("en", "zh", "ja", "ko", "ru", "mn")) {
				var value = cell(r, "name_" + language);
				if (value.isEmpty() || value.length() > 300) {
					problems.add(new Problem(line, "benchmarking.import.error.name", List.of(indicatorCode, language)));
				}
				names.put(language, value);
			}
			Direction direction = null;
			try {
				direction = Direction.valueOf(cell(r, "direction").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(line, "benchmarking.import.error.direction", List.of(indicatorCode)));
			}
			var level = IndicatorLevel.MAIN;
			if (!cell(r, "level").isEmpty()) {
				try {
					level = IndicatorLevel.valueOf(cell(r, "level").toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add(new Problem(line, "benchmarking.import.error.level", List.of(indicatorCode)));
				}
			}
			var unit = cell(r, "unit");
			if (unit.isEmpty() || unit.length() > 80) {
				problems.add(new Problem(line, "benchmarking.import.error.unit", List.of(indicatorCode)));
			}
			var category = cell(r, "category");
			if (category.length() > 120) {
				problems.add(new Problem(line, "benchmarking.import.error.category", List.of(indicatorCode)));
			}
			var sector = cell(r, "sector");
			if (sector.length() > 40) {
				problems.add(new Problem(line, "benchmarking.import.error.sector", List.of(indicatorCode)));
			}
			var computation = cell(r, "computation").toUpperCase(Locale.ROOT);
			if (!computation.isEmpty()) {
				try {
					Computation.valueOf(computation);
				}
				catch (IllegalArgumentException ex) {
					problems.add(new Problem(line, "benchmarking.import.error.computation",
							List.of(indicatorCode, cell(r, "computation"))));
				}
			}
			var formula = cell(r, "formula");
			if (!formula.isEmpty()) {
				if (!computation.isEmpty()) {
					problems.add(new Problem(line, "benchmarking.import.error.twoRules", List.of(indicatorCode)));
				}
				try {
					formulas.put(indicatorCode, Expression.parse(formula, codes));
				}
				catch (InvalidBenchmarkException ex) {
					var args = new ArrayList<Object>(List.of(ex.arguments()));
					problems.add(new Problem(line, ex.messageKey(), args));
				}
			}
			var weight = decimal(cell(r, "weight"), BigDecimal.ZERO);
			if (weight == null || weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
				problems.add(new Problem(line, "benchmarking.import.error.weight", List.of(indicatorCode)));
				weight = BigDecimal.ZERO;
			}
			else if (weight.signum() > 0 && direction == Direction.NEUTRAL) {
				problems.add(new Problem(line, "benchmarking.index.error.neutral", List.of(indicatorCode)));
			}
			weightSum = weightSum.add(weight);
			var reference = decimal(cell(r, "reference_value"), null);
			if (reference == null && !cell(r, "reference_value").isEmpty()) {
				problems.add(new Problem(line, "benchmarking.import.error.reference", List.of(indicatorCode)));
			}
			var definition = cell(r, "definition");
			if (definition.length() > 4000) {
				problems.add(new Problem(line, "benchmarking.import.error.definition", List.of(indicatorCode)));
			}
			if (problems.size() == before && direction != null) {
				out.add(new Row(indicatorCode, names, definition, unit, direction, sector.isEmpty() ? null : sector,
						category.isEmpty() ? "—" : category, level, computation.isEmpty() ? null : computation,
						formula.isEmpty() ? null : formula, weight, reference));
			}
		}
		if (weightSum.signum() != 0 && weightSum.compareTo(HUNDRED) != 0) {
			problems.add(new Problem(0, "benchmarking.index.error.weightSum", List.of(weightSum.toPlainString())));
		}
		var cycle = cycle(formulas);
		if (cycle != null) {
			problems.add(new Problem(0, "benchmarking.import.error.cycle", List.of(cycle)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidSystemFileException(problems);
		}
		return new Parsed(systemCode, name.strip(),
				description == null || description.isBlank() ? null : description.strip(), List.copyOf(out));
	}

	/** A formula that reads itself through others, as "A → B → A", or null. */
	private static @Nullable String cycle(Map<String, Expression> formulas) {
		for (var start : formulas.keySet()) {
			var path = new ArrayList<String>();
			if (reaches(start, start, formulas, path, new HashSet<>())) {
				path.add(0, start);
				return String.join(" → ", path);
			}
		}
		return null;
	}

	private static boolean reaches(String from, String target, Map<String, Expression> formulas, List<String> path,
			Set<String> visited) {
		var expression = formulas.get(from);
		if (expression == null || !visited.add(from)) {
			return false;
		}
		for (var next : expression.codes()) {
			if (next.equals(target) || reaches(next, target, formulas, path, visited)) {
				path.add(0, next);
				return true;
			}
		}
		return false;
	}

	/**
	 * A cell's text; the apostrophe our own exports put before a leading {@code = + - @}
	 * (against formula injection) is taken off again.
	 */
	private static String cell(Map<String, String> row, String column) {
		var v = row.get(column);
		if (v == null) {
			return "";
		}
		v = v.strip();
		if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0) {
			v = v.substring(1);
		}
		return v;
	}

	private static @Nullable BigDecimal decimal(String text, @Nullable BigDecimal empty) {
		if (text.isEmpty()) {
			return empty;
		}
		try {
			var v = new BigDecimal(text.replace(",", ""));
			return v.precision() - v.scale() > 20 ? null : v;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static List<Map<String, String>> read(@Nullable String filename, byte[] content) throws IOException {
		var name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		var rows = new ArrayList<Map<String, String>>();
		if (name.endsWith(".xlsx")) {
			if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
				throw new IOException("not an XLSX file");
			}
			try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
				var sheet = workbook.getSheetAt(0);
				var format = new DataFormatter(Locale.ROOT);
				var first = sheet.getRow(sheet.getFirstRowNum());
				if (first == null) {
					return rows;
				}
				var header = new ArrayList<String>();
				for (int c = 0; c < first.getLastCellNum(); c++) {
					var cell = first.getCell(c);
					header.add(cell == null ? "" : format.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
				}
				for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
					var line = sheet.getRow(r);
					if (line == null) {
						continue;
					}
					var map = new HashMap<String, String>();
					var blank = true;
					for (int c = 0; c < header.size(); c++) {
						var cell = line.getCell(c);
						var value = cell == null ? "" : format.formatCellValue(cell);
						blank &= value.isBlank();
						map.put(header.get(c), value);
					}
					if (!blank) {
						rows.add(map);
					}
				}
			}
			return rows;
		}
		if (!name.endsWith(".csv")) {
			throw new IOException("neither CSV nor XLSX");
		}
		var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
		try (var parser = format
			.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			var header = parser.getHeaderNames()
				.stream()
				.map((h) -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
				.toList();
			for (var record : parser) {
				var map = new HashMap<String, String>();
				for (int c = 0; c < header.size() && c < record.size(); c++) {
					map.put(header.get(c), record.get(c));
				}
				rows.add(map);
			}
		}
		return rows;
	}

	private static List<String> cells(Indicator i) {
		return List.of(i.code(), i.names().get("en"), i.names().get("zh"), i.names().get("ja"), i.names().get("ko"),
				i.names().get("ru"), i.names().get("mn"), i.definition(), i.unit(), i.direction().name(),
				i.sector() == null ? "" : i.sector(), i.category(), i.level().name(),
				i.computation() == null ? "" : i.computation(), i.formula() == null ? "" : i.formula(),
				i.weight().toPlainString(), i.reference() == null ? "" : i.reference().toPlainString());
	}

	/**
	 * The system's indicators as CSV (UTF-8 with a byte-order mark, for spreadsheets).
	 */
	static byte[] csv(List<Indicator> indicators) {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(new String[0])).get())) {
			for (var i : indicators) {
				printer.printRecord(cells(i).stream().map(SafeCells::text).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx(List<Indicator> indicators) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("indicators");
			var header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c));
			}
			var r = 1;
			for (var i : indicators) {
				var row = sheet.createRow(r++);
				var cells = cells(i);
				for (int c = 0; c < cells.size(); c++) {
					row.createCell(c).setCellValue(SafeCells.text(cells.get(c)));
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
