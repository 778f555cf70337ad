package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.TargetType;
import org.lccp.cities.TargetView;

/**
 * Turns a registered target into the emission path it implies. Every path is a straight
 * line between its start and its target-year level, except intensity and per-capita
 * targets, where the intensity falls in a straight line and the emissions follow it times
 * the projected GDP or population:
 * {@code E(t) = E_b × (1 − c × (t − b)/(T − b)) × X(t)/X(b)}.
 */
final class PathwayRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PathwayRules() {
	}

	/** One value of a city's population or GDP series. */
	record Fact(BigDecimal value, String unit) {
	}

	/**
	 * What a path may be drawn from.
	 *
	 * @param inventories published BASIC totals by year
	 * @param bau the latest BAU projection, if any
	 * @param bauVersion its version number (for the formula's source)
	 * @param population the city's population by year, in persons
	 * @param gdp the city's GDP by year
	 */
	record Inputs(SortedMap<Integer, BigDecimal> inventories, @Nullable BauProjection bau, int bauVersion,
			Map<Integer, Fact> population, Map<Integer, Fact> gdp) {
	}

	static TargetPathway of(TargetView t, Inputs in) {
		var type = t.type();
		var T = t.targetYear();
		if (!isEmissionsTarget(type)) {
			return refused(t, "pathways.reason.notEmissions");
		}
		if (T == null) {
			return refused(t, "pathways.reason.noTargetYear");
		}
		return switch (type) {
			case ABSOLUTE -> absolute(t, in, T);
			case FIXED_LEVEL -> toLevel(t, in, T, emissions(t.targetValue(), t.unit()), "pathways.reason.noLevel");
			case NEUTRALITY -> toLevel(t, in, T,
					t.targetValue() == null ? BigDecimal.ZERO : emissions(t.targetValue(), t.unit()), null);
			case PEAKING -> peaking(t, in, T);
			case BAU_RELATIVE -> bauRelative(t, in, T);
			case CARBON_INTENSITY -> intensity(t, in, T, BauDriver.GDP);
			case PER_CAPITA -> intensity(t, in, T, BauDriver.POPULATION);
			default -> refused(t, "pathways.reason.notEmissions");
		};
	}

	static boolean isEmissionsTarget(TargetType type) {
		return switch (type) {
			case ABSOLUTE, FIXED_LEVEL, CARBON_INTENSITY, PER_CAPITA, BAU_RELATIVE, PEAKING, NEUTRALITY -> true;
			default -> false;
		};
	}

	/**
	 * A value in an emissions unit of the registry, in tonnes; null when not convertible.
	 */
	static @Nullable BigDecimal emissions(@Nullable BigDecimal value, @Nullable String unit) {
		if (value == null || unit == null) {
			return null;
		}
		return switch (unit) {
			case "tCO2e", "tCO2" -> value;
			case "ktCO2e", "ktCO2" -> value.movePointRight(3);
			case "MtCO2e", "MtCO2" -> value.movePointRight(6);
			default -> null;
		};
	}

	/**
	 * The cut a target names, as a fraction: from its per cent, else from its two values.
	 */
	static @Nullable BigDecimal cut(TargetView t) {
		if (t.reductionPercent() != null) {
			return Exact.fraction(t.reductionPercent());
		}
		if (t.baseValue() != null && t.targetValue() != null && t.baseValue().signum() > 0) {
			return BigDecimal.ONE.subtract(Exact.divide(t.targetValue(), t.baseValue()));
		}
		return null;
	}

	private static TargetPathway absolute(TargetView t, Inputs in, int T) {
		var b = t.baseYear();
		if (b == null) {
			return refused(t, "pathways.reason.noBaseYear");
		}
		if (b >= T) {
			return refused(t, "pathways.reason.noTargetYear");
		}
		var given = emissions(t.baseValue(), t.unit());
		var base = given != null ? given : in.inventories().get(b);
		if (base == null) {
			return refused(t, "pathways.reason.noBaseEmissions", Integer.toString(b));
		}
		var level = emissions(t.targetValue(), t.unit());
		String levelFormula;
		if (level != null) {
			levelFormula = "E(" + T + ") = " + Exact.plain(level) + " t";
		}
		else if (t.reductionPercent() != null) {
			var c = Exact.fraction(t.reductionPercent());
			level = base.multiply(BigDecimal.ONE.subtract(c));
			levelFormula = "E(" + T + ") = " + Exact.plain(base) + " × (1 − " + Exact.plain(c) + ") = "
					+ Exact.plain(level) + " t";
		}
		else {
			return refused(t, "pathways.reason.noCut");
		}
		return line(t, b, base, T, level, levelFormula);
	}

	/**
	 * Fixed level and neutrality: from the base year, or the latest inventory before the
	 * target year.
	 */
	private static TargetPathway toLevel(TargetView t, Inputs in, int T, @Nullable BigDecimal level,
			@Nullable String missingLevel) {
		if (level == null) {
			return refused(t, missingLevel == null ? "pathways.reason.noLevel" : missingLevel);
		}
		var start = start(t, in, T);
		if (start == null) {
			return startRefusal(t, in, T);
		}
		return line(t, start.getKey(), start.getValue(), T, level, "E(" + T + ") = " + Exact.plain(level) + " t");
	}

	private static TargetPathway peaking(TargetView t, Inputs in, int T) {
		var peak = emissions(t.targetValue(), t.unit());
		String levelFormula;
		if (peak != null) {
			levelFormula = "E(" + T + ") = " + Exact.plain(peak) + " t";
		}
		else if (in.bau() != null && in.bau().at(T) != null) {
			peak = in.bau().at(T);
			levelFormula = "E(" + T + ") = BAU(" + T + ") = " + Exact.plain(Exact.tonnes(peak)) + " t";
		}
		else {
			return refused(t, "pathways.reason.noBau", Integer.toString(T));
		}
		var start = start(t, in, T);
		if (start == null) {
			return startRefusal(t, in, T);
		}
		return line(t, start.getKey(), start.getValue(), T, peak, levelFormula);
	}

	private static TargetPathway bauRelative(TargetView t, Inputs in, int T) {
		var bau = in.bau();
		if (bau == null || bau.at(T) == null || bau.baseYear() >= T) {
			return refused(t, "pathways.reason.noBau", Integer.toString(T));
		}
		if (t.reductionPercent() == null) {
			return refused(t, "pathways.reason.noCut");
		}
		var c = Exact.fraction(t.reductionPercent());
		var projected = bau.at(T);
		var level = projected.multiply(BigDecimal.ONE.subtract(c));
		return line(t, bau.baseYear(), bau.baseTotal(), T, level,
				"E(" + T + ") = BAU(" + T + ") × (1 − " + Exact.plain(c) + ") = " + Exact.plain(Exact.tonnes(projected))
						+ " × (1 − " + Exact.plain(c) + ") = " + Exact.plain(Exact.tonnes(level)) + " t");
	}

	private static TargetPathway intensity(TargetView t, Inputs in, int T, BauDriver driver) {
		var b = t.baseYear();
		if (b == null) {
			return refused(t, "pathways.reason.noBaseYear");
		}
		if (b >= T) {
			return refused(t, "pathways.reason.noTargetYear");
		}
		var base = in.inventories().get(b);
		if (base == null) {
			return refused(t, "pathways.reason.noBaseEmissions", Integer.toString(b));
		}
		var c = cut(t);
		if (c == null) {
			return refused(t, "pathways.reason.noCut");
		}
		var series = driver == BauDriver.GDP ? in.gdp() : in.population();
		var values = new TreeMap<Integer, BigDecimal>();
		var span = BigDecimal.valueOf(T - b);
		for (int year = b; year <= T; year++) {
			var ratio = ratio(series, in.bau(), driver, b, year);
			if (ratio == null) {
				return refused(t, driver == BauDriver.GDP ? "pathways.reason.noGdp" : "pathways.reason.noPopulation",
						Integer.toString(year));
			}
			// the intensity falls in a straight line from 1 to (1 − c) of its base value
			var remaining = BigDecimal.ONE.subtract(Exact.divide(c.multiply(BigDecimal.valueOf(year - b)), span));
			values.put(year, base.multiply(remaining).multiply(ratio));
		}
		var x = driver == BauDriver.GDP ? "GDP" : "P";
		var level = values.get(T);
		var source = (series.containsKey(b) ? "facts" : "") + (in.bau() != null ? (series.containsKey(b) ? " + " : "")
				+ "BAU v" + in.bauVersion() + " "
				+ Exact
					.onePlus(driver == BauDriver.GDP ? in.bau().gdpGrowthPercent() : in.bau().populationGrowthPercent())
				+ "^(t − k)" : "");
		var formula = "E(t) = " + Exact.plain(base) + " × (1 − " + Exact.plain(c) + " × (t − " + b + ") / " + (T - b)
				+ ") × " + x + "(t) / " + x + "(" + b + ") [" + source.strip() + "]; E(" + T + ") = "
				+ Exact.plain(Exact.tonnes(level)) + " t";
		return new TargetPathway(t.id(), t.title(), t.type(), t.status(), b, T, base, level,
				Collections.unmodifiableSortedMap(values), formula, null, List.of());
	}

	/**
	 * The growth of population or GDP from year b to year t: the city's facts where they
	 * are known (in one unit), carried on at the BAU scenario's rate from the latest
	 * known fact, or the scenario's rate alone when the base year has no fact.
	 */
	static @Nullable BigDecimal ratio(Map<Integer, Fact> series, @Nullable BauProjection bau, BauDriver driver, int b,
			int t) {
		var base = series.get(b);
		if (base != null && base.value().signum() > 0) {
			var now = series.get(t);
			if (now != null && now.unit().equals(base.unit())) {
				return Exact.divide(now.value(), base.value());
			}
			if (bau == null) {
				return null;
			}
			int k = t;
			while (k > b && (series.get(k) == null || !series.get(k).unit().equals(base.unit()))) {
				k--;
			}
			var known = k == b ? base : series.get(k);
			return Exact.divide(known.value(), base.value()).multiply(bau.driverRatio(driver, k, t));
		}
		return bau == null ? null : bau.driverRatio(driver, b, t);
	}

	/**
	 * The start of a path without base emissions of its own: base year, else latest
	 * inventory before T.
	 */
	private static Map.@Nullable Entry<Integer, BigDecimal> start(TargetView t, Inputs in, int T) {
		var b = t.baseYear();
		if (b != null) {
			if (b >= T) {
				return null;
			}
			var given = emissions(t.baseValue(), t.unit());
			var base = given != null ? given : in.inventories().get(b);
			return base == null ? null : Map.entry(b, base);
		}
		var before = in.inventories().headMap(T);
		return before.isEmpty() ? null : Map.entry(before.lastKey(), before.get(before.lastKey()));
	}

	private static TargetPathway startRefusal(TargetView t, Inputs in, int T) {
		if (t.baseYear() != null && t.baseYear() < T) {
			return refused(t, "pathways.reason.noBaseEmissions", Integer.toString(t.baseYear()));
		}
		return refused(t, "pathways.reason.noStart", Integer.toString(T));
	}

	private static TargetPathway line(TargetView t, int from, BigDecimal start, int to, BigDecimal level,
			String levelFormula) {
		var values = new TreeMap<Integer, BigDecimal>();
		for (int year = from; year <= to; year++) {
			values.put(year, Exact.line(from, start, to, level, year));
		}
		var formula = "E(t) = " + Exact.plain(start) + " + (" + Exact.plain(Exact.tonnes(level)) + " − "
				+ Exact.plain(start) + ") × (t − " + from + ") / " + (to - from) + "; " + levelFormula;
		return new TargetPathway(t.id(), t.title(), t.type(), t.status(), from, to, start, level,
				Collections.unmodifiableSortedMap(values), formula, null, List.of());
	}

	private static TargetPathway refused(TargetView t, String key, String... args) {
		return new TargetPathway(t.id(), t.title(), t.type(), t.status(), t.baseYear(), t.targetYear(), null, null,
				Collections.emptySortedMap(), null, key, List.of(args));
	}

	static BigDecimal percent(BigDecimal fraction) {
		return fraction.multiply(HUNDRED);
	}

}
