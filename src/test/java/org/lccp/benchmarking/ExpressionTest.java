package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Formulas of derived indicators: exact arithmetic, missing inputs, bad formulas. */
class ExpressionTest {

	static final Set<String> CODES = Set.of("TRANSPORT", "POPULATION", "AREA");

	@Test
	void evaluatesInExactDecimalsWithPrecedenceAndParentheses() {
		var e = Expression.parse("(TRANSPORT + 0.1) * 1000 / POPULATION - -2", CODES);
		var v = e.evaluate(Map.of("TRANSPORT", new BigDecimal("0.2"), "POPULATION", new BigDecimal("4")));
		assertThat(v).isEqualByComparingTo("77");
		assertThat(e.codes()).containsExactly("TRANSPORT", "POPULATION");
	}

	@Test
	void aMissingInputOrADivisionByZeroGivesNoValue() {
		var e = Expression.parse("TRANSPORT / AREA", CODES);
		assertThat(e.evaluate(Map.of("TRANSPORT", BigDecimal.ONE))).isNull();
		assertThat(e.evaluate(Map.of("TRANSPORT", BigDecimal.ONE, "AREA", BigDecimal.ZERO))).isNull();
		assertThat(e.evaluate(Map.of("TRANSPORT", BigDecimal.ONE, "AREA", new BigDecimal("3"))).toString())
			.startsWith("0.3333333333333333");
	}

	@Test
	void aFormulaNamingAnUnknownIndicatorIsRefusedWithItsName() {
		assertThatThrownBy(() -> Expression.parse("TRANSPORT / INHABITANTS", CODES))
			.isInstanceOfSatisfying(InvalidBenchmarkException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("benchmarking.formula.error.unknown");
				assertThat(ex.arguments()).containsExactly("INHABITANTS");
				assertThat(ex.field()).isEqualTo("formula");
			});
	}

	@Test
	void syntaxErrorsAreRefused() {
		for (var bad : new String[] { "", "TRANSPORT +", "(TRANSPORT", "TRANSPORT)", "1..2", "TRANSPORT ^ 2",
				"=cmd|' /C calc'!A0", "(".repeat(60) + "1" + ")".repeat(60) }) {
			assertThatThrownBy(() -> Expression.parse(bad, CODES)).as(bad)
				.isInstanceOf(InvalidBenchmarkException.class)
				.hasMessage("benchmarking.formula.error.syntax");
		}
	}

}
