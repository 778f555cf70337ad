package org.lccp.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table written as a download: CSV (UTF-8 with a byte-order mark, so that spreadsheet
 * programs read CJK text) or XLSX (numbers as numbers), every text cell safe against
 * formula injection.
 */
public final class TableFiles {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private TableFiles() {
	}

	public static byte[] csv(List<String> header, List<List<Object>> rows) {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).get())) {
			for (var row : rows) {
				printer.printRecord(row.stream().map(SafeCells::text).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(sheetName);
			var first = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				first.createCell(c).setCellValue(header.get(c));
			}
			var r = 1;
			for (var values : rows) {
				var row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					var v = values.get(c);
					var cell = row.createCell(c);
					if (v instanceof BigDecimal d) {
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

	/** A file to save, named in UTF-8 so that CJK names survive. */
	public static ResponseEntity<byte[]> attachment(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
