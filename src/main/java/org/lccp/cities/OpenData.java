package org.lccp.cities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.web.SafeCells;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's public data as tables, written as CSV or XLSX with every text cell safe
 * against formula injection, and the bulk download: one ZIP of all tables in both
 * formats, kept ready by {@link BulkDownload}.
 */
@Component
class OpenData {

	private final Cities cities;

	private final CityFacts facts;

	private final Targets targets;

	private final Progress progress;

	private final CityDirectory management;

	private final TargetRegistry targetRegistry;

	private final MembershipManagement membership;

	static final int BATCH = 2000;

	private final TransactionTemplate readOnly;

	private final List<org.lccp.shared.domain.OpenDataTables> otherTables;

	OpenData(Cities cities, CityFacts facts, Targets targets, Progress progress, CityDirectory management,
			TargetRegistry targetRegistry, MembershipManagement membership, PlatformTransactionManager transactions,
			List<org.lccp.shared.domain.OpenDataTables> otherTables) {
		this.otherTables = otherTables;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.cities = cities;
		this.facts = facts;
		this.targets = targets;
		this.progress = progress;
		this.management = management;
		this.targetRegistry = targetRegistry;
		this.membership = membership;
	}

	static Table cityTable(List<CityView> list) {
		var rows = new ArrayList<List<Object>>();
		for (var c : list) {
			rows.add(row(c.id(), c.countryCode(), c.locode(), c.nameEn(), c.nameZh(), c.nameJa(), c.nameKo(),
					c.nameRu(), c.nameMn(), c.nameNative(), c.adminLevel(), c.latitude(), c.longitude(), c.source()));
		}
		return new Table("cities", List.of("id", "country", "locode", "name_en", "name_zh", "name_ja", "name_ko",
				"name_ru", "name_mn", "name_native", "admin_level", "latitude", "longitude", "source"), rows);
	}

	static Table targetTable(List<TargetView> list) {
		var rows = new ArrayList<List<Object>>();
		for (var t : list) {
			rows.add(row(t.id(), t.cityId(), t.cityName(), t.countryCode(), t.type(), t.neutralityKind(), t.title(),
					t.baseYear(), t.baseValue(), t.targetYear(), t.targetValue(), t.reductionPercent(),
					t.reductionPercentHigh(), t.unit(), t.gases(), t.sectors(), t.scopes(), t.conditional(), t.status(),
					t.supersededBy(), t.policy(), t.sourceDocument(), t.sourcePage(), t.sourceLink(),
					t.annualRatePercent(), t.annualRateFormula(), t.valueDescription()));
		}
		return new Table("targets",
				List.of("id", "city_id", "city", "country", "type", "neutrality_kind", "title", "base_year",
						"base_value", "target_year", "target_value", "reduction_percent", "reduction_percent_high",
						"unit", "gases", "sectors", "scopes", "conditional", "status", "superseded_by", "policy",
						"source_document", "source_page", "source_link", "annual_rate_percent", "annual_rate_formula",
						"value_description"),
				rows);
	}

	/**
	 * All public tables, each read in batches of {@value #BATCH} rows (keyset paging, one
	 * short read-only transaction per batch) while it is written, so that the download of
	 * 100,000 cities needs no more memory than one batch.
	 */
	List<StreamedTable> all() {
		var countries = new StreamedTable("countries", List.of("code", "name_en", "name_native", "cities"),
				(sink) -> this.management.countries()
					.forEach((c) -> sink.accept(row(c.code(), c.nameEn(), c.nameNative(), c.cities()))));
		var cityTable = new StreamedTable("cities", cityTable(List.of()).header(), (sink) -> {
			UUID after = new UUID(0, 0);
			while (true) {
				var from = after;
				var batch = read(() -> this.cities.batchAfter(from, PageRequest.of(0, BATCH)));
				if (batch.isEmpty()) {
					return;
				}
				cityTable(batch.stream().map(City::view).toList()).rows().forEach(sink);
				after = batch.get(batch.size() - 1).getId();
			}
		});
		var factTable = new StreamedTable("city_facts", List.of("city_id", "kind", "year", "value", "unit", "source"),
				(sink) -> {
					long after = Long.MIN_VALUE;
					while (true) {
						var from = after;
						var batch = read(() -> this.facts.batchAfter(from, PageRequest.of(0, BATCH)));
						if (batch.isEmpty()) {
							return;
						}
						for (var f : batch) {
							var v = f.view();
							sink.accept(row(f.getCityId(), v.kind(), v.year(), v.value(), v.unit().code(), v.source()));
						}
						after = batch.get(batch.size() - 1).getId();
					}
				});
		var targetTable = new StreamedTable("targets", targetTable(List.of()).header(), (sink) -> {
			UUID after = new UUID(0, 0);
			while (true) {
				var from = after;
				var batch = read(() -> {
					var list = this.targets.batchAfter(from, PageRequest.of(0, BATCH));
					return list.isEmpty() ? List.<TargetView>of() : this.targetRegistry.viewsOf(list);
				});
				if (batch.isEmpty()) {
					return;
				}
				targetTable(batch).rows().forEach(sink);
				after = batch.get(batch.size() - 1).id();
			}
		});
		var progressTable = new StreamedTable("target_progress",
				List.of("target_id", "year", "value", "share_achieved", "note"), (sink) -> {
					long after = Long.MIN_VALUE;
					while (true) {
						var from = after;
						var batch = read(() -> this.progress.batchAfter(from, PageRequest.of(0, BATCH)));
						if (batch.isEmpty()) {
							return;
						}
						for (var p : batch) {
							var v = p.view();
							sink.accept(row(p.getTargetId(), v.year(), v.value(), v.shareAchieved(), v.note()));
						}
						after = batch.get(batch.size() - 1).getId();
					}
				});
		var members = new StreamedTable("institutions",
				List.of("id", "name_en", "name_original", "type", "country", "city", "website", "member_since"),
				(sink) -> {
					for (int page = 0;; page++) {
						var batch = this.membership.publicDirectory(null, null, PageRequest.of(page, BATCH));
						for (var m : batch) {
							sink.accept(row(m.id(), m.nameEnglish(), m.nameOriginal(), m.type(), m.country(), m.city(),
									m.website(), m.memberSince()));
						}
						if (!batch.hasNext()) {
							return;
						}
					}
				});
		var tables = new java.util.ArrayList<>(
				List.of(countries, cityTable, factTable, targetTable, progressTable, members));
		for (var module : this.otherTables) {
			for (var table : module.tables()) {
				tables.add(new StreamedTable(table.name(), table.header(), table.rows()));
			}
		}
		return tables;
	}

	private <T> T read(java.util.function.Supplier<T> work) {
		return this.readOnly.execute((status) -> work.get());
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
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get())) {
			printer.printRecord(table.header());
			for (var row : table.rows()) {
				printer.printRecord(row.stream().map(SafeCells::text).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
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

	private static List<Object> row(Object... values) {
		var list = new ArrayList<Object>(values.length);
		for (var v : values) {
			list.add(v instanceof Enum<?> e ? e.name() : v);
		}
		return list;
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
