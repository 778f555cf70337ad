package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.benchmarking.CompositeIndex.Aggregation;
import org.lccp.benchmarking.CompositeIndex.Normalisation;
import org.lccp.benchmarking.CompositeIndex.Part;
import org.lccp.benchmarking.CompositeIndex.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The composite index against examples worked out by hand: three cities, emissions (lower
 * is better: 10, 20, 30) and a target rate (higher is better: 1, 3, 2), equal weights.
 */
class CompositeIndexTest {

	static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

	static List<Part> parts(String referenceX, String referenceY) {
		return List.of(
				new Part("X", Direction.LOWER, new BigDecimal("50"),
						referenceX == null ? null : new BigDecimal(referenceX)),
				new Part("Y", Direction.HIGHER, new BigDecimal("50"),
						referenceY == null ? null : new BigDecimal(referenceY)));
	}

	static Map<UUID, Map<String, BigDecimal>> values() {
		var values = new LinkedHashMap<UUID, Map<String, BigDecimal>>();
		values.put(A, Map.of("X", new BigDecimal("10"), "Y", new BigDecimal("1")));
		values.put(B, Map.of("X", new BigDecimal("20"), "Y", new BigDecimal("3")));
		values.put(C, Map.of("X", new BigDecimal("30"), "Y", new BigDecimal("2")));
		return values;
	}

	static Settings settings(Normalisation n, Aggregation a) {
		return new Settings(n, a, new BigDecimal("0.5"));
	}

	static double index(CompositeIndex.Result result, UUID city) {
		return result.of(city).index().doubleValue();
	}

