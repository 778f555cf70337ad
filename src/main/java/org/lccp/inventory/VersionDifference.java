package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a version changes against the published version it corrects, line by line: each
 * entry's tCO2e before and after, the difference, and which of its inputs changed (the
 * activity, a factor, a GWP, the notation key…), with the totals of every level before
 * and after. Entries are matched by their number, which a correction keeps; a line added
 * or deleted shows as such.
 */
final class VersionDifference {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private VersionDifference() {
	}

	/**
	 * One input that changed.
	 *
	 * @param kind {@code ADDED}, {@code REMOVED}, {@code ROW}, {@code NOTATION_KEY},
	 * {@code ACTIVITY}, {@code DIRECT}, {@code REPORTED}, {@code FACTOR}, {@code GWP},
	 * {@code DESCRIPTION} or {@code CALCULATION} (a result that changed for another
	 * reason, such as a net calorific value)
	 * @param gas the gas of a factor or GWP
	 * @param before the value before, as written ("—" for none)
	 * @param after the value after
	 * @param source the source of the factor after, if any
	 */
	record Change(String kind, @Nullable String gas, String before, String after, @Nullable String source) {
	}

	/** One entry that differs. */
	record Line(int lineNo, String gpcRef, @Nullable String label, @Nullable BigDecimal before,
			@Nullable BigDecimal after, List<Change> changes) {

		/** after − before, exact; a missing side counts as zero. */
		public BigDecimal difference() {
			return CalculationApi.plain((this.after == null ? BigDecimal.ZERO : this.after)
				.subtract(this.before == null ? BigDecimal.ZERO : this.before));
		}

	}

	/** The whole difference against an earlier version. */
	record Difference(InventoryRecords.Header against, List<Line> lines, int unchanged, InventoryTotals before,
			InventoryTotals after) {

		public BigDecimal totalDifference(InventoryTotals.Level level) {
			return CalculationApi.plain(this.after.total(level).subtract(this.before.total(level)));
		}

	}

	static Difference of(InventoryRecords.Header against, List<InventoryRecords.Entry> before,
			List<InventoryRecords.Entry> after, ReferenceLibrary library) {
		var was = new HashMap<Integer, InventoryRecords.Entry>();
		before.forEach((e) -> was.put(e.lineNo(), e));
		var is = new HashMap<Integer, InventoryRecords.Entry>();
		after.forEach((e) -> is.put(e.lineNo(), e));
		var numbers = new TreeSet<Integer>(was.keySet());
		numbers.addAll(is.keySet());
		var lines = new ArrayList<Line>();
		var unchanged = 0;
		for (var n : numbers) {
			var a = was.get(n);
			var b = is.get(n);
			var changes = changes(a, b);
			if (changes.isEmpty()) {
				unchanged++;
				continue;
			}
			var shown = b != null ? b : a;
			lines.add(new Line(n, shown.gpcRef(), label(shown), a == null ? null : counted(a),
					b == null ? null : counted(b), changes));
		}
		var order = new HashMap<String, Integer>();
		for (var row : library.rows()) {
			order.put(row.ref(), order.size());
		}
		lines.sort(java.util.Comparator.comparingInt((Line l) -> order.getOrDefault(l.gpcRef(), Integer.MAX_VALUE))
			.thenComparingInt(Line::lineNo));
		return new Difference(against, lines, unchanged, InventoryEditing.totals(before, library),
				InventoryEditing.totals(after, library));
	}

	private static @Nullable String label(InventoryRecords.Entry e) {
		return e.description() != null ? e.description() : e.fuel();
	}

	/**
	 * What an entry adds to the totals: its gases without biogenic CO2, a reported
	 * figure, or nothing (a notation key).
	 */
	static @Nullable BigDecimal counted(InventoryRecords.Entry e) {
		if (!e.isLine()) {
			return null;
		}
		if (e.calculation() != null) {
			var sum = BigDecimal.ZERO;
			for (var gas : result(e).gases()) {
				if (!gas.biogenic()) {
					sum = sum.add(gas.co2eTonnes());
				}
			}
			return CalculationApi.plain(sum);
		}
		return e.co2e() == null ? null : CalculationApi.plain(e.co2e());
	}

	private static LineResult result(InventoryRecords.Entry e) {
		return JSON.readValue(e.calculation(), LineResult.class);
	}

