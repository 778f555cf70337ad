package org.lccp.inventory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The totals of an inventory after the GPC's reporting rules, in tCO2e, exact sums:
 * <ul>
 * <li>BASIC: rows marked BASIC (scope 1 and 2 of stationary energy except I.4.4 and of
 * transportation, waste III.x.1 and III.x.2);</li>
 * <li>BASIC+: BASIC plus the x.3 rows of stationary energy and transportation, IPPU and
 * AFOLU (removals net in);</li>
 * <li>territorial: every scope-1 row, I.4.4 and III.x.3 included;</li>
 * <li>other scope 3: VI.1.</li>
 * </ul>
 * Notation keys contribute nothing; biogenic CO2 is reported beside, outside the scopes.
 */
public record InventoryTotals(BigDecimal basic, BigDecimal basicPlus, BigDecimal territorial, BigDecimal otherScope3,
		BigDecimal biogenicCo2, Map<String, BigDecimal> byGas, Map<Integer, BigDecimal> byScope,
		Map<String, BigDecimal> bySector, Map<String, BigDecimal> bySubsector, Map<String, BigDecimal> byRow) {

	/** Precision of ratios (per inhabitant, per GDP), which rarely terminate. */
	public static final MathContext RATIO_PRECISION = MathContext.DECIMAL64;

	/**
	 * What one line or row adds to the totals.
	 *
	 * @param row the GPC row
	 * @param gas the gas, or {@code CO2e} when only the CO2e is known (sub-sector layout)
	 * @param co2eTonnes tCO2e (for biogenic CO2: its tonnes)
	 * @param biogenic CO2 of biomass, reported outside the scopes
	 */
	public record Contribution(GpcRow row, String gas, BigDecimal co2eTonnes, boolean biogenic) {
	}

	/** The reporting levels whose totals are published. */
	public enum Level {

		BASIC, BASIC_PLUS, TERRITORIAL, OTHER_SCOPE3;

		/** Whether a row counts in this level's total. */
		public boolean counts(GpcRow row) {
			return switch (this) {
				case BASIC -> row.basic();
				case BASIC_PLUS -> row.basicPlus();
				case TERRITORIAL -> row.scope() == 1;
				case OTHER_SCOPE3 -> row.otherScope3();
			};
		}

	}

	public static InventoryTotals of(Collection<Contribution> contributions) {
		var basic = BigDecimal.ZERO;
		var basicPlus = BigDecimal.ZERO;
		var territorial = BigDecimal.ZERO;
		var other = BigDecimal.ZERO;
		var biogenic = BigDecimal.ZERO;
		var byGas = new LinkedHashMap<String, BigDecimal>();
		var byScope = new TreeMap<Integer, BigDecimal>();
		var bySector = new LinkedHashMap<String, BigDecimal>();
		var bySubsector = new LinkedHashMap<String, BigDecimal>();
		var byRow = new LinkedHashMap<String, BigDecimal>();
		for (var c : contributions) {
			if (c.biogenic()) {
				biogenic = biogenic.add(c.co2eTonnes());
				continue;
			}
			var row = c.row();
			var value = c.co2eTonnes();
			if (Level.BASIC.counts(row)) {
				basic = basic.add(value);
			}
			if (Level.BASIC_PLUS.counts(row)) {
				basicPlus = basicPlus.add(value);
			}
			if (Level.TERRITORIAL.counts(row)) {
				territorial = territorial.add(value);
			}
			if (Level.OTHER_SCOPE3.counts(row)) {
				other = other.add(value);
			}
			byGas.merge(c.gas(), value, BigDecimal::add);
			byScope.merge(row.scope(), value, BigDecimal::add);
			bySector.merge(row.sector(), value, BigDecimal::add);
			bySubsector.merge(row.subsector(), value, BigDecimal::add);
			byRow.merge(row.ref(), value, BigDecimal::add);
		}
		return new InventoryTotals(basic, basicPlus, territorial, other, biogenic, byGas, byScope, bySector,
				bySubsector, byRow);
	}

	/** The total of a level. */
	public BigDecimal total(Level level) {
		return switch (level) {
			case BASIC -> this.basic;
			case BASIC_PLUS -> this.basicPlus;
			case TERRITORIAL -> this.territorial;
			case OTHER_SCOPE3 -> this.otherScope3;
		};
	}

	/** The rows a level's total adds up, in GPC order, with their amounts: its steps. */
	public List<Map.Entry<String, BigDecimal>> terms(Level level, ReferenceLibrary library) {
		var terms = new ArrayList<Map.Entry<String, BigDecimal>>();
		for (var row : library.rows()) {
			var value = this.byRow.get(row.ref());
			if (value != null && level.counts(row)) {
				terms.add(Map.entry(row.ref(), value));
			}
		}
		return terms;
	}

	/** A level's total per inhabitant (tCO2e per person), to 16 significant digits. */
	public Optional<BigDecimal> perInhabitant(Level level, BigDecimal population) {
		return ratio(total(level), population);
	}

	/**
	 * A level's total per unit of GDP (tCO2e per unit of the GDP's currency and
	 * magnitude).
	 */
	public Optional<BigDecimal> perGdp(Level level, BigDecimal gdp) {
		return ratio(total(level), gdp);
	}

	private static Optional<BigDecimal> ratio(BigDecimal total, BigDecimal divisor) {
		if (divisor.signum() <= 0) {
			return Optional.empty();
		}
		return Optional.of(total.divide(divisor, RATIO_PRECISION).stripTrailingZeros());
	}

}
