package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.LocaleNumber;

/**
 * The BAU scenario form: base and end year, the two drivers' growth and one assumption
 * per sector of the base-year inventory. Rates are per cent a year. Typed by Spring's
 * binder (see {@link #values}): years are read in the reader's conventions, rates with a
 * point or a comma for decimals in every language ("-4,5"), and text that does not
 * convert comes back in its field with a {@code typeMismatch} message.
 *
 * @param basedOnVersion the version the editor started from (0 for the first), so that a
 * save on top of someone else's newer version is noticed; a hidden field, read leniently
 */
public record BauForm(@LocaleNumber @Nullable Integer baseYear, @LocaleNumber @Nullable Integer endYear,
		@LocaleNumber(commaIsDecimal = true) @Nullable BigDecimal populationGrowth,
		@LocaleNumber(commaIsDecimal = true) @Nullable BigDecimal gdpGrowth, @Nullable String note,
		@Nullable String basedOnVersion, @Nullable List<SectorForm> sectors) {

	/** The assumption of one sector. */
	public record SectorForm(@Nullable String sector, @Nullable BauMethod method,
			@LocaleNumber(commaIsDecimal = true) @Nullable BigDecimal annualRate, @Nullable BauDriver driver,
			@LocaleNumber(commaIsDecimal = true) @Nullable BigDecimal intensityChange) {
	}

	/**
	 * A gap left by a skipped row index is an empty sector, so that every row of the list
	 * can be read by its path ({@code sectors[3].method}).
	 */
	public BauForm {
		if (sectors != null) {
			sectors = sectors.stream()
				.map((s) -> s == null ? new SectorForm(null, null, null, null, null) : s)
				.toList();
		}
	}

	/** The sectors as posted. */
	public List<SectorForm> sectorList() {
		return this.sectors == null ? List.of() : this.sectors;
	}

	/**
	 * The same form with the sectors of another base year, keeping what was entered where
	 * it fits.
	 */
	BauForm withSectors(List<String> names) {
		var list = new ArrayList<SectorForm>();
		for (int i = 0; i < names.size(); i++) {
			var old = i < sectorList().size() ? sectorList().get(i) : null;
			list.add(old == null
					? new SectorForm(names.get(i), BauMethod.CAGR, BigDecimal.ZERO, BauDriver.GDP, BigDecimal.ZERO)
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

	private static final List<String> FIELDS = List.of("baseYear", "endYear", "populationGrowth", "gdpGrowth", "note",
			"basedOnVersion");

	/**
	 * The posted fields the binder may see: the form's own, and sector rows below
	 * {@link #MAX_SECTORS}. The binder grows a list up to the highest index it is sent,
	 * and fails on an index beyond its limit, so a row such as {@code sectors[5000]} is
	 * left out here rather than sent to it.
	 */
	static Map<String, String> values(Map<String, List<String>> fields) {
		var values = new HashMap<String, String>();
		fields.forEach((name, sent) -> {
			if (sent.isEmpty()) {
				return;
			}
			var m = SECTOR_FIELD.matcher(name);
			if (FIELDS.contains(name) || (m.matches() && Integer.parseInt(m.group(1)) < MAX_SECTORS)) {
				values.put(name, sent.get(0));
			}
		});
		return values;
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

}
