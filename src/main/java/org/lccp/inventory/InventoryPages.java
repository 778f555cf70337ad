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

	/**
	 * What one line adds to a figure (its gases in tCO2e, biogenic CO2 left out), with
	 * its steps in the reader's language: the term a figure's steps list.
	 *
	 * @param lineNo the entry's number, its anchor {@code #entry-n} on the inventory page
	 * @param gpcRef its GPC row
	 * @param label its description, fuel, or nothing (a figure reported as such)
	 * @param co2e tCO2e it adds, exact
	 * @param steps activity × factor × GWP, each with the factor's source
	 */
	record Term(int lineNo, String gpcRef, @Nullable String label, BigDecimal co2e, List<String> steps) {
	}

	/**
	 * A total with the rows it adds and the lines behind them, for a figure that opens to
	 * its steps.
	 */
	record TotalView(Level level, BigDecimal value, List<String> terms, List<Term> lines) {

		/** The lines' figures added, as the page writes it: {@code a + b = total}. */
		public String sum() {
			return InventoryPages.sum(this.lines, this.value);
		}

	}

	/**
	 * One cell of the sectors × scopes table: a figure with the lines it adds, a notation
	 * key, or nothing.
	 */
	record Cell(@Nullable BigDecimal value, String keys, List<Term> lines) {

		public String sum() {
			return this.value == null ? "" : InventoryPages.sum(this.lines, this.value);
		}

	}

	/**
	 * A figure divided by a fact of the inventory's year (BASIC per inhabitant or per
	 * unit of GDP): numerator, divisor with its unit, source and year, and the quotient.
	 */
	record Ratio(BigDecimal total, BigDecimal divisor, @Nullable String unit, @Nullable String source, int year,
			BigDecimal value) {
	}

	/** One sector's row of the sectors × scopes table. */
	record SectorRow(String sector, String name, Map<Integer, Cell> scopes) {
	}

	/** One entry as shown: a notation key or a line with its steps. */
	record EntryView(InventoryRecords.Entry entry, GpcRow row, List<String> steps, List<String> sources) {
	}

	/** Everything the detail page shows. */
	record DetailView(InventoryRecords.Header header, List<TotalView> totals, List<SectorRow> sectors,
			List<EntryView> entries, String chart, String treemap, @Nullable Ratio perInhabitant,
			@Nullable Ratio perGdp, List<GpcRow> rowsWithoutEntry) {

		public @Nullable BigDecimal basicPerInhabitant() {
			return this.perInhabitant == null ? null : this.perInhabitant.value();
		}

		public @Nullable BigDecimal basicPerGdp() {
			return this.perGdp == null ? null : this.perGdp.value();
		}

	}

	/** {@code a + b + c = total} in plain figures (every digit, no grouping). */
	static String sum(List<Term> lines, BigDecimal total) {
		var text = new StringBuilder();
		for (var t : lines) {
			if (!text.isEmpty()) {
				text.append(t.co2e().signum() < 0 ? " − " : " + ");
				text.append(CalculationApi.plain(t.co2e().abs()).toPlainString());
			}
			else {
				text.append(CalculationApi.plain(t.co2e()).toPlainString());
			}
		}
		if (lines.isEmpty()) {
			text.append('0');
		}
		return text.append(" = ").append(CalculationApi.plain(total).toPlainString()).toString();
	}

	/**
	 * Every line of a version with what it adds to the totals (biogenic CO2 left out: it
	 * is reported beside them), in the order of the lines.
	 */
	List<Map.Entry<GpcRow, Term>> terms(List<InventoryRecords.Entry> entries, ReferenceLibrary library, Locale locale) {
		var out = new ArrayList<Map.Entry<GpcRow, Term>>();
		for (var e : entries) {
			var row = library.row(e.gpcRef()).orElse(null);
			if (row == null || !e.isLine()) {
				continue;
			}
			var label = e.description() != null ? e.description() : e.fuel();
			if (e.calculation() != null) {
				var result = JSON.readValue(e.calculation(), LineResult.class);
				var value = BigDecimal.ZERO;
				var counted = false;
				for (var gas : result.gases()) {
					if (!gas.biogenic()) {
						value = value.add(gas.co2eTonnes());
						counted = true;
					}
				}
				if (counted) {
					out.add(Map.entry(row, new Term(e.lineNo(), row.ref(), label, CalculationApi.plain(value),
							this.texts.steps(result.steps(), locale))));
				}
			}
			else if (e.co2e() != null) {
				out.add(Map.entry(row,
						new Term(e.lineNo(), row.ref(), label, CalculationApi.plain(e.co2e()), List.of())));
			}
		}
		return out;
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
		var lineTerms = terms(file.entries(), library, locale);
		var totalViews = new ArrayList<TotalView>();
		for (var level : Level.values()) {
			var terms = totals.terms(level, library)
				.stream()
				.map((t) -> t.getKey() + " " + CalculationApi.plain(t.getValue()).toPlainString())
				.toList();
			var lines = inGpcOrder(lineTerms.stream().filter((t) -> level.counts(t.getKey())).toList(), library);
			totalViews.add(new TotalView(level, CalculationApi.plain(totals.total(level)), terms, lines));
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
				int s = scope;
				var lines = value == null ? List.<Term>of()
						: inGpcOrder(lineTerms.stream()
							.filter((t) -> t.getKey().sector().equals(sector.getKey()) && t.getKey().scope() == s)
							.toList(), library);
				scopes.put(scope,
						new Cell(value == null ? null : CalculationApi.plain(value), key == null ? "" : key, lines));
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
		var basic = CalculationApi.plain(totals.basic());
		var perInhabitant = header.population() == null ? null
				: totals.perInhabitant(Level.BASIC, header.population())
					.map((v) -> new Ratio(basic, CalculationApi.plain(header.population()), null,
							header.populationSource(), header.year(), CalculationApi.plain(v)))
					.orElse(null);
		var perGdp = header.gdp() == null ? null
				: totals.perGdp(Level.BASIC, header.gdp())
					.map((v) -> new Ratio(basic, CalculationApi.plain(header.gdp()), header.gdpUnit(),
							header.gdpSource(), header.year(), CalculationApi.plain(v)))
					.orElse(null);
		// The GPC asks every row for a line or a notation key: the rows holding neither.
		var present = new java.util.HashSet<String>();
		file.entries().forEach((e) -> present.add(e.gpcRef()));
		var missing = library.rows().stream().filter((r) -> !present.contains(r.ref())).toList();
		return new DetailView(header, totalViews, sectors, entries, JSON.writeValueAsString(chartRows),
				JSON.writeValueAsString(tree), perInhabitant, perGdp, missing);
	}

	/** Lines in the order of the GPC rows, then of their numbers. */
	static List<Term> inGpcOrder(List<Map.Entry<GpcRow, Term>> terms, ReferenceLibrary library) {
		var order = new java.util.HashMap<String, Integer>();
		for (var row : library.rows()) {
			order.put(row.ref(), order.size());
		}
		return terms.stream()
			.map(Map.Entry::getValue)
			.sorted(java.util.Comparator.comparingInt((Term t) -> order.getOrDefault(t.gpcRef(), Integer.MAX_VALUE))
				.thenComparingInt(Term::lineNo))
			.toList();
	}

}
