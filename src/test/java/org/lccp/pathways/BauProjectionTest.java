package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business-as-usual projections by growth rate and by drivers, exact to the last digit.
 */
class BauProjectionTest {

	@Test
	void compoundGrowthWithWholeYearsIsExact() {
		var bau = BauProjection.of(2015, 2018, BigDecimal.ZERO, BigDecimal.ZERO, List.of(new SectorAssumption("ALL",
				new BigDecimal("10000000"), BauMethod.CAGR, new BigDecimal("2.5"), null, null)));
		// 10,000,000 × 1.025^3 = 10,768,906.25 exactly
		assertThat(bau.at(2018)).isEqualByComparingTo("10768906.25");
		assertThat(bau.at(2018).stripTrailingZeros().scale()).isEqualTo(2);
		assertThat(bau.at(2016)).isEqualByComparingTo("10250000");
		assertThat(bau.at(2019)).isNull();
		assertThat(bau.sectors().get(0).formula()).isEqualTo("E(2018) = 10000000 × (1 + 0.025)^3 = 10768906 t");
	}

	@Test
	void driverGrowthTimesIntensityChangeAndSectorsAddUp() {
		var bau = BauProjection.of(2020, 2022, new BigDecimal("1"), new BigDecimal("3"),
				List.of(new SectorAssumption("STATIONARY_ENERGY", new BigDecimal("10000000"), BauMethod.DRIVER, null,
						BauDriver.POPULATION, new BigDecimal("-2")),
						new SectorAssumption("TRANSPORTATION", new BigDecimal("1000"), BauMethod.DRIVER, null,
								BauDriver.GDP, new BigDecimal("-1"))));
		// 10,000,000 × (1.01 × 0.98)^2 = 9,797,040.4; 1,000 × (1.03 × 0.99)^2 =
		// 1,039.77441 (1.0197^2 = 1.03978809)
		assertThat(bau.sectors().get(0).values().get(2022)).isEqualByComparingTo("9797040.4");
		assertThat(bau.sectors().get(1).values().get(2022)).isEqualByComparingTo("1039.78809");
		assertThat(bau.at(2022)).isEqualByComparingTo("9798080.18809");
		assertThat(bau.sectors().get(0).formula())
			.isEqualTo("E(2022) = 10000000 × (1 + 0.01)^2 × (1 − 0.02)^2 = 9797040 t");
	}

	@Test
	void verdictsSayOnTrackOrByHowMuchAbove() {
		var above = Verdict.of(2018, new BigDecimal("9500000"), new BigDecimal("9000000"));
		assertThat(above.onTrack()).isFalse();
		assertThat(above.gap()).isEqualByComparingTo("500000");
		assertThat(above.gapPercent()).isEqualByComparingTo("5.6");
		var below = Verdict.of(2018, new BigDecimal("8000000"), new BigDecimal("9000000"));
		assertThat(below.onTrack()).isTrue();
		assertThat(below.gapTonnes()).isEqualByComparingTo("1000000");
		assertThat(below.gapPercent()).isEqualByComparingTo("-11.1");
		var exactly = Verdict.of(2050, BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(exactly.onTrack()).isTrue();
		assertThat(exactly.gapPercent()).isNull();
	}

}
