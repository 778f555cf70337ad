package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The BAU scenario form: base and end year, the two drivers' growth and one assumption
 * per sector of the base-year inventory. Rates are per cent a year. Fields are kept as
 * entered (text) so that anything typed comes back with a field error in the reader's
 * language rather than a binding failure.
 *
 * @param basedOnVersion the version the editor started from (0 for the first), so that a
 * save on top of someone else's newer version is noticed
 */
public record BauForm(@Nullable String baseYear, @Nullable String endYear, @Nullable String populationGrowth,
		@Nullable String gdpGrowth, @Nullable String note, @Nullable String basedOnVersion,
		@Nullable List<SectorForm> sectors) {

	/** The assumption of one sector as entered. */
	public record SectorForm(@Nullable String sector, @Nullable String method, @Nullable String annualRate,
			@Nullable String driver, @Nullable String intensityChange) {
	}

	/** The sectors as posted; a gap left by a skipped index is an empty sector. */
	public List<SectorForm> sectorList() {
		if (this.sectors == null) {
			return List.of();
		}
		return this.sectors.stream().map((s) -> s == null ? new SectorForm(null, null, null, null, null) : s).toList();
	}

	/**
	 * The same form with the sectors of another base year, keeping what was entered where
	 * it fits.
	 */
	BauForm withSectors(List<String> names) {
		var list = new ArrayList<SectorForm>();
		for (int i = 0; i < names.size(); i++) {
			var old = i < sectorList().size() ? sectorList().get(i) : null;
			list.add(old == null ? new SectorForm(names.get(i), BauMethod.CAGR.name(), "0", BauDriver.GDP.name(), "0")
					: new SectorForm(names.get(i), old.method(), old.annualRate(), old.driver(),
							old.intensityChange()));
		}
		return new BauForm(this.baseYear, this.endYear, this.populationGrowth, this.gdpGrowth, this.note,
				this.basedOnVersion, list);
	}

	/** Most sectors a form may carry; GPC has six. */
	static final int MAX_SECTORS = 20;

	private static final java.util.regex.Pattern SECTOR_FIELD = java.util.regex.Pattern
		.compile("sectors\\[(\\d{1,2})]\\.(sector|method|annualRate|driver|intensityChange)");

	/**
	 * The form from the posted fields. Built here rather than by the data binder, which
	 * fails on a sparse sector index beyond its growth limit; indexes beyond
	 * {@link #MAX_SECTORS} are ignored.
	 */
	static BauForm of(java.util.Map<String, List<String>> fields) {
		var sectors = new java.util.TreeMap<Integer, java.util.Map<String, String>>();
		fields.forEach((name, values) -> {
			var m = SECTOR_FIELD.matcher(name);
			if (m.matches() && !values.isEmpty()) {
				var index = Integer.parseInt(m.group(1));
				if (index < MAX_SECTORS) {
					sectors.computeIfAbsent(index, (i) -> new java.util.HashMap<>()).put(m.group(2), values.get(0));
				}
			}
		});
		var list = new ArrayList<SectorForm>();
		if (!sectors.isEmpty()) {
			for (int i = 0; i <= sectors.lastKey(); i++) {
				var f = sectors.getOrDefault(i, java.util.Map.of());
				list.add(new SectorForm(f.get("sector"), f.get("method"), f.get("annualRate"), f.get("driver"),
						f.get("intensityChange")));
			}
		}
		return new BauForm(first(fields, "baseYear"), first(fields, "endYear"), first(fields, "populationGrowth"),
				first(fields, "gdpGrowth"), first(fields, "note"), first(fields, "basedOnVersion"), list);
	}

	private static @Nullable String first(java.util.Map<String, List<String>> fields, String name) {
		var values = fields.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
	}

	/**
	 * A decimal as typed: a point or a comma for decimals, spaces and a plus sign
	 * allowed.
	 */
	static @Nullable BigDecimal decimal(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var cleaned = text.strip().replace('\u2212', '-').replace(" ", "").replace(',', '.');
		if (!cleaned.matches("[+-]?\\d{1,9}(\\.\\d{1,12})?")) {
			throw new NumberFormatException(text);
		}
		return new BigDecimal(cleaned);
	}

	static @Nullable Integer integer(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var cleaned = text.strip();
		if (!cleaned.matches("\\d{1,4}")) {
			throw new NumberFormatException(text);
		}
		return Integer.valueOf(cleaned);
	}

	static <E extends Enum<E>> @Nullable E choice(@Nullable String text, Class<E> type) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
	}

}
