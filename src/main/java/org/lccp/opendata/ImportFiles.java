package org.lccp.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/** Files uploaded for an {@link OpenDataImport}, read as rows of named columns. */
public final class ImportFiles {

	private ImportFiles() {
	}

	/**
	 * The rows of a CSV (UTF-8, a byte-order mark allowed) or, by its name, XLSX file
	 * (the first sheet) as column name, lower-cased, to text; blank rows are left out.
	 * @throws IOException or a runtime exception when the file cannot be read as either
	 */
	public static List<Map<String, String>> rows(@Nullable String filename, InputStream content) throws IOException {
		var name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		var rows = new ArrayList<Map<String, String>>();
		if (name.endsWith(".xlsx")) {
			try (var workbook = WorkbookFactory.create(content)) {
				var sheet = workbook.getSheetAt(0);
				var format = new DataFormatter(Locale.ROOT);
				var header = new ArrayList<String>();
				var first = sheet.getRow(sheet.getFirstRowNum());
				if (first == null) {
					return rows;
				}
				for (var cell : first) {
					header.add(format.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
				}
				for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
					var line = sheet.getRow(r);
					if (line == null) {
						continue;
					}
					var map = new LinkedHashMap<String, String>();
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
		var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
		try (var parser = format.parse(new InputStreamReader(content, StandardCharsets.UTF_8))) {
			var header = parser.getHeaderNames().stream().map((h) -> h.replace("\uFEFF", "").strip()).toList();
			for (var record : parser) {
				var map = new LinkedHashMap<String, String>();
				for (int c = 0; c < header.size() && c < record.size(); c++) {
					map.put(header.get(c).toLowerCase(Locale.ROOT), record.get(c));
				}
				rows.add(map);
			}
		}
		return rows;
	}

}
