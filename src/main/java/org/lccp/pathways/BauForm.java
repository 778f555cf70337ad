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
			list.add(old == null ? new SectorForm(names.get(i), BauMethod.CAGR.name(), "0", BauDriver.GDP.name(), "0")
					: new SectorForm(names.get(i), old.method(), old.annualRate(), old.driver(),
							old.intensityChange()));
		}
		return new BauForm(this.baseYear, this.endYear, this.populationGrowth, this.gdpGrowth, this.note,
				this.basedOnVersion, list);
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
