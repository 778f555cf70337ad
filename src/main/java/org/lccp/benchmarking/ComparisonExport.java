package org.lccp.benchmarking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lccp.shared.web.SafeCells;

/**
 * A city's comparison as a table: one row per city and indicator, the value with its
 * year, origin and source, or "missing" where the city has none. Text cells are safe
 * against formula injection; values are numbers.
 */
final class ComparisonExport {

	static final List<String> HEADER = List.of("city_id", "city", "country", "role", "indicator", "indicator_name",
			"unit", "year", "value", "origin", "source");

	private ComparisonExport() {
	}

	static List<List<Object>> rows(CityBenchmarks.View view, Locale locale) {
		var out = new ArrayList<List<Object>>();
		for (var row : view.rows()) {
			add(out, row.own(), row.indicator(), locale);
			for (var cell : row.peers()) {
				add(out, cell, row.indicator(), locale);
			}
		}
		return out;
	}

	private static void add(List<List<Object>> out, CityBenchmarks.Cell cell, Indicator indicator, Locale locale) {
		var v = cell.value();
		out.add(List.of(cell.city().id().toString(), cell.city().name(locale), cell.city().countryCode(),
				cell.own() ? "city" : "peer", indicator.code(), indicator.name(locale), indicator.unit(),
				v == null ? "" : v.year(), v == null ? "" : v.value(), v == null ? "missing" : v.origin().name(),
				v == null ? "" : v.source()));
	}

	static byte[] csv(CityBenchmarks.View view, Locale locale) {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(new String[0])).get())) {
			for (var row : rows(view, locale)) {
				printer.printRecord(row.stream().map(SafeCells::text).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx(CityBenchmarks.View view, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("comparison");
			var header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
			}
			var r = 1;
			for (var values : rows(view, locale)) {
				var row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					var v = values.get(c);
					var cell = row.createCell(c);
					if (v instanceof java.math.BigDecimal d) {
						cell.setCellValue(d.doubleValue());
					}
					else if (v instanceof Integer i) {
						cell.setCellValue(i);
					}
					else {
						cell.setCellValue(SafeCells.text(v));
					}
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
