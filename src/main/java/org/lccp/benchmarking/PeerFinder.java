package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * "Cities like mine": the nearest cities on standardised variables the reader chooses.
 * Numbers are compared in standard deviations of all cities that have them (population
 * and GDP per inhabitant on a log scale, since they span orders of magnitude); country
 * and administrative level count 0 when equal and 1 (one standard deviation) when not. A
 * variable either city lacks counts as one standard deviation apart, so a city with
 * little data is never "close" by accident, and a pair sharing fewer than half the chosen
 * variables is not compared at all. The distance is the root mean square of those
 * differences. Similarity is a ranking aid, not an emission figure, and is computed in
 * binary floating point.
 */
final class PeerFinder {

	private PeerFinder() {
	}

	/** What a city is compared on. */
	enum Variable {

		POPULATION(true, true), GDP_PER_CAPITA(true, true), EMISSIONS_PER_INHABITANT(true, false),
		EMISSION_TREND(true, false),
		/** Latitude stands in for climate: the platform holds no climate zones. */
		LATITUDE(true, false), COUNTRY(false, false), ADMIN_LEVEL(false, false);

		private final boolean numeric;

		private final boolean logarithmic;

		Variable(boolean numeric, boolean logarithmic) {
			this.numeric = numeric;
			this.logarithmic = logarithmic;
		}

		public boolean numeric() {
			return this.numeric;
		}

		/** The scale differences are measured on. */
		double transform(double value) {
			return this.logarithmic ? Math.log10(value) : value;
		}

		/** Variables a reader starts with. */
		static final Set<Variable> DEFAULT = Set.of(POPULATION, GDP_PER_CAPITA, EMISSIONS_PER_INHABITANT, COUNTRY,
				ADMIN_LEVEL);

	}

	/**
	 * A city as the finder sees it.
	 *
	 * @param numbers the numeric variables it has (raw values, as shown)
	 */
	record Point(UUID cityId, String country, String adminLevel, Map<Variable, BigDecimal> numbers) {

		public @Nullable Object value(Variable v) {
			return switch (v) {
				case COUNTRY -> this.country;
				case ADMIN_LEVEL -> this.adminLevel;
				default -> this.numbers.get(v);
			};
		}

	}

	/**
	 * How far a peer is on one variable.
	 *
	 * @param difference in standard deviations for numbers, 0 or 1 for country and level
	 */
	record Difference(Variable variable, @Nullable Object own, @Nullable Object peer, double difference) {

		/** One of the two cities has no value: counted as one standard deviation. */
		public boolean missing() {
			return this.own == null || this.peer == null;
		}

		/** The difference to two significant digits, for pages. */
		public BigDecimal shownDifference() {
			return BigDecimal.valueOf(this.difference).round(new java.math.MathContext(2)).stripTrailingZeros();
		}

		/** Within half a standard deviation, or equal. */
		public boolean close() {
			return !missing() && Math.abs(this.difference) < 0.5;
		}

	}

	/** One peer with its distance and why. */
	record Peer(UUID cityId, double distance, List<Difference> differences) {

		/** The distance to three significant digits, for pages. */
		public BigDecimal shownDistance() {
			return BigDecimal.valueOf(this.distance).round(new java.math.MathContext(3)).stripTrailingZeros();
		}

		public List<Difference> closeOn() {
			return this.differences.stream().filter(Difference::close).toList();
		}

	}

	/**
	 * The spread of each numeric variable over all points, the yardstick of differences.
	 */
	static Map<Variable, Double> spreads(List<Point> points) {
		var out = new EnumMap<Variable, Double>(Variable.class);
		for (var v : Variable.values()) {
			if (!v.numeric()) {
				continue;
			}
			var n = 0;
			var sum = 0.0;
			var squares = 0.0;
			for (var p : points) {
				var x = p.numbers().get(v);
				if (x == null || (v.logarithmic && x.signum() <= 0)) {
					continue;
				}
				var t = v.transform(x.doubleValue());
				n++;
				sum += t;
				squares += t * t;
			}
			if (n > 1) {
				var mean = sum / n;
				var sd = Math.sqrt(Math.max(0, squares / n - mean * mean));
				if (sd > 0) {
					out.put(v, sd);
				}
			}
		}
		return out;
	}

	/**
	 * The {@code k} nearest points to {@code own} on {@code variables}, nearest first
	 * (ties by id, so the answer is stable).
	 */
	static List<Peer> nearest(Point own, List<Point> points, Set<Variable> variables, int k,
			Map<Variable, Double> spreads) {
		if (variables.isEmpty()) {
			throw InvalidBenchmarkException.onField("variables", "benchmarking.peers.error.noVariables");
		}
		var needed = (variables.size() + 1) / 2;
		var ordered = variables.stream().sorted().toList();
		var peers = new ArrayList<Peer>();
		for (var p : points) {
			if (p.cityId().equals(own.cityId())) {
				continue;
			}
			var differences = new ArrayList<Difference>(ordered.size());
			var squares = 0.0;
			var shared = 0;
			for (var v : ordered) {
				var d = difference(v, own, p, spreads);
				if (d == null) {
					d = new Difference(v, own.value(v), p.value(v), 1);
				}
				else {
					shared++;
				}
				differences.add(d);
				squares += d.difference() * d.difference();
			}
			if (shared < needed || shared == 0) {
				continue;
			}
			peers.add(new Peer(p.cityId(), Math.sqrt(squares / ordered.size()), List.copyOf(differences)));
		}
		peers.sort(Comparator.comparingDouble(Peer::distance).thenComparing((Peer p) -> p.cityId().toString()));
		return List.copyOf(peers.subList(0, Math.min(k, peers.size())));
	}

	private static @Nullable Difference difference(Variable v, Point own, Point peer, Map<Variable, Double> spreads) {
		var a = own.value(v);
		var b = peer.value(v);
		if (a == null || b == null) {
			return null;
		}
		if (!v.numeric()) {
			return new Difference(v, a, b, a.equals(b) ? 0 : 1);
		}
		var x = (BigDecimal) a;
		var y = (BigDecimal) b;
		if (v.logarithmic && (x.signum() <= 0 || y.signum() <= 0)) {
			return null;
		}
		var spread = spreads.get(v);
		if (spread == null) {
			// Everyone alike (or a single city has it): no yardstick, equal counts as
			// equal.
			return new Difference(v, a, b, x.compareTo(y) == 0 ? 0 : 1);
		}
		return new Difference(v, a, b, (v.transform(y.doubleValue()) - v.transform(x.doubleValue())) / spread);
	}

}
