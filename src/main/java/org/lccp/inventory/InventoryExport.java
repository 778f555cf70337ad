package org.lccp.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.SafeCells;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an inventory in the layouts it can be imported from (sub-sector and activity
 * lines, CSV or XLSX, so an export imports again unchanged) and as a GCoM Common
 * Reporting Framework–style table (sub-sectors × scopes, figures or notation keys). Text
 * cells are formula-injection safe; numbers keep every digit (as text in XLSX when a
 * binary number could not hold them).
 */
final class InventoryExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private InventoryExport() {
	}

	/** A table: header and rows. */
	record Table(List<String> header, List<List<Object>> rows) {
	}

	static Table subsectors(InventoryManagement.InventoryFile2 file, ReferenceLibrary library, String cityName) {
		var h = file.header();
		var values = new LinkedHashMap<String, BigDecimal>();
		var keys = new LinkedHashMap<String, String>();
		var explanations = new LinkedHashMap<String, String>();
		var contributions = new ArrayList<InventoryTotals.Contribution>();
		for (var e : file.entries()) {
			var row = library.row(e.gpcRef()).orElseThrow();
			if (e.notationKey() != null) {
				keys.putIfAbsent(e.gpcRef(), e.notationKey());
				if (e.explanation() != null) {
					explanations.putIfAbsent(e.gpcRef(), e.explanation());
				}
			}
			else if (e.co2e() != null) {
				values.merge(e.gpcRef(), e.co2e(), BigDecimal::add);
				contributions.add(new InventoryTotals.Contribution(row, "CO2e", e.co2e(), false));
			}
		}
		var rows = new ArrayList<List<Object>>();
		var population = h.population() == null ? "" : CalculationApi.plain(h.population()).toPlainString();
		for (var row : library.rows()) {
			var value = values.get(row.ref());
			var key = keys.get(row.ref());
			if (value == null && key == null) {
				continue;
			}
			rows.add(Arrays.asList(cityName, h.countryCode(), h.year(), row.sectorName(), row.scope(),
					value == null ? "" : CalculationApi.plain(value), row.ref(), row.subsectorName(), row.level(),
					value == null ? key : "", h.reportingLevel(),
					h.boundaryDescription() == null ? h.boundary().name() : h.boundaryDescription(), population,
					explanations.getOrDefault(row.ref(), "")));
		}
		var totals = InventoryTotals.of(contributions);
		rows.add(total(cityName, h, "TOTAL_BASIC", totals.basic(), population));
		rows.add(total(cityName, h, "TOTAL_BASIC+", totals.basicPlus(), population));
		rows.add(total(cityName, h, "TOTAL_TERRITORIAL", totals.territorial(), population));
		return new Table(InventoryFile.SUBSECTOR_LAYOUT, rows);
	}

	private static List<Object> total(String cityName, InventoryRecords.Header h, String ref, BigDecimal value,
			String population) {
		return Arrays.asList(cityName, h.countryCode(), h.year(), "TOTAL", "all", CalculationApi.plain(value), ref, "",
				"", "", h.reportingLevel(), "", population, "");
	}

	static Table activities(InventoryManagement.InventoryFile2 file, ReferenceLibrary library) {
		var rows = new ArrayList<List<Object>>();
		for (var e : file.entries()) {
			var row = library.row(e.gpcRef()).orElseThrow();
			var cells = new LinkedHashMap<String, Object>();
			InventoryFile.ACTIVITY_LAYOUT.forEach((c) -> cells.put(c, ""));
			cells.put("gpc_ref", row.ref());
			cells.put("scope", row.scope());
			cells.put("description", nullToEmpty(e.description()));
			cells.put("data_quality", nullToEmpty(e.dataQuality()));
			cells.put("source_document", nullToEmpty(e.sourceDocument()));
			if (e.notationKey() != null) {
				cells.put("notation_key", e.notationKey());
				cells.put("explanation", nullToEmpty(e.explanation()));
			}
			else if (e.calculation() != null) {
				var result = JSON.readValue(e.calculation(), LineResult.class);
				cells.put("fuel", nullToEmpty(e.fuel()));
				cells.put("amount", e.amount() == null ? "" : CalculationApi.plain(e.amount()));
				cells.put("unit", nullToEmpty(e.unit()));
				cells.put("density_kg_m3", e.density() == null ? "" : CalculationApi.plain(e.density()));
				var sources = new ArrayList<String>();
				for (var step : result.steps()) {
					if ("emission".equals(step.kind()) && step.gas() != null && step.operands().size() == 2) {
						var gas = step.gas().toLowerCase(java.util.Locale.ROOT);
						if (cells.containsKey("ef_" + gas)) {
							var factor = step.operands().get(1);
							cells.put("ef_" + gas, CalculationApi.plain(factor.value()));
							cells.put("ef_" + gas + "_unit", factor.unit());
							if (step.source() != null && !sources.contains(step.source())) {
								sources.add(step.source());
							}
						}
					}
					if ("direct".equals(step.kind())) {
						cells.put("direct_gas", nullToEmpty(step.gas()));
						cells.put("direct_amount", CalculationApi.plain(step.result().value()));
						cells.put("direct_unit", step.result().unit());
						cells.put("direct_source", nullToEmpty(step.source()));
					}
				}
				cells.put("factor_source", String.join("; ", sources));
			}
			else if (e.co2e() != null) {
				cells.put("direct_gas", ReferenceLibrary.CO2E);
				cells.put("direct_amount", CalculationApi.plain(e.co2e()));
				cells.put("direct_unit", "t");
				cells.put("direct_source", file.header().source());
			}
			rows.add(new ArrayList<>(cells.values()));
		}
		return new Table(InventoryFile.ACTIVITY_LAYOUT, rows);
	}

	/** Sub-sectors × scopes with figures or notation keys, and the three totals. */
	static Table crf(InventoryManagement.InventoryFile2 file, ReferenceLibrary library) {
		var values = new LinkedHashMap<String, BigDecimal>();
		var keys = new LinkedHashMap<String, String>();
		var contributions = new ArrayList<InventoryTotals.Contribution>();
		for (var e : file.entries()) {
			var row = library.row(e.gpcRef()).orElseThrow();
			if (e.notationKey() != null) {
				keys.merge(row.ref(), e.notationKey(), (a, b) -> a.contains(b) ? a : a + "/" + b);
			}
			else if (e.co2e() != null) {
				values.merge(row.ref(), e.co2e(), BigDecimal::add);
				contributions.add(new InventoryTotals.Contribution(row, "CO2e", e.co2e(), false));
			}
		}
		var bySubsector = new LinkedHashMap<String, Map<Integer, String>>();
		var names = new LinkedHashMap<String, String>();
		for (var row : library.rows()) {
			names.putIfAbsent(row.subsector(), row.sectorName() + " — " + row.subsectorName());
			var value = values.get(row.ref());
			var key = keys.get(row.ref());
			var text = value != null ? CalculationApi.plain(value).toPlainString() : key == null ? "" : key;
			bySubsector.computeIfAbsent(row.subsector(), (s) -> new LinkedHashMap<>())
				.merge(row.scope(), text, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : sum(a, b));
		}
		var rows = new ArrayList<List<Object>>();
		bySubsector.forEach((subsector, scopes) -> rows.add(Arrays.asList(subsector, names.get(subsector),
				scopes.getOrDefault(1, ""), scopes.getOrDefault(2, ""), scopes.getOrDefault(3, ""))));
		var totals = InventoryTotals.of(contributions);
		rows.add(Arrays.asList("TOTAL_BASIC", "", CalculationApi.plain(totals.basic()), "", ""));
		rows.add(Arrays.asList("TOTAL_BASIC+", "", CalculationApi.plain(totals.basicPlus()), "", ""));
		rows.add(Arrays.asList("TOTAL_TERRITORIAL", "", CalculationApi.plain(totals.territorial()), "", ""));
		return new Table(List.of("subsector", "name", "scope_1_tco2e", "scope_2_tco2e", "scope_3_tco2e"), rows);
	}

	/** Two cells of one sub-sector and scope (I.4.1 and I.4.4 are both scope 1). */
	private static String sum(String a, String b) {
		var x = InventoryFile.parseNumber(a);
		var y = InventoryFile.parseNumber(b);
		if (x.isPresent() && y.isPresent()) {
			return CalculationApi.plain(x.get().add(y.get())).toPlainString();
		}
		return x.isPresent() ? a : y.isPresent() ? b : a + "/" + b;
	}

	private static String nullToEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	static byte[] csv(Table table) {
		var out = new ByteArrayOutputStream();
		try (var printer = CSVFormat.RFC4180.print(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
			printer.printRecord(table.header());
			for (var row : table.rows()) {
				printer.printRecord(row.stream().map(InventoryExport::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String cell(@Nullable Object value) {
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return SafeCells.text(value);
	}

	static byte[] xlsx(Table table) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("inventory");
			var header = sheet.createRow(0);
			for (int c = 0; c < table.header().size(); c++) {
				header.createCell(c).setCellValue(table.header().get(c));
			}
			var r = 1;
			for (var row : table.rows()) {
				var line = sheet.createRow(r++);
				for (int c = 0; c < row.size(); c++) {
					var value = row.get(c);
					var cell = line.createCell(c);
					if (value instanceof BigDecimal number && number.precision() <= 15) {
						// Fifteen significant digits survive a binary number exactly as
						// text.
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof Integer number) {
						cell.setCellValue(number);
					}
					else {
						cell.setCellValue(cell(value));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
