package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A business-as-usual projection: each sector's base-year emissions grown year by year,
 * either at its own compound rate, {@code E(t) = E₀ × (1 + r)^(t − t₀)}, or with its
 * driver and a changing intensity,
 * {@code E(t) = E₀ × (1 + g)^(t − t₀) × (1 + i)^(t − t₀)} where {@code g} is the
 * scenario's population or GDP growth. Every value is exact (see {@link Exact}).
 *
 * @param baseYear the year of the published inventory it starts from
 * @param endYear the last projected year
 * @param populationGrowthPercent the scenario's yearly population growth
 * @param gdpGrowthPercent the scenario's yearly GDP growth
 * @param sectors each sector's path and formula
 * @param total the sum of the sectors, every year from base to end year
 */
public record BauProjection(int baseYear, int endYear, BigDecimal populationGrowthPercent, BigDecimal gdpGrowthPercent,
		List<SectorPath> sectors, SortedMap<Integer, BigDecimal> total) {

	/**
	 * One sector's projected emissions.
	 *
	 * @param formula the rule with its numbers and the end-year result
	 */
	public record SectorPath(SectorAssumption assumption, SortedMap<Integer, BigDecimal> values, String formula) {
	}

	/** Projects every sector from the base year to the end year. */
	static BauProjection of(int baseYear, int endYear, BigDecimal populationGrowthPercent, BigDecimal gdpGrowthPercent,
			List<SectorAssumption> sectors) {
		var paths = new ArrayList<SectorPath>();
		var total = new TreeMap<Integer, BigDecimal>();
		for (var s : sectors) {
			var values = new TreeMap<Integer, BigDecimal>();
			for (int year = baseYear; year <= endYear; year++) {
				var v = s.baseEmissions()
					.multiply(factor(s, populationGrowthPercent, gdpGrowthPercent, year - baseYear));
				values.put(year, v);
				total.merge(year, v, BigDecimal::add);
			}
			paths.add(new SectorPath(s, Collections.unmodifiableSortedMap(values),
					formula(s, populationGrowthPercent, gdpGrowthPercent, baseYear, endYear, values.get(endYear))));
		}
		return new BauProjection(baseYear, endYear, populationGrowthPercent, gdpGrowthPercent, List.copyOf(paths),
				Collections.unmodifiableSortedMap(total));
	}

	static BigDecimal factor(SectorAssumption s, BigDecimal populationGrowthPercent, BigDecimal gdpGrowthPercent,
			int years) {
		if (s.method() == BauMethod.CAGR) {
			return Exact.growth(require(s.annualRatePercent()), years);
		}
		var driverGrowth = s.driver() == BauDriver.POPULATION ? populationGrowthPercent : gdpGrowthPercent;
		return Exact.growth(driverGrowth, years).multiply(Exact.growth(require(s.intensityChangePercent()), years));
	}

	private static BigDecimal require(@Nullable BigDecimal value) {
		if (value == null) {
			throw new IllegalArgumentException("incomplete sector assumption");
		}
		return value;
	}

	static String formula(SectorAssumption s, BigDecimal populationGrowthPercent, BigDecimal gdpGrowthPercent,
			int baseYear, int endYear, BigDecimal result) {
		var n = endYear - baseYear;
		var head = "E(" + endYear + ") = " + Exact.plain(s.baseEmissions());
		if (s.method() == BauMethod.CAGR) {
			return head + " × " + Exact.onePlus(require(s.annualRatePercent())) + "^" + n + " = "
					+ Exact.plain(Exact.tonnes(result)) + " t";
		}
		var driverGrowth = s.driver() == BauDriver.POPULATION ? populationGrowthPercent : gdpGrowthPercent;
		return head + " × " + Exact.onePlus(driverGrowth) + "^" + n + " × "
				+ Exact.onePlus(require(s.intensityChangePercent())) + "^" + n + " = "
				+ Exact.plain(Exact.tonnes(result)) + " t";
	}

	/** The projected total of a year, or null outside the projection. */
	public @Nullable BigDecimal at(int year) {
		return this.total.get(year);
	}

	/** The base-year total. */
	public BigDecimal baseTotal() {
		return this.total.get(this.baseYear);
	}

	/**
	 * The growth of the population or GDP from one year to another at the scenario's
	 * rate, {@code (1 + g)^(to − from)}.
	 */
	BigDecimal driverRatio(BauDriver driver, int from, int to) {
		return Exact.growth(driver == BauDriver.POPULATION ? this.populationGrowthPercent : this.gdpGrowthPercent,
				to - from);
	}

}
