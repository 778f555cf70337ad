package org.lccp.cities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lccp.membership.MembershipManagement;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's public data as tables, written as CSV or XLSX with every text cell safe
 * against formula injection, and the bulk download: one ZIP of all tables in both
 * formats, rebuilt on the first download after a change.
 */
@Component
class OpenData {

	private final Cities cities;

	private final CityFacts facts;

	private final Targets targets;

	private final Progress progress;

	private final CitiesManagement management;

	private final MembershipManagement membership;

	private final AtomicReference<@Nullable Bulk> bulk = new AtomicReference<>();

	OpenData(Cities cities, CityFacts facts, Targets targets, Progress progress, CitiesManagement management,
			MembershipManagement membership) {
		this.cities = cities;
		this.facts = facts;
		this.targets = targets;
		this.progress = progress;
		this.management = management;
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
					t.annualRatePercent(), t.annualRateFormula()));
		}
		return new Table("targets",
				List.of("id", "city_id", "city", "country", "type", "neutrality_kind", "title", "base_year",
						"base_value", "target_year", "target_value", "reduction_percent", "reduction_percent_high",
						"unit", "gases", "sectors", "scopes", "conditional", "status", "superseded_by", "policy",
						"source_document", "source_page", "source_link", "annual_rate_percent", "annual_rate_formula"),
				rows);
	}

	/** All public tables, read in one transaction. */
	@Transactional(readOnly = true)
	List<Table> all() {
		var cityViews = this.cities.findAll(Sort.by("countryCode", "nameEn")).stream().map(City::view).toList();
		var targetViews = this.management
			.targets(new CitiesManagement.TargetFilter(null, null, null, null, null),
					PageRequest.of(0, Integer.MAX_VALUE, Sort.by("countryCode", "targetYear", "id")))
			.getContent();
		var factRows = new ArrayList<List<Object>>();
		for (var f : this.facts.findAll(Sort.by("cityId", "kind", "year"))) {
			var v = f.view();
			factRows.add(row(f.getCityId(), v.kind(), v.year(), v.value(), v.unit(), v.source()));
		}
		var progressRows = new ArrayList<List<Object>>();
		for (var p : this.progress.findAll(Sort.by("targetId", "year"))) {
			var v = p.view();
			progressRows.add(row(p.getTargetId(), v.year(), v.value(), v.shareAchieved(), v.note()));
		}
		var countryRows = new ArrayList<List<Object>>();
		for (var c : this.management.countries()) {
			countryRows.add(row(c.code(), c.nameEn(), c.nameNative(), c.cities()));
		}
		var memberRows = new ArrayList<List<Object>>();
		for (var m : this.membership.publicDirectory(null, null, PageRequest.of(0, 100_000))) {
			memberRows.add(row(m.id(), m.nameEnglish(), m.nameOriginal(), m.type(), m.country(), m.city(), m.website(),
					m.memberSince()));
		}
		return List.of(new Table("countries", List.of("code", "name_en", "name_native", "cities"), countryRows),
				cityTable(cityViews),
				new Table("city_facts", List.of("city_id", "kind", "year", "value", "unit", "source"), factRows),
				targetTable(targetViews),
				new Table("target_progress", List.of("target_id", "year", "value", "share_achieved", "note"),
						progressRows),
				new Table("institutions",
						List.of("id", "name_en", "name_original", "type", "country", "city", "website", "member_since"),
						memberRows));
	}

	/**
	 * The bulk download, rebuilt when the data changed since it was last built: on this
	 * node's change events, and when the data's fingerprint (counts and last updates)
	 * differs, so that changes made through other nodes are seen too.
	 */
	Bulk bulk() {
		var version = this.management.dataVersion();
		var current = this.bulk.get();
		if (current != null && current.version().equals(version)) {
			return current;
		}
		synchronized (this) {
			current = this.bulk.get();
			if (current == null || !current.version().equals(version)) {
				current = new Bulk(zip(all()), Instant.now(), version);
				this.bulk.set(current);
			}
			return current;
		}
	}

	@EventListener
	void on(OpenDataChanged event) {
		this.bulk.set(null);
	}

	static byte[] zip(List<Table> tables) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var table : tables) {
				zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
				zip.write(csv(table).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry(table.name() + ".xlsx"));
				zip.write(xlsx(table));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
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
		try (var workbook = new SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet(table.name());
			var header = sheet.createRow(0);
			for (int i = 0; i < table.header().size(); i++) {
				header.createCell(i).setCellValue(table.header().get(i));
			}
			int r = 1;
			for (var row : table.rows()) {
				var line = sheet.createRow(r++);
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
			}
			var out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
	}

	/** A built bulk download. */
	record Bulk(byte[] zip, Instant builtAt, String version) {
	}

}
