package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A composite index in the manner of the OECD/JRC Handbook on Constructing Composite
 * Indicators (2008): each indicator is normalised over the cities that have it, weighted
 * and aggregated. A missing value is never read as zero: a city's index uses the
 * indicators it has, with their weights scaled up, and only when they carry at least the
 * minimum share of the weight; otherwise the city is shown as not ranked, with what it
 * lacks.
 * <p>
 * The values read are exact decimals; normalisation and aggregation run in binary
 * floating point and the index and scores are kept to {@value #DIGITS} significant
 * digits. An index is a unitless position, not an amount: no emission figure is derived
 * from it, and double precision carries ten digits without error at 10,000 cities × 50
 * indicators (the exact decimal version took most of a second there, see BENCHMARKS.md).
 */
final class CompositeIndex {

	static final MathContext MC = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Weight scenarios drawn around the chosen weights for the rank ranges. */
	static final int RANDOM_WEIGHT_DRAWS = 8;

	/** Seed of those draws, so the same data give the same ranges every time. */
	static final long SEED = 20190601L;

	private CompositeIndex() {
	}

	/** How indicator values are brought to one scale. */
	enum Normalisation {

		/** (x − min) ÷ (max − min), turned round for lower-is-better: 0 to 1. */
		MIN_MAX,
		/**
		 * (x − mean) ÷ standard deviation (of the cities that have it), turned round
		 * likewise.
		 */
		Z_SCORE,
		/**
		 * x ÷ reference for higher-is-better, reference ÷ x for lower-is-better: 1 is on
		 * target.
		 */
		DISTANCE_TO_TARGET

	}

	/** How normalised scores become one figure. */
	enum Aggregation {

		/** Weighted arithmetic mean: a weak indicator can be made up by a strong one. */
		ARITHMETIC,
		/**
		 * Weighted geometric mean of scores rescaled to 1–100: less compensation between
		 * indicators.
		 */
		GEOMETRIC

	}

	/**
	 * An indicator as the index uses it.
	 *
	 * @param weight its share of the index in per cent
	 * @param reference the value counted as "on target", for distance to target
	 */
	record Part(String code, Direction direction, BigDecimal weight, @Nullable BigDecimal reference) {
	}

	/** The choices behind one computation. */
	record Settings(Normalisation normalisation, Aggregation aggregation, BigDecimal minimumCoverage) {
	}

	/**
	 * One city's result.
	 *
	 * @param index the index value (0–100 for min–max, around 0 for z-scores, 1 = on
	 * target for distance to target), or null when not ranked
	 * @param coverage share of the weight the city's values carry, 0 to 1
	 * @param missing codes of the indicators the city has no value for
	 * @param scores normalised score per indicator code, for those it has
	 * @param rank 1 for the best, ties sharing the better rank; 0 when not ranked
	 * @param bestRank best rank over the sensitivity scenarios
	 * @param worstRank worst rank over the sensitivity scenarios
	 */
	record CityResult(UUID cityId, @Nullable BigDecimal index, BigDecimal coverage, List<String> missing,
			Map<String, BigDecimal> scores, int rank, int bestRank, int worstRank) {

		public boolean ranked() {
			return this.index != null;
		}

		/** The index to four significant digits, for pages. */
		public @Nullable BigDecimal shownIndex() {
			return this.index == null ? null : this.index.round(new MathContext(4)).stripTrailingZeros();
		}

		/** The coverage in per cent, for pages. */
		public BigDecimal coveragePercent() {
			return this.coverage.movePointRight(2).round(new MathContext(4)).stripTrailingZeros();
		}

	}

	/** The index of every city, best first, then the cities not ranked. */
	record Result(Settings settings, List<CityResult> cities, int scenarios) {

		public @Nullable CityResult of(UUID cityId) {
			return this.cities.stream().filter((c) -> c.cityId().equals(cityId)).findFirst().orElse(null);
		}

		public long ranked() {
			return this.cities.stream().filter(CityResult::ranked).count();
		}

	}

	/** Checks weights and references before anything is computed. */
	static void validate(List<Part> parts, Settings settings) {
		if (parts.isEmpty()) {
			throw new InvalidBenchmarkException("benchmarking.index.error.noIndicators");
		}
		var sum = BigDecimal.ZERO;
		for (var p : parts) {
			if (p.weight().signum() < 0) {
				throw new InvalidBenchmarkException("benchmarking.index.error.negativeWeight", p.code());
			}
			sum = sum.add(p.weight());
		}
		if (sum.compareTo(HUNDRED) != 0) {
			throw new InvalidBenchmarkException("benchmarking.index.error.weightSum",
					sum.stripTrailingZeros().toPlainString());
		}
		if (settings.normalisation() == Normalisation.DISTANCE_TO_TARGET) {
			for (var p : parts) {
				if (p.weight().signum() > 0 && (p.reference() == null || p.reference().signum() == 0)) {
					throw new InvalidBenchmarkException("benchmarking.index.error.noReference", p.code());
				}
			}
		}
		var coverage = settings.minimumCoverage();
		if (coverage.signum() < 0 || coverage.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidBenchmarkException("benchmarking.index.error.coverage");
		}
	}

	/**
	 * Computes the index of every city in {@code values} (city → indicator code → value)
	 * and the range of each city's rank over the sensitivity scenarios.
	 */
	static Result compute(List<Part> parts, Map<UUID, Map<String, BigDecimal>> values, Settings settings) {
		validate(parts, settings);
		var cities = new ArrayList<>(values.keySet());
		var raw = columns(parts, values, cities);
		var normalised = normaliseDoubles(parts, raw, settings.normalisation());
		var scores = settings.aggregation() == Aggregation.GEOMETRIC ? logarithms(rescaleDoubles(normalised))
				: normalised;
		var weights = parts.stream().mapToDouble((p) -> p.weight().doubleValue()).toArray();
		var results = new ArrayList<CityResult>(cities.size());
		var indexOf = new HashMap<UUID, BigDecimal>();
		var row = new double[parts.size()];
		for (int c = 0; c < cities.size(); c++) {
			var missing = new ArrayList<String>();
			var covered = BigDecimal.ZERO;
			for (int j = 0; j < parts.size(); j++) {
				row[j] = scores[j][c];
				if (Double.isNaN(normalised[j][c])) {
					missing.add(parts.get(j).code());
				}
				else {
					covered = covered.add(parts.get(j).weight());
				}
			}
			var coverage = covered.divide(HUNDRED, MC);
			BigDecimal index = null;
			if (covered.signum() > 0 && coverage.compareTo(settings.minimumCoverage()) >= 0) {
				index = shown(aggregateDouble(row, weights, settings.aggregation()));
				indexOf.put(cities.get(c), index);
			}
			results.add(new CityResult(cities.get(c), index, coverage, List.copyOf(missing),
					new ScoreRow(parts, normalised, c), 0, 0, 0));
		}
		var ranks = ranks(indexOf);
		var ranges = sensitivity(parts, raw, cities, settings, indexOf.keySet());
		var ranked = new ArrayList<CityResult>();
		for (var r : results) {
			var rank = ranks.getOrDefault(r.cityId(), 0);
			var range = ranges.get(r.cityId());
			ranked.add(new CityResult(r.cityId(), r.index(), r.coverage(), r.missing(), r.scores(), rank,
					range == null ? rank : Math.min(rank, range[0]), range == null ? rank : Math.max(rank, range[1])));
		}
		ranked.sort(Comparator.comparingInt((CityResult c) -> c.rank() == 0 ? Integer.MAX_VALUE : c.rank())
			.thenComparing((c) -> c.cityId().toString()));
		return new Result(settings, List.copyOf(ranked), scenarioCount(parts, settings));
	}

	/**
	 * A score or index computed in floating point, kept to {@value #DIGITS} significant
	 * digits: the index is a unitless position, never an amount, and double precision
	 * carries those digits exactly (so 0.49999999999999994 reads 0.5).
	 */
	static BigDecimal shown(double value) {
		return new BigDecimal(value, new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
	}

	/** Significant digits of an index and of a normalised score. */
	static final int DIGITS = 10;

	/** Values per indicator (rows) and city (columns), NaN where a city has none. */
	private static double[][] columns(List<Part> parts, Map<UUID, Map<String, BigDecimal>> values, List<UUID> cities) {
		var raw = new double[parts.size()][cities.size()];
		for (int c = 0; c < cities.size(); c++) {
			var row = values.get(cities.get(c));
			for (int j = 0; j < parts.size(); j++) {
				var v = row.get(parts.get(j).code());
				raw[j][c] = v == null ? Double.NaN : v.doubleValue();
			}
		}
		return raw;
	}

	/**
	 * One city's normalised scores, read from the shared columns when asked for: most
	 * computations only rank, and 10,000 maps of 50 decimals would be most of the work.
	 */
	private static final class ScoreRow extends java.util.AbstractMap<String, BigDecimal> {

		private final List<Part> parts;

		private final double[][] normalised;

		private final int city;

		private @Nullable Map<String, BigDecimal> entries;

		ScoreRow(List<Part> parts, double[][] normalised, int city) {
			this.parts = parts;
			this.normalised = normalised;
			this.city = city;
		}

		@Override
		public java.util.Set<Entry<String, BigDecimal>> entrySet() {
			var e = this.entries;
			if (e == null) {
				e = new LinkedHashMap<>();
				for (int j = 0; j < this.parts.size(); j++) {
					var s = this.normalised[j][this.city];
					if (!Double.isNaN(s)) {
						e.put(this.parts.get(j).code(), shown(s));
					}
				}
				this.entries = e;
			}
			return e.entrySet();
		}

	}

	/**
	 * Competition ranks ("1224"): a higher index is better; equal indices share a rank.
	 */
	static Map<UUID, Integer> ranks(Map<UUID, BigDecimal> index) {
		var sorted = new ArrayList<>(index.entrySet());
		sorted.sort(Map.Entry.<UUID, BigDecimal>comparingByValue().reversed());
		var out = new HashMap<UUID, Integer>();
		for (int i = 0; i < sorted.size(); i++) {
			var e = sorted.get(i);
			var rank = i > 0 && sorted.get(i - 1).getValue().compareTo(e.getValue()) == 0
					? out.get(sorted.get(i - 1).getKey()) : i + 1;
			out.put(e.getKey(), rank);
		}
		return out;
	}

	static int scenarioCount(List<Part> parts, Settings settings) {
		return normalisations(parts, settings).size() * Aggregation.values().length * (2 + RANDOM_WEIGHT_DRAWS);
	}

	private static List<Normalisation> normalisations(List<Part> parts, Settings settings) {
		var all = new ArrayList<>(List.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE));
		var referenced = parts.stream().allMatch((p) -> p.reference() != null && p.reference().signum() != 0);
		if (referenced || settings.normalisation() == Normalisation.DISTANCE_TO_TARGET) {
			all.add(Normalisation.DISTANCE_TO_TARGET);
		}
		return all;
	}

	/**
	 * Each ranked city's best and worst rank when the index is recomputed with every
	 * normalisation the indicators allow, both aggregations, and with the chosen weights,
	 * equal weights and {@value #RANDOM_WEIGHT_DRAWS} seeded draws of each weight between
	 * half and one and a half times its value. Only cities ranked under the chosen
	 * settings are ranked in the scenarios, so the ranges compare like with like.
	 */
	static Map<UUID, int[]> sensitivity(List<Part> parts, double[][] raw, List<UUID> all, Settings settings,
			java.util.Set<UUID> rankedCities) {
		var ranges = new HashMap<UUID, int[]>();
		if (rankedCities.isEmpty()) {
			return ranges;
		}
		var weightSets = new ArrayList<double[]>();
		var chosen = parts.stream().mapToDouble((p) -> p.weight().doubleValue()).toArray();
		weightSets.add(chosen);
		var equal = new double[parts.size()];
		java.util.Arrays.fill(equal, 1.0);
		weightSets.add(equal);
		var random = new Random(SEED);
		for (int d = 0; d < RANDOM_WEIGHT_DRAWS; d++) {
			var w = new double[parts.size()];
			for (int i = 0; i < w.length; i++) {
				w[i] = chosen[i] * (0.5 + random.nextDouble());
			}
			weightSets.add(w);
		}
		// Every city with values takes part in the normalisation, as in the index itself;
		// only the ranked ones are ranked.
		var rankedIndex = new int[rankedCities.size()];
		var count = 0;
		for (int c = 0; c < all.size(); c++) {
			if (rankedCities.contains(all.get(c))) {
				rankedIndex[count++] = c;
			}
		}
		var best = new int[count];
		var worst = new int[count];
		java.util.Arrays.fill(best, Integer.MAX_VALUE);
		var index = new double[count];
		var sorted = new double[count];
		for (var normalisation : normalisations(parts, settings)) {
			var normalised = normaliseDoubles(parts, raw, normalisation);
			for (var aggregation : Aggregation.values()) {
				// The geometric mean is the exponential of the weighted mean of
				// logarithms,
				// taken once per normalisation rather than once per weight scenario.
				var scores = aggregation == Aggregation.GEOMETRIC ? logarithms(rescaleDoubles(normalised)) : normalised;
				// City by city in memory, so that each city's scores are read in one
				// sweep.
				var rows = new double[count][parts.size()];
				for (int j = 0; j < parts.size(); j++) {
					for (int r = 0; r < count; r++) {
						rows[r][j] = scores[j][rankedIndex[r]];
					}
				}
				for (var weights : weightSets) {
					for (int r = 0; r < count; r++) {
						index[r] = aggregateDouble(rows[r], weights, aggregation);
					}
					// Competition ranks: one plus the number of cities with a higher
					// index.
					System.arraycopy(index, 0, sorted, 0, count);
					java.util.Arrays.sort(sorted);
					for (int r = 0; r < count; r++) {
						var rank = count - upperBound(sorted, index[r]) + 1;
						best[r] = Math.min(best[r], rank);
						worst[r] = Math.max(worst[r], rank);
					}
				}
			}
		}
		for (int r = 0; r < count; r++) {
			ranges.put(all.get(rankedIndex[r]), new int[] { best[r], worst[r] });
		}
		return ranges;
	}

	/** Normalised scores per indicator and city, NaN where a city has no score. */
	private static double[][] normaliseDoubles(List<Part> parts, double[][] raw, Normalisation normalisation) {
		var out = new double[raw.length][];
		for (int j = 0; j < raw.length; j++) {
			var column = raw[j];
			var result = new double[column.length];
			var higher = parts.get(j).direction() == Direction.HIGHER;
			var min = Double.POSITIVE_INFINITY;
			var max = Double.NEGATIVE_INFINITY;
			var sum = 0.0;
			var n = 0;
			for (var v : column) {
				if (!Double.isNaN(v)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
					sum += v;
					n++;
				}
			}
			var mean = n == 0 ? 0 : sum / n;
			var squares = 0.0;
			for (var v : column) {
				if (!Double.isNaN(v)) {
					squares += (v - mean) * (v - mean);
				}
			}
			var sd = n == 0 ? 0 : Math.sqrt(squares / n);
			var reference = parts.get(j).reference() == null ? Double.NaN : parts.get(j).reference().doubleValue();
			for (int c = 0; c < column.length; c++) {
				var v = column[c];
				if (Double.isNaN(v)) {
					result[c] = Double.NaN;
					continue;
				}
				result[c] = switch (normalisation) {
					case MIN_MAX -> max == min ? 1 : (higher ? v - min : max - v) / (max - min);
					case Z_SCORE -> sd == 0 ? 0 : (higher ? v - mean : mean - v) / sd;
					case DISTANCE_TO_TARGET -> higher ? v / reference : (v == 0 ? Double.NaN : reference / v);
				};
			}
			out[j] = result;
		}
		return out;
	}

	/**
	 * Scores rescaled to 1–100 for the geometric mean: 1 + 99 × (s − min) ÷ (max − min).
	 */
	private static double[][] rescaleDoubles(double[][] scores) {
		var out = new double[scores.length][];
		for (int j = 0; j < scores.length; j++) {
			var column = scores[j];
			var min = Double.POSITIVE_INFINITY;
			var max = Double.NEGATIVE_INFINITY;
			for (var v : column) {
				if (!Double.isNaN(v)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
			var result = new double[column.length];
			for (int c = 0; c < column.length; c++) {
				var v = column[c];
				result[c] = Double.isNaN(v) ? Double.NaN : max == min ? 100 : 1 + 99 * (v - min) / (max - min);
			}
			out[j] = result;
		}
		return out;
	}

	private static double aggregateDouble(double[] scores, double[] weights, Aggregation aggregation) {
		var sum = 0.0;
		var weight = 0.0;
		for (int j = 0; j < scores.length; j++) {
			var s = scores[j];
			if (Double.isNaN(s) || weights[j] == 0) {
				continue;
			}
			weight += weights[j];
			sum += weights[j] * s;
		}
		if (weight == 0) {
			return Double.NEGATIVE_INFINITY;
		}
		return aggregation == Aggregation.ARITHMETIC ? sum / weight : Math.exp(sum / weight);
	}

	private static double[][] logarithms(double[][] scores) {
		var out = new double[scores.length][];
		for (int j = 0; j < scores.length; j++) {
			out[j] = new double[scores[j].length];
			for (int c = 0; c < scores[j].length; c++) {
				out[j][c] = Math.log(scores[j][c]);
			}
		}
		return out;
	}

	/**
	 * The index of the first element greater than {@code value} in an ascending array.
	 */
	private static int upperBound(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			var mid = (low + high) >>> 1;
			if (sorted[mid] <= value) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
