package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.lccp.inventory.InventoryTotals.Level;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What the inventory pages show of a stored version: totals with the terms they add, the
 * sectors × scopes table (also the chart's data), the sub-sector treemap data, and every
 * line with its steps in the reader's language.
 */
@Component
class InventoryPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Texts texts;

	InventoryPages(Texts texts) {
		this.texts = texts;
	}

	/** A total with the rows it adds, for a figure that opens to its steps. */
	record TotalView(Level level, BigDecimal value, List<String> terms) {
	}

	/** One cell of the sectors × scopes table: a figure, a notation key, or nothing. */
	record Cell(@Nullable BigDecimal value, String keys) {
	}

	/** One sector's row of the sectors × scopes table. */
	record SectorRow(String sector, String name, Map<Integer, Cell> scopes) {
	}

	/** One entry as shown: a notation key or a line with its steps. */
	record EntryView(InventoryRecords.Entry entry, GpcRow row, List<String> steps, List<String> sources) {
	}

	/** Everything the detail page shows. */
	record DetailView(InventoryRecords.Header header, List<TotalView> totals, List<SectorRow> sectors,
			List<EntryView> entries, String chart, String treemap, @Nullable BigDecimal basicPerInhabitant,
			@Nullable BigDecimal basicPerGdp, List<GpcRow> rowsWithoutEntry) {
	}

	DetailView detail(InventoryManagement.StoredInventory file, ReferenceLibrary library, Locale locale) {
		var header = file.header();
		var contributions = new ArrayList<InventoryTotals.Contribution>();
		var entries = new ArrayList<EntryView>();
		var keys = new LinkedHashMap<String, String>();
		for (var e : file.entries()) {
			var row = library.row(e.gpcRef()).orElseThrow();
			List<String> steps = List.of();
			List<String> sources = List.of();
			if (e.calculation() != null) {
				var result = JSON.readValue(e.calculation(), LineResult.class);
				steps = this.texts.steps(result.steps(), locale);
				sources = result.sources();
				for (var gas : result.gases()) {
					contributions
						.add(new InventoryTotals.Contribution(row, gas.gas(), gas.co2eTonnes(), gas.biogenic()));
				}
			}
			else if (e.co2e() != null) {
				contributions.add(new InventoryTotals.Contribution(row, "CO2e", e.co2e(), false));
			}
			if (e.notationKey() != null) {
				keys.merge(row.ref(), e.notationKey(), (a, b) -> a.contains(b) ? a : a + ", " + b);
			}
			entries.add(new EntryView(e, row, steps, sources));
		}
		var totals = InventoryTotals.of(contributions);
		var totalViews = new ArrayList<TotalView>();
		for (var level : Level.values()) {
			var terms = totals.terms(level, library)
				.stream()
				.map((t) -> t.getKey() + " " + CalculationApi.plain(t.getValue()).toPlainString())
				.toList();
			totalViews.add(new TotalView(level, CalculationApi.plain(totals.total(level)), terms));
		}
		var sectors = new ArrayList<SectorRow>();
		var bySectorScope = new TreeMap<String, Map<Integer, BigDecimal>>();
		var sectorKeys = new TreeMap<String, Map<Integer, String>>();
		var sectorNames = new LinkedHashMap<String, String>();
		for (var row : library.rows()) {
			sectorNames.putIfAbsent(row.sector(), row.sectorName());
			var value = totals.byRow().get(row.ref());
			if (value != null) {
				bySectorScope.computeIfAbsent(row.sector(), (s) -> new TreeMap<>())
					.merge(row.scope(), value, BigDecimal::add);
			}
			var key = keys.get(row.ref());
			if (key != null) {
				sectorKeys.computeIfAbsent(row.sector(), (s) -> new TreeMap<>())
					.merge(row.scope(), row.ref() + " " + key, (a, b) -> a + "; " + b);
			}
		}
		var chartRows = new ArrayList<Map<String, Object>>();
		for (var sector : sectorNames.entrySet()) {
			var scopes = new TreeMap<Integer, Cell>();
			var chartRow = new LinkedHashMap<String, Object>();
			chartRow.put("sector", sector.getKey());
			for (int scope = 1; scope <= 3; scope++) {
				var value = bySectorScope.getOrDefault(sector.getKey(), Map.of()).get(scope);
				var key = sectorKeys.getOrDefault(sector.getKey(), Map.of()).get(scope);
				scopes.put(scope, new Cell(value == null ? null : CalculationApi.plain(value), key == null ? "" : key));
				chartRow.put("s" + scope, value == null ? "0" : CalculationApi.plain(value).toPlainString());
			}
			sectors.add(new SectorRow(sector.getKey(), sector.getValue(), scopes));
			chartRows.add(chartRow);
		}
		var tree = new ArrayList<Map<String, Object>>();
		totals.bySubsector().forEach((subsector, value) -> {
			if (value.signum() > 0) {
				tree.add(Map.of("name", subsector, "value", CalculationApi.plain(value).toPlainString()));
			}
		});
		var perInhabitant = header.population() == null ? null
				: totals.perInhabitant(Level.BASIC, header.population()).orElse(null);
		var perGdp = header.gdp() == null ? null : totals.perGdp(Level.BASIC, header.gdp()).orElse(null);
		// The GPC asks every row for a line or a notation key: the rows holding neither.
		var present = new java.util.HashSet<String>();
		file.entries().forEach((e) -> present.add(e.gpcRef()));
		var missing = library.rows().stream().filter((r) -> !present.contains(r.ref())).toList();
		return new DetailView(header, totalViews, sectors, entries, JSON.writeValueAsString(chartRows),
				JSON.writeValueAsString(tree), perInhabitant, perGdp, missing);
	}

}
