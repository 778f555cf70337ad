package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Emissions per inhabitant × GDP per inhabitant clusters in the manner of the APPC's
 * categorisation of peaking cities: k-means++ (Apache Commons Math) on both variables
 * standardised (GDP on a log scale), with a fixed seed so the same data always give the
 * same clusters. Clusters are numbered by their centre's emissions, lowest first.
 */
final class Clusters {

	/** The APPC grouped peaking cities in five clusters. */
	static final int DEFAULT_K = 5;

	static final int SEED = 2015;

	private Clusters() {
	}

	/** A city with both figures. */
	record Input(UUID cityId, BigDecimal gdpPerCapita, BigDecimal emissionsPerInhabitant) {
	}

	/** A city's cluster; {@code cluster} counts from 1. */
	record Member(UUID cityId, BigDecimal gdpPerCapita, BigDecimal emissionsPerInhabitant, int cluster) {
	}

	/**
	 * The centre of one cluster in the original units (geometric mean of GDP per
	 * inhabitant, mean emissions).
	 */
	record Centre(int cluster, double gdpPerCapita, double emissionsPerInhabitant, int size) {
	}

	record Result(int k, List<Member> members, List<Centre> centres) {
	}

	private record Point(Input input, double[] point) implements Clusterable {

		@Override
		public double[] getPoint() {
			return this.point;
		}

	}

	/**
	 * Clusters the inputs into {@code k} groups (fewer when there are fewer distinct
	 * cities); cities with a GDP of zero or less cannot be placed on the log scale and
	 * are left out.
	 */
	static Result of(List<Input> inputs, int k) {
		var usable = inputs.stream().filter((i) -> i.gdpPerCapita().signum() > 0).toList();
		if (usable.isEmpty()) {
			return new Result(0, List.of(), List.of());
		}
		var gdp = usable.stream().mapToDouble((i) -> Math.log10(i.gdpPerCapita().doubleValue())).toArray();
		var emissions = usable.stream().mapToDouble((i) -> i.emissionsPerInhabitant().doubleValue()).toArray();
		var g = standardiser(gdp);
		var e = standardiser(emissions);
		var points = new ArrayList<Point>();
		for (int i = 0; i < usable.size(); i++) {
			points.add(new Point(usable.get(i), new double[] { (gdp[i] - g[0]) / g[1], (emissions[i] - e[0]) / e[1] }));
		}
		var groups = Math.max(1,
				Math.min(k, (int) points.stream().map((p) -> List.of(p.point[0], p.point[1])).distinct().count()));
		var clusterer = new KMeansPlusPlusClusterer<Point>(groups, 100,
				new org.apache.commons.math3.ml.distance.EuclideanDistance(), new JDKRandomGenerator(SEED));
		var clusters = new ArrayList<>(clusterer.cluster(points));
		clusters.sort(java.util.Comparator.comparingDouble((c) -> c.getCenter().getPoint()[1]));
		var members = new ArrayList<Member>();
		var centres = new ArrayList<Centre>();
		for (int c = 0; c < clusters.size(); c++) {
			var cluster = clusters.get(c);
			var centre = cluster.getCenter().getPoint();
			centres.add(new Centre(c + 1, Math.pow(10, centre[0] * g[1] + g[0]), centre[1] * e[1] + e[0],
					cluster.getPoints().size()));
			for (var p : cluster.getPoints()) {
				members.add(new Member(p.input().cityId(), p.input().gdpPerCapita(), p.input().emissionsPerInhabitant(),
						c + 1));
			}
		}
		return new Result(clusters.size(), List.copyOf(members), List.copyOf(centres));
	}

	/** Mean and standard deviation (1 when all alike, so nothing is divided by zero). */
	private static double[] standardiser(double[] values) {
		var mean = java.util.Arrays.stream(values).average().orElse(0);
		var variance = java.util.Arrays.stream(values).map((v) -> (v - mean) * (v - mean)).average().orElse(0);
		var sd = Math.sqrt(variance);
		return new double[] { mean, sd > 0 ? sd : 1 };
	}

}
