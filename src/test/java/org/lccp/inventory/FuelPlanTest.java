package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Lines computed from a prepared plan give exactly what the recorded calculation gives:
 * every figure equal digit for digit and scale for scale ({@link BigDecimal#equals}), the
 * same steps and sources, the same refusals.
 */
class FuelPlanTest {

	final EmissionCalculator calculator = new EmissionCalculator(ReferenceLibrary.shipped());

	@Test
	void plannedLinesEqualTheRecordedCalculationForEveryFuelRowUnitAndGwpSet() {
		var planned = 0;
		var library = this.calculator.library();
		for (var fuel : library.fuels()) {
			for (var row : library.rows()) {
				for (var unit : List.of("t", "kg", "kt", "TJ", "TJ (NCV basis)", "MWh")) {
					for (var set : GwpSet.values()) {
						for (var amount : List.of("500", "1234.5678", "0", "123456789012.123456",
								"0.0000000000000000000000")) {
							var line = ActivityLine.ofFuel(row.ref(), fuel.name(), new BigDecimal(amount), unit);
							LineResult recorded;
							try {
								recorded = this.calculator.record(line, set);
							}
							catch (InvalidCalculationException ex) {
								refusedAlike(line, set, ex);
								continue;
							}
							var result = this.calculator.calculate(line, set);
							if (!result.equals(recorded)) {
								fail("%s in %s: %s instead of %s", line, set, result, recorded);
							}
							if (result.steps() instanceof StepsOnDemand) {
								planned++;
							}
						}
					}
				}
			}
		}
		// Every fuel with defaults in every row with factors, by mass and by energy.
		assertThat(planned).isGreaterThan(10_000);
	}

	@Test
	void stepsOfAPlannedLineAreBuiltWhenReadWithTheirSources() {
		var line = ActivityLine.ofFuel("II.1.1", "Gas/Diesel Oil", new BigDecimal("500"), "t");
		var result = this.calculator.calculate(line, GwpSet.AR5);

		assertThat(result.steps()).isInstanceOf(StepsOnDemand.class);
		assertThat(result.steps()).isEqualTo(this.calculator.record(line, GwpSet.AR5).steps());
		assertThat(result.sources()).contains(ReferenceLibrary.gwpSource(GwpSet.AR5))
			.anyMatch((s) -> s.contains("Table 1.2"));
	}

	@Test
	void linesOutsideAPlanAreRecordedAsTheyAreCalculated() {
		var withDensity = new ActivityLine("II.1.1", "Gas/Diesel Oil", new BigDecimal("1000"), "L",
				new BigDecimal("840"), java.util.Map.of(), java.util.Map.of());
		var beyondALong = ActivityLine.ofFuel("I.1.1", "Natural Gas", new BigDecimal("12345678.9012345678"), "kg");

		assertThat(this.calculator.calculate(withDensity, GwpSet.AR5).steps()).isNotInstanceOf(StepsOnDemand.class);
		var recorded = this.calculator.calculate(beyondALong, GwpSet.AR5);
		assertThat(recorded.steps()).isNotInstanceOf(StepsOnDemand.class);
		assertThat(recorded).isEqualTo(this.calculator.record(beyondALong, GwpSet.AR5));
	}

	void refusedAlike(ActivityLine line, GwpSet set, InvalidCalculationException recorded) {
		assertThatThrownBy(() -> this.calculator.calculate(line, set))
			.isInstanceOfSatisfying(InvalidCalculationException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo(recorded.field());
				assertThat(ex.messageKey()).isEqualTo(recorded.messageKey());
			});
	}

}
