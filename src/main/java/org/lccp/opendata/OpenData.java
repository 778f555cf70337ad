package org.lccp.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lccp.shared.domain.OpenDataTables;
import org.lccp.shared.web.SafeCells;

import org.springframework.stereotype.Component;

/**
 * The platform's public data as tables, written as CSV or XLSX with every text cell safe
 * against formula injection, and the bulk download: one ZIP of all tables in both
 * formats, kept ready by {@link BulkDownload}. The tables are those the modules offer as
 * {@link OpenDataTables}, in the order of those beans.
 */
@Component
class OpenData {

	private final List<OpenDataTables> modules;

	OpenData(List<OpenDataTables> modules) {
		this.modules = modules;
	}

	/**
	 * All public tables, each streamed while it is written: a module reads its rows in
	 * batches, so that the download of 100,000 cities needs no more memory than one
	 * batch.
	 */
	List<StreamedTable> all() {
		var tables = new ArrayList<StreamedTable>();
		for (var module : this.modules) {
			for (var table : module.tables()) {
				tables.add(new StreamedTable(table.name(), table.header(), table.rows()));
			}
		}
		return tables;
	}

	/** A fingerprint of the data behind all tables, changed by every write. */
	String version() {
		return this.modules.stream().map(OpenDataTables::version).collect(Collectors.joining("|"));
	}

	static byte[] zip(List<Table> tables) {
		var bytes = new ByteArrayOutputStream();
		zip(tables.stream().map(Table::streamed).toList(), bytes);
		return bytes.toByteArray();
	}

	static void zip(List<StreamedTable> tables, OutputStream out) {
		try (var zip = new ZipOutputStream(out)) {
			var shielded = CloseShieldOutputStream.wrap(zip);
			for (var table : tables) {
				zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
				var writer = new OutputStreamWriter(shielded, StandardCharsets.UTF_8);
				var printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().get());
				printer.printRecord(table.header());
				table.rows().accept((row) -> {
					try {
						printer.printRecord(row.stream().map(SafeCells::text).toList());
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				printer.flush();
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry(table.name() + ".xlsx"));
				xlsx(table, shielded);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String csv(Table table) {
		return ApiCsv.csv(table.header(), table.rows());
	}

	static byte[] xlsx(Table table) {
		var out = new ByteArrayOutputStream();
		xlsx(table.streamed(), out);
		return out.toByteArray();
	}

	static void xlsx(StreamedTable table, OutputStream out) {
		var workbook = new SXSSFWorkbook(200);
		try {
			var sheet = workbook.createSheet(table.name());
			var header = sheet.createRow(0);
			for (int i = 0; i < table.header().size(); i++) {
				header.createCell(i).setCellValue(table.header().get(i));
			}
			var next = new int[] { 1 };
			table.rows().accept((row) -> {
				var line = sheet.createRow(next[0]++);
				for (int i = 0; i < row.size(); i++) {
					var value = row.get(i);
					var cell = line.createCell(i);
					if (value instanceof BigDecimal number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof Integer number) {
						cell.setCellValue(number);
					}
					else if (value instanceof Long number) {
						cell.setCellValue(number);
					}
					else if (value != null) {
						cell.setCellValue(SafeCells.text(value));
					}
				}
			});
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	/** A table: its file name, column names and rows. */
	record Table(String name, List<String> header, List<List<Object>> rows) {

		StreamedTable streamed() {
			return new StreamedTable(this.name, this.header, (sink) -> this.rows.forEach(sink));
		}

	}

	/** A table whose rows are produced while it is written. */
	record StreamedTable(String name, List<String> header, Consumer<Consumer<List<Object>>> rows) {
	}

}