	static List<Change> changes(InventoryRecords.@Nullable Entry a, InventoryRecords.@Nullable Entry b) {
		var out = new ArrayList<Change>();
		if (a == null && b == null) {
			return out;
		}
		if (a == null) {
			out.add(new Change("ADDED", null, "—", describe(b), null));
			return out;
		}
		if (b == null) {
			out.add(new Change("REMOVED", null, describe(a), "—", null));
			return out;
		}
		if (!a.gpcRef().equals(b.gpcRef())) {
			out.add(new Change("ROW", null, a.gpcRef(), b.gpcRef(), null));
		}
		if (!Objects.equals(a.notationKey(), b.notationKey())
				|| (!a.isLine() && !Objects.equals(a.explanation(), b.explanation()))) {
			out.add(new Change("NOTATION_KEY", null, key(a), key(b), null));
		}
		if (!a.isLine() || !b.isLine()) {
			return out;
		}
		if (!Objects.equals(a.description(), b.description())) {
			out.add(new Change("DESCRIPTION", null, text(a.description()), text(b.description()), null));
		}
		if (!Objects.equals(a.fuel(), b.fuel()) || !same(a.amount(), b.amount()) || !Objects.equals(a.unit(), b.unit())
				|| !same(a.density(), b.density())) {
			out.add(new Change("ACTIVITY", null, activity(a), activity(b), null));
		}
		if (a.calculation() == null || b.calculation() == null) {
			if (a.calculation() == null && b.calculation() == null) {
				if (!same(a.co2e(), b.co2e())) {
					out.add(new Change("REPORTED", null, figure(a.co2e()), figure(b.co2e()), null));
				}
			}
			else if (!same(counted(a), counted(b))) {
				out.add(new Change("CALCULATION", null, figure(counted(a)), figure(counted(b)), null));
			}
			return out;
		}
		var ra = result(a);
		var rb = result(b);
		var directA = direct(ra);
		var directB = direct(rb);
		if (!directA.equals(directB)) {
			out.add(new Change("DIRECT", null, String.join("; ", directA.values()), String.join("; ", directB.values()),
					null));
		}
		var fa = factors(ra);
		var fb = factors(rb);
		var gases = new LinkedHashSet<String>(fa.keySet());
		gases.addAll(fb.keySet());
		for (var gas : gases) {
			var x = fa.get(gas);
			var y = fb.get(gas);
			var sameFactor = x != null && y != null
					&& x.operands().get(1).value().compareTo(y.operands().get(1).value()) == 0
					&& x.operands().get(1).unit().equals(y.operands().get(1).unit());
			if (!sameFactor) {
				out.add(new Change("FACTOR", gas, x == null ? "—" : x.operands().get(1).toString(),
						y == null ? "—" : y.operands().get(1).toString(), y == null ? null : y.source()));
			}
		}
		var ga = gwps(ra);
		var gb = gwps(rb);
		var gwpGases = new LinkedHashSet<String>(ga.keySet());
		gwpGases.addAll(gb.keySet());
		for (var gas : gwpGases) {
			if (!same(ga.get(gas), gb.get(gas))) {
				out.add(new Change("GWP", gas, figure(ga.get(gas)), figure(gb.get(gas)), null));
			}
		}
		if (out.isEmpty() && !same(counted(a), counted(b))) {
			out.add(new Change("CALCULATION", null, figure(counted(a)), figure(counted(b)), null));
		}
		return out;
	}

	private static boolean same(@Nullable BigDecimal x, @Nullable BigDecimal y) {
		return x == null ? y == null : y != null && x.compareTo(y) == 0;
	}

	private static String text(@Nullable String s) {
		return s == null || s.isBlank() ? "—" : s;
	}

	private static String figure(@Nullable BigDecimal value) {
		return value == null ? "—" : CalculationApi.plain(value).toPlainString();
	}

	private static String key(InventoryRecords.Entry e) {
		if (e.isLine()) {
			return "—";
		}
		return e.notationKey() + (e.explanation() == null ? "" : " (" + e.explanation() + ")");
	}

	private static String activity(InventoryRecords.Entry e) {
		if (e.amount() == null) {
			return "—";
		}
		return CalculationApi.plain(e.amount()).toPlainString() + " " + e.unit()
				+ (e.fuel() == null ? "" : " " + e.fuel())
				+ (e.density() == null ? "" : ", " + CalculationApi.plain(e.density()).toPlainString() + " kg/m³");
	}

	private static String describe(InventoryRecords.Entry e) {
		if (!e.isLine()) {
			return e.gpcRef() + " " + key(e);
		}
		var what = e.amount() != null ? activity(e) : (e.description() == null ? "" : e.description());
		return (e.gpcRef() + " " + what).strip();
	}

	/** The emission factor each gas was calculated with (the second operand). */
	static Map<String, CalculationStep> factors(LineResult result) {
		var out = new LinkedHashMap<String, CalculationStep>();
		for (var step : result.steps()) {
			if ("emission".equals(step.kind()) && step.gas() != null && step.operands().size() == 2) {
				out.put(step.gas(), step);
			}
		}
		return out;
	}

	private static Map<String, String> direct(LineResult result) {
		var out = new LinkedHashMap<String, String>();
		for (var step : result.steps()) {
			if ("direct".equals(step.kind()) && step.gas() != null) {
				out.put(step.gas(), step.gas() + " " + step.result());
			}
		}
		return out;
	}

	private static Map<String, BigDecimal> gwps(LineResult result) {
		var out = new LinkedHashMap<String, BigDecimal>();
		for (var gas : result.gases()) {
			if (!gas.biogenic()) {
				out.put(gas.gas(), gas.gwp());
			}
		}
		return out;
	}

}
