package org.lccp.inventory;

/**
 * One emission-source row of the GPC (I.1.1 … VI.1) with the reporting levels it counts
 * in.
 *
 * @param ref the reference number, e.g. {@code II.1.1}
 * @param sector the sector's roman numeral, e.g. {@code II}
 * @param subsector the sub-sector reference, e.g. {@code II.1} (for IV, V and VI the row
 * itself)
 * @param scope 1, 2 or 3
 * @param basic counted in BASIC
 * @param basicPlus counted in BASIC+
 * @param level the lowest reporting level that asks for the row, as the GPC table names
 * it: {@code BASIC}, {@code BASIC+}, {@code TERRITORIAL_ONLY} or {@code OTHER_SCOPE3}
 * @param sectorName the sector's English name as the GPC writes it
 * @param subsectorName the sub-sector's English name
 * @param source the emission source's English description
 */
public record GpcRow(String ref, String sector, String subsector, int scope, boolean basic, boolean basicPlus,
		String level, String sectorName, String subsectorName, String source) {

	/** Rows counted only in the territorial total (I.4.4, III.x.3). */
	public boolean territorialOnly() {
		return "TERRITORIAL_ONLY".equals(this.level);
	}

	/** The row of other scope 3 emissions (VI.1), outside BASIC and BASIC+. */
	public boolean otherScope3() {
		return "OTHER_SCOPE3".equals(this.level);
	}

	/** Sectors whose net removals may be negative (AFOLU). */
	public boolean allowsRemovals() {
		return "V".equals(this.sector);
	}

	/** Sources whose methane is of biological origin: waste and AFOLU. */
	boolean biologicalMethane() {
		return "III".equals(this.sector) || "V".equals(this.sector);
	}

}
