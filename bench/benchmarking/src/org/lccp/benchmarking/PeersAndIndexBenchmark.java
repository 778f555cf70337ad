package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 14's benchmark on generated data: "cities like mine" among 10,000 cities on five
 * variables, and the composite index of 10,000 cities × 50 indicators with its rank ranges
 * (every normalisation × aggregation × weight scenario), on one thread. In the same package
 * as the module so that it calls the engine the pages call, without the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeersAndIndexBenchmark {

	static final int CITIES = 10_000;

	static final int INDICATORS = 50;

	List<PeerFinder.Point> points;

	Map<PeerFinder.Variable, Double> spreads;

	List<CompositeIndex.Part> parts;

	Map<UUID, Map<String, BigDecimal>> values;

	int next;

	@Setup
	public void setUp() {
		var random = new Random(14);
		var countries = new String[] { "CN", "JP", "KR", "MN", "RU", "KP" };
		this.points = new ArrayList<>();
		this.values = new HashMap<>();
		for (int c = 0; c < CITIES; c++) {
			var id = new UUID(14, c);
			var numbers = new EnumMap<PeerFinder.Variable, BigDecimal>(PeerFinder.Variable.class);
			numbers.put(PeerFinder.Variable.POPULATION, BigDecimal.valueOf((long) Math.pow(10, 4 + 3 * random.nextDouble())));
			numbers.put(PeerFinder.Variable.GDP_PER_CAPITA, BigDecimal.valueOf((long) Math.pow(10, 3 + 2 * random.nextDouble())));
			if (random.nextDouble() < 0.8) {
				numbers.put(PeerFinder.Variable.EMISSIONS_PER_INHABITANT,
						BigDecimal.valueOf(1 + 20 * random.nextDouble()).setScale(4, java.math.RoundingMode.HALF_EVEN));
			}
			numbers.put(PeerFinder.Variable.LATITUDE, BigDecimal.valueOf(30 + 25 * random.nextDouble()));
			this.points.add(new PeerFinder.Point(id, countries[c % 6], c % 5 == 0 ? "PREFECTURE_LEVEL_CITY" : "MUNICIPALITY",
					numbers));
			var row = new HashMap<String, BigDecimal>();
			for (int i = 0; i < INDICATORS; i++) {
				// one value in ten missing, as in real data
				if (random.nextDouble() >= 0.1) {
					row.put("I" + i, BigDecimal.valueOf(random.nextGaussian() * 10 + 50).setScale(6,
							java.math.RoundingMode.HALF_EVEN));
				}
			}
			this.values.put(id, row);
		}
		this.spreads = PeerFinder.spreads(this.points);
		this.parts = new ArrayList<>();
		for (int i = 0; i < INDICATORS; i++) {
			this.parts.add(new CompositeIndex.Part("I" + i, i % 2 == 0 ? Direction.HIGHER : Direction.LOWER,
					BigDecimal.valueOf(2), BigDecimal.valueOf(50)));
		}
	}

	@Benchmark
	public Object citiesLikeMine() {
		var own = this.points.get(this.next++ % CITIES);
		return PeerFinder.nearest(own, this.points,
				Set.of(PeerFinder.Variable.POPULATION, PeerFinder.Variable.GDP_PER_CAPITA,
						PeerFinder.Variable.EMISSIONS_PER_INHABITANT, PeerFinder.Variable.COUNTRY,
						PeerFinder.Variable.ADMIN_LEVEL),
				5, this.spreads);
	}

	@Benchmark
	public Object spreadsOfAllCities() {
		return PeerFinder.spreads(this.points);
	}

	@Benchmark
	public Object indexWithRankRanges() {
		return CompositeIndex.compute(this.parts, this.values, new CompositeIndex.Settings(
				CompositeIndex.Normalisation.MIN_MAX, CompositeIndex.Aggregation.ARITHMETIC, new BigDecimal("0.5")));
	}

}