	@Test
	void minMaxArithmeticMatchesTheHandComputedExample() {
		// X lower-better: A 1, B 0.5, C 0; Y higher-better: A 0, B 1, C 0.5.
		var result = CompositeIndex.compute(parts(null, null), values(),
				settings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC));
		assertThat(result.of(A).index()).isEqualByComparingTo("0.5");
		assertThat(result.of(B).index()).isEqualByComparingTo("0.75");
		assertThat(result.of(C).index()).isEqualByComparingTo("0.25");
		assertThat(result.of(A).scores()).containsEntry("X", BigDecimal.ONE);
		assertThat(result.cities()).extracting(CompositeIndex.CityResult::cityId).containsExactly(B, A, C);
		assertThat(result.cities()).extracting(CompositeIndex.CityResult::rank).containsExactly(1, 2, 3);
	}

	@Test
	void zScoresTurnLowerIsBetterRound() {
		// X: mean 20, sd √(200/3); Y: mean 2, sd √(2/3); z = ±1.2247…
		var result = CompositeIndex.compute(parts(null, null), values(),
				settings(Normalisation.Z_SCORE, Aggregation.ARITHMETIC));
		var z = Math.sqrt(1.5);
		// Scores and indices are kept to ten significant digits.
		assertThat(result.of(A).scores().get("X").doubleValue()).isCloseTo(z, within(1e-9));
		assertThat(result.of(A).scores().get("X").precision()).isLessThanOrEqualTo(10);
		assertThat(result.of(A).scores().get("Y").doubleValue()).isCloseTo(-z, within(1e-9));
		assertThat(index(result, A)).isCloseTo(0, within(1e-12));
		assertThat(index(result, B)).isCloseTo(z / 2, within(1e-9));
		assertThat(index(result, C)).isCloseTo(-z / 2, within(1e-9));
	}

	@Test
	void distanceToTargetDividesByTheReference() {
		// X reference 10 (lower-better: 10 / x): 1, 0.5, 0.333…; Y reference 2: 0.5, 1.5,
		// 1.
		var result = CompositeIndex.compute(parts("10", "2"), values(),
				settings(Normalisation.DISTANCE_TO_TARGET, Aggregation.ARITHMETIC));
		assertThat(result.of(A).index()).isEqualByComparingTo("0.75");
		assertThat(result.of(B).index()).isEqualByComparingTo("1");
		assertThat(index(result, C)).isCloseTo(2.0 / 3, within(1e-10));
		assertThat(result.of(C).index()).isEqualByComparingTo("0.6666666667");
	}

	@Test
	void geometricMeanUsesScoresRescaledFromOneToHundred() {
		// X: 100, 50.5, 1; Y: 1, 100, 50.5 → √(100·1) = 10, √(50.5·100), √(1·50.5).
		var result = CompositeIndex.compute(parts(null, null), values(),
				settings(Normalisation.MIN_MAX, Aggregation.GEOMETRIC));
		assertThat(index(result, A)).isCloseTo(10, within(1e-8));
		assertThat(index(result, B)).isCloseTo(Math.sqrt(5050), within(1e-6));
		assertThat(index(result, C)).isCloseTo(Math.sqrt(50.5), within(1e-7));
		assertThat(result.of(A).index().precision()).isLessThanOrEqualTo(10);
	}

	@Test
	void aMissingValueIsNeverZeroAndTooLittleDataLeavesACityUnranked() {
		var values = values();
		values.put(D, Map.of("Y", new BigDecimal("3")));
		var half = CompositeIndex.compute(parts(null, null), values,
				settings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC));
		// D has half of the weight: ranked on Y alone, where it ties with B at the top.
		assertThat(half.of(D).index()).isEqualByComparingTo("1");
		assertThat(half.of(D).coverage()).isEqualByComparingTo("0.5");
		assertThat(half.of(D).missing()).containsExactly("X");
		assertThat(half.of(D).rank()).isEqualTo(1);
		var strict = CompositeIndex.compute(parts(null, null), values,
				new Settings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC, new BigDecimal("0.75")));
		assertThat(strict.of(D).ranked()).isFalse();
		assertThat(strict.of(D).rank()).isZero();
		assertThat(strict.cities().get(strict.cities().size() - 1).cityId()).isEqualTo(D);
		// The others are unchanged by D's missing X: their X scores come from their own
		// values.
		assertThat(strict.of(A).index()).isEqualByComparingTo("0.5");
	}

	@Test
	void rankRangesCoverEveryScenarioAndStayPutForDominantCities() {
		var values = new LinkedHashMap<UUID, Map<String, BigDecimal>>();
		values.put(A, Map.of("X", new BigDecimal("10"), "Y", new BigDecimal("3")));
		values.put(B, Map.of("X", new BigDecimal("15"), "Y", new BigDecimal("1.5")));
		values.put(C, Map.of("X", new BigDecimal("25"), "Y", new BigDecimal("2.5")));
		values.put(D, Map.of("X", new BigDecimal("30"), "Y", new BigDecimal("1")));
		var result = CompositeIndex.compute(parts(null, null), values,
				settings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC));
		// A is best and D worst on both indicators: no weighting or method moves them.
		assertThat(result.of(A).bestRank()).isEqualTo(1);
		assertThat(result.of(A).worstRank()).isEqualTo(1);
		assertThat(result.of(D).bestRank()).isEqualTo(4);
		assertThat(result.of(D).worstRank()).isEqualTo(4);
		// B is better on X, C on Y: equal weights tie them; other weights put either
		// ahead.
		assertThat(result.of(B).rank()).isEqualTo(2);
		assertThat(result.of(C).rank()).isEqualTo(2);
		assertThat(List.of(result.of(B).bestRank(), result.of(B).worstRank())).containsExactly(2, 3);
		assertThat(List.of(result.of(C).bestRank(), result.of(C).worstRank())).containsExactly(2, 3);
		assertThat(result.scenarios()).isEqualTo(2 * 2 * (2 + CompositeIndex.RANDOM_WEIGHT_DRAWS));
		// The same data give the same ranges every time.
		var again = CompositeIndex.compute(parts(null, null), values,
				settings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC));
		assertThat(again.cities()).isEqualTo(result.cities());
	}

	@Test
	void weightsThatDoNotSumToHundredAreRefusedWithTheirSum() {
		var parts = List.of(new Part("X", Direction.LOWER, new BigDecimal("60"), null),
				new Part("Y", Direction.HIGHER, new BigDecimal("30"), null));
		assertThatThrownBy(
				() -> CompositeIndex.compute(parts, values(), settings(Normalisation.MIN_MAX, Aggregation.ARITHMETIC)))
			.isInstanceOf(InvalidBenchmarkException.class)
			.satisfies((ex) -> {
				var e = (InvalidBenchmarkException) ex;
				assertThat(e.messageKey()).isEqualTo("benchmarking.index.error.weightSum");
				assertThat(e.arguments()).containsExactly("90");
			});
	}

	@Test
	void distanceToTargetWithoutAReferenceIsRefused() {
		assertThatThrownBy(() -> CompositeIndex.compute(parts("10", null), values(),
				settings(Normalisation.DISTANCE_TO_TARGET, Aggregation.ARITHMETIC)))
			.isInstanceOf(InvalidBenchmarkException.class)
			.hasMessage("benchmarking.index.error.noReference");
	}

	@Test
	void aZeroValueOfALowerIsBetterIndicatorHasNoDistanceToTarget() {
		var values = values();
		values.put(D, Map.of("X", BigDecimal.ZERO, "Y", new BigDecimal("2")));
		var result = CompositeIndex.compute(parts("10", "2"), values,
				settings(Normalisation.DISTANCE_TO_TARGET, Aggregation.ARITHMETIC));
		assertThat(result.of(D).missing()).containsExactly("X");
		assertThat(result.of(D).index()).isEqualByComparingTo("1");
	}

	@Test
	void allCitiesAlikeScoreTheTopRatherThanDividingByZero() {
		var values = new LinkedHashMap<UUID, Map<String, BigDecimal>>();
		values.put(A, Map.of("X", new BigDecimal("5"), "Y", new BigDecimal("5")));
		values.put(B, Map.of("X", new BigDecimal("5"), "Y", new BigDecimal("5")));
		for (var n : List.of(Normalisation.MIN_MAX, Normalisation.Z_SCORE)) {
			for (var a : Aggregation.values()) {
				var result = CompositeIndex.compute(parts(null, null), values, settings(n, a));
				assertThat(result.of(A).index()).isEqualByComparingTo(result.of(B).index());
				assertThat(result.of(A).rank()).isEqualTo(1);
				assertThat(result.of(B).rank()).isEqualTo(1);
			}
		}
	}

}
