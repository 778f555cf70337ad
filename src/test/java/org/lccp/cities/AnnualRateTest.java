package org.lccp.cities;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualRateTest {

	@Test
	void aFortyFivePercentCutFrom2005To2020IsAboutThreePointNinePercentAYear() {
		var rate = AnnualRate.ofCut(new BigDecimal("45"), 2005, 2020);
		assertThat(rate).isNotNull();
		assertThat(rate.percent()).isEqualByComparingTo("3.9");
		assertThat(rate.years()).isEqualTo(15);
		assertThat(rate.formula()).isEqualTo("1 − 0.55^(1/15) = 3.9 %");
		// (1 - rate)^15 gives back the remaining 55 % to many digits
		var back = BigDecimal.ONE.subtract(rate.perYear()).pow(15);
		assertThat(back.subtract(new BigDecimal("0.55")).abs()).isLessThan(new BigDecimal("1e-25"));
	}

	@Test
	void ratesFollowFromBaseAndTargetValues() {
		var rate = AnnualRate.ofValues(new BigDecimal("200"), new BigDecimal("100"), 2010, 2020);
		assertThat(rate).isNotNull();
		// halving in ten years: 1 - 0.5^(1/10) = 6.7 %
		assertThat(rate.percent()).isEqualByComparingTo("6.7");
	}

	@Test
	void noRateWithoutBothYearsOrForImpossibleCuts() {
		assertThat(AnnualRate.ofCut(new BigDecimal("45"), null, 2020)).isNull();
		assertThat(AnnualRate.ofCut(new BigDecimal("45"), 2020, 2020)).isNull();
		assertThat(AnnualRate.ofCut(new BigDecimal("100"), 2005, 2050)).isNull();
		assertThat(AnnualRate.ofCut(new BigDecimal("-5"), 2005, 2050)).isNull();
		assertThat(AnnualRate.ofValues(BigDecimal.ZERO, BigDecimal.ONE, 2005, 2020)).isNull();
	}

	@Test
	void nthRootIsExactToManyDigits() {
		var root = AnnualRate.root(new BigDecimal("1024"), 10);
		assertThat(root.subtract(new BigDecimal("2")).abs()).isLessThan(new BigDecimal("1e-30"));
	}

}
