package org.lccp.pathways;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.NeutralityKind;
import org.lccp.cities.TargetStatus;
import org.lccp.cities.TargetType;
import org.lccp.cities.TargetView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path each kind of target implies, against figures worked out by hand (the expected
 * values are written out, not recomputed with the code's own formulas).
 */
class PathwayRulesTest {

	static final BigDecimal TEN_MILLION = new BigDecimal("10000000");

	static TargetView target(TargetType type, Integer baseYear, String baseValue, Integer targetYear,
			String targetValue, String cutPercent, String unit) {
		return new TargetView(UUID.randomUUID(), UUID.randomUUID(), "Test city", "KR", type,
				type == TargetType.NEUTRALITY ? NeutralityKind.CARBON_NEUTRAL : null, type + " target", baseYear,
				baseValue == null ? null : new BigDecimal(baseValue), targetYear,
				targetValue == null ? null : new BigDecimal(targetValue),
				cutPercent == null ? null : new BigDecimal(cutPercent), null, unit, null, null, null, null, false,
				TargetStatus.ADOPTED, null, null, "test", null, null, null, null, null, List.of(), Instant.now(), 0,
				null, null);
	}

	static PathwayRules.Inputs inventories(Object... yearAndValue) {
		var map = new TreeMap<Integer, BigDecimal>();
		for (int i = 0; i < yearAndValue.length; i += 2) {
			map.put((Integer) yearAndValue[i], new BigDecimal((String) yearAndValue[i + 1]));
		}
		return new PathwayRules.Inputs(map, null, 0, Map.of(), Map.of());
	}

	static PathwayRules.Inputs withBau(PathwayRules.Inputs in, BauProjection bau, Map<Integer, PathwayRules.Fact> gdp,
			Map<Integer, PathwayRules.Fact> population) {
		return new PathwayRules.Inputs(in.inventories(), bau, 1, population, gdp);
	}

	static BauProjection cagr(int baseYear, String base, String ratePercent, String populationGrowth,
			String gdpGrowth) {
		return BauProjection.of(baseYear, 2050, new BigDecimal(populationGrowth), new BigDecimal(gdpGrowth),
				List.of(new SectorAssumption("ALL", new BigDecimal(base), BauMethod.CAGR, new BigDecimal(ratePercent),
						null, null)));
	}

	@Test
	void absoluteCutOfThirtyPercentFrom2015To2030IsAStraightLineTo7Million() {
		var p = PathwayRules.of(target(TargetType.ABSOLUTE, 2015, "10", 2030, null, "30", "MtCO2e"), inventories());
		assertThat(p.available()).isTrue();
		assertThat(p.startLevel()).isEqualByComparingTo("10000000");
		assertThat(p.targetLevel()).isEqualByComparingTo("7000000");
		// 3,000,000 t over 15 years: 200,000 t a year
		assertThat(p.values().get(2015)).isEqualByComparingTo("10000000");
		assertThat(p.values().get(2016)).isEqualByComparingTo("9800000");
		assertThat(p.values().get(2020)).isEqualByComparingTo("9000000");
		assertThat(p.values().get(2025)).isEqualByComparingTo("8000000");
		assertThat(p.values().get(2030)).isEqualByComparingTo("7000000");
		assertThat(p.values()).hasSize(16);
		assertThat(p.at(2035)).as("a reached target holds").isEqualByComparingTo("7000000");
		assertThat(p.at(2014)).isNull();
		assertThat(p.formula()).contains("10000000 × (1 − 0.3) = 7000000 t").contains("(t − 2015) / 15");
	}

	@Test
	void absoluteTargetWithoutBaseValueStartsFromThePublishedInventoryOfItsBaseYear() {
		var p = PathwayRules.of(target(TargetType.ABSOLUTE, 2015, null, 2030, null, "30", null),
				inventories(2015, "46282524", 2018, "46282524"));
		// 46,282,524 − 46,282,524 × 0.3 × 3/15 = 43,505,572.56
		assertThat(p.values().get(2018)).isEqualByComparingTo("43505572.56");
		assertThat(p.targetLevel()).isEqualByComparingTo("32397766.8");
	}

	@Test
	void absoluteTargetWithATargetLevelInKilotonnesUsesIt() {
		var p = PathwayRules.of(target(TargetType.ABSOLUTE, 2010, "1000", 2020, "600", null, "ktCO2e"), inventories());
		assertThat(p.values().get(2015)).isEqualByComparingTo("800000");
	}

	@Test
	void fixedLevelStartsFromTheLatestInventoryBeforeTheTargetYear() {
		var p = PathwayRules.of(target(TargetType.FIXED_LEVEL, null, null, 2030, "6000000", null, "tCO2e"),
				inventories(2016, "9900000", 2018, "9000000"));
		assertThat(p.startYear()).isEqualTo(2018);
		// 3,000,000 t over 12 years: 250,000 t a year
		assertThat(p.values().get(2022)).isEqualByComparingTo("8000000");
		assertThat(p.values().get(2030)).isEqualByComparingTo("6000000");
	}

	@Test
	void neutralityFallsToZeroInItsTargetYear() {
		var p = PathwayRules.of(target(TargetType.NEUTRALITY, null, null, 2050, null, null, null),
				inventories(2018, "9000000"));
		assertThat(p.values().get(2034)).isEqualByComparingTo("4500000");
		assertThat(p.values().get(2050)).isEqualByComparingTo("0");
		assertThat(p.at(2060)).isEqualByComparingTo("0");
	}

	@Test
	void bauRelativeCutIsTakenFromTheProjectionInTheTargetYear() {
		var bau = cagr(2018, "10000000", "2", "0", "0");
		var in = withBau(inventories(2018, "10000000"), bau, Map.of(), Map.of());
		var p = PathwayRules.of(target(TargetType.BAU_RELATIVE, null, null, 2030, null, "30", null), in);
		// BAU(2030) = 10,000,000 × 1.02^12 = 12,682,417.945625453183016960; 70 % of it:
		assertThat(bau.at(2030)).isEqualByComparingTo("12682417.94562545318301696");
		assertThat(p.targetLevel()).isEqualByComparingTo("8877692.561937817228111872");
		assertThat(p.startYear()).isEqualTo(2018);
		assertThat(p.startLevel()).isEqualByComparingTo("10000000");
	}

	@Test
	void bauRelativeTargetWithoutScenarioSaysSo() {
		var p = PathwayRules.of(target(TargetType.BAU_RELATIVE, null, null, 2030, null, "30", null),
				inventories(2018, "1"));
		assertThat(p.available()).isFalse();
		assertThat(p.reasonKey()).isEqualTo("pathways.reason.noBau");
		assertThat(p.reasonArgs()).containsExactly("2030");
	}

	@Test
	void peakingWithoutPeakValueRisesToTheBauInItsYear() {
		var bau = cagr(2018, "10000000", "2", "0", "0");
		var in = withBau(inventories(2018, "10000000"), bau, Map.of(), Map.of());
		var p = PathwayRules.of(target(TargetType.PEAKING, null, null, 2030, null, null, null), in);
		assertThat(p.targetLevel()).isEqualByComparingTo("12682417.94562545318301696");
		var withValue = PathwayRules.of(target(TargetType.PEAKING, null, null, 2030, "11", null, "MtCO2e"), in);
		// from 10 Mt in 2018 to 11 Mt in 2030: 1/12 Mt a year, 10.5 Mt in 2024
		assertThat(withValue.values().get(2024)).isEqualByComparingTo("10500000");
	}

	@Test
	void carbonIntensityFollowsTheProjectedGdp() {
		var bau = cagr(2015, "10000000", "0", "0", "5");
		var in = withBau(inventories(2015, "10000000"), bau, Map.of(), Map.of());
		var p = PathwayRules.of(target(TargetType.CARBON_INTENSITY, 2015, null, 2030, null, "65", "tCO2e/M USD"), in);
		assertThat(p.available()).isTrue();
		// E(2030) = 10,000,000 × 0.35 × 1.05^15, with 1.05^15 =
		// 2.078928179411367257720947265625
		assertThat(p.values().get(2030)).isEqualByComparingTo("7276248.6279397854020233154296875");
		// E(2020) = 10,000,000 × (1 − 0.65 × 5/15) × 1.05^5 = 10,000,000 × 47/60 ×
		// 1.2762815625 = 9,997,538.9062 5
		assertThat(p.values().get(2020).subtract(new BigDecimal("9997538.90625")).abs())
			.isLessThan(new BigDecimal("1e-20"));
		assertThat(p.formula()).contains("GDP(t) / GDP(2015)").contains("(1 + 0.05)");
	}

	@Test
	void carbonIntensityUsesTheCityGdpFactsWhereTheyAreKnown() {
		var bau = cagr(2015, "10000000", "0", "0", "2");
		var gdp = Map.of(2015, new PathwayRules.Fact(new BigDecimal("100"), "bn USD"), 2020,
				new PathwayRules.Fact(new BigDecimal("130"), "bn USD"));
		var in = withBau(inventories(2015, "10000000"), bau, gdp, Map.of());
		var p = PathwayRules.of(target(TargetType.CARBON_INTENSITY, 2015, "2", 2030, "0.7", null, "tCO2e/M USD"), in);
		// the cut is 1 − 0.7/2 = 65 %; in 2020 GDP is 1.3 times its base (facts):
		// 10,000,000 × 47/60 × 1.3
		assertThat(p.values().get(2020).subtract(new BigDecimal("10183333.333333333333333")).abs())
			.isLessThan(new BigDecimal("1e-15"));
		// in 2021 it carries on from the 2020 fact at 2 %: × 1.3 × 1.02; intensity 1 −
		// 0.65 × 6/15 = 0.74
		assertThat(p.values().get(2021)).isEqualByComparingTo("9812400");
	}

	@Test
	void carbonIntensityWithoutAnyGdpProjectionSaysWhichYearIsMissing() {
		var gdp = Map.of(2015, new PathwayRules.Fact(new BigDecimal("100"), "bn USD"));
		var in = new PathwayRules.Inputs(new TreeMap<>(Map.of(2015, TEN_MILLION)), null, 0, Map.of(), gdp);
		var p = PathwayRules.of(target(TargetType.CARBON_INTENSITY, 2015, null, 2030, null, "65", null), in);
		assertThat(p.reasonKey()).isEqualTo("pathways.reason.noGdp");
		assertThat(p.reasonArgs()).containsExactly("2016");
	}

	@Test
	void perCapitaFollowsTheProjectedPopulation() {
		var bau = cagr(2015, "10000000", "0", "1", "0");
		var in = withBau(inventories(2015, "10000000"), bau, Map.of(), Map.of());
		var p = PathwayRules.of(target(TargetType.PER_CAPITA, 2015, null, 2030, null, "20", "tCO2e/cap"), in);
		// 10,000,000 × 0.8 × 1.01^15
		assertThat(p.values().get(2030)).isEqualByComparingTo("9287751.642959988281335648412008");
	}

	@Test
	void absoluteTargetWithoutBaseEmissionsSaysWhichYearIsMissing() {
		var p = PathwayRules.of(target(TargetType.ABSOLUTE, 2015, null, 2030, null, "30", null),
				inventories(2018, "1"));
		assertThat(p.available()).isFalse();
		assertThat(p.reasonKey()).isEqualTo("pathways.reason.noBaseEmissions");
		assertThat(p.reasonArgs()).containsExactly("2015");
		assertThat(p.values()).isEmpty();
	}

	@Test
	void targetsWithoutEmissionLevelsAreNotEmissionsTargets() {
		assertThat(PathwayRules.isEmissionsTarget(TargetType.RENEWABLE_SHARE)).isFalse();
		assertThat(PathwayRules.isEmissionsTarget(TargetType.ENERGY_INTENSITY)).isFalse();
		var p = PathwayRules.of(target(TargetType.RENEWABLE_SHARE, null, null, 2030, "30", null, "%"), inventories());
		assertThat(p.reasonKey()).isEqualTo("pathways.reason.notEmissions");
	}

	@Test
	void absoluteTargetWithNeitherCutNorLevelSaysSo() {
		var p = PathwayRules.of(target(TargetType.ABSOLUTE, 2015, "10", 2030, null, null, "MtCO2e"), inventories());
		assertThat(p.reasonKey()).isEqualTo("pathways.reason.noCut");
	}

	@Test
	void fixedLevelWithoutInventoryBeforeItsYearSaysSo() {
		var p = PathwayRules.of(target(TargetType.FIXED_LEVEL, null, null, 2030, "6", null, "MtCO2e"),
				inventories(2031, "1"));
		assertThat(p.reasonKey()).isEqualTo("pathways.reason.noStart");
	}

}
