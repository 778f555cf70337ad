package org.lccp.inventory;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine against the open worked examples of the reference data, to the last digit,
 * and its refusals.
 */
class EmissionCalculatorTest {

	final EmissionCalculator calculator = new EmissionCalculator(ReferenceLibrary.shipped());

	static Stream<CSVRecord> workedExamples() throws Exception {
		try (var reader = new InputStreamReader(
				EmissionCalculatorTest.class.getResourceAsStream("/inventory/worked_examples.csv"),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords()
				.stream()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("workedExamples")
	void reproducesEveryWorkedExampleToTheLastDigit(CSVRecord example) {
		var unit = example.get("activity_unit");
		var line = ActivityLine.ofFuel(example.get("gpc_ref"), example.get("fuel_or_gas"),
				new BigDecimal(example.get("activity_value")), unit);
		var result = this.calculator.calculate(line, GwpSet.parse(example.get("gwp_set")).orElseThrow());

		assertThat(result.scope()).isEqualTo(Integer.parseInt(example.get("scope")));
		same(result.energyTj(), example.get("energy_TJ"));
		same(gas(result, "CO2").tonnes(), example.get("CO2_t"));
		same(gas(result, "CH4").tonnes(), example.get("CH4_t"));
		same(gas(result, "N2O").tonnes(), example.get("N2O_t"));
		same(gas(result, "CH4").gwp(), example.get("gwp_CH4"));
		same(gas(result, "N2O").gwp(), example.get("gwp_N2O"));
		same(result.co2eTonnes(), example.get("CO2e_t"));
		same(result.biogenicCo2Tonnes(), example.get("biogenic_CO2_t"));
		assertThat(result.sources()).anyMatch((s) -> s.contains("IPCC 2006"));
		assertThat(result.steps()).last().satisfies((s) -> assertThat(s.kind()).isEqualTo("total"));
	}

	static void same(BigDecimal actual, String expected) {
		assertThat(actual).isNotNull();
		// To the last digit: equal as numbers and no digit more or less than the example.
		assertThat(actual.stripTrailingZeros().toPlainString())
			.isEqualTo(new BigDecimal(expected).stripTrailingZeros().toPlainString());
	}

	static LineResult.GasResult gas(LineResult result, String gas) {
		return result.gases().stream().filter((g) -> g.gas().equals(gas)).findFirst().orElseThrow();
	}

	@Test
	void dieselByMassGoesThroughGigagramsAndTheNetCalorificValue() {
		var result = this.calculator
			.calculate(ActivityLine.ofFuel("II.1.1", "Gas/Diesel Oil", new BigDecimal("500"), "t"), GwpSet.AR5);
		assertThat(result.steps()).extracting(CalculationStep::kind)
			.startsWith("convert", "energy", "emission", "convert");
		var energy = result.steps().get(1);
		assertThat(energy.operands()).extracting((f) -> f.value().toPlainString() + " " + f.unit())
			.containsExactly("0.5 Gg", "43.0 TJ/Gg");
		assertThat(energy.source()).contains("Table 1.2");
		same(result.co2eTonnes(), "1617.71805");
	}

	@Test
	void biomassCo2IsReportedOutsideTheScopesButItsMethaneCounts() {
		var result = this.calculator
			.calculate(ActivityLine.ofFuel("I.1.1", "Wood/Wood Waste", new BigDecimal("1000"), "t"), GwpSet.AR5);
		// 1 Gg × 15.6 TJ/Gg = 15.6 TJ; CO2 15.6 × 112000 kg = 1747.2 t biogenic
		same(result.biogenicCo2Tonnes(), "1747.2");
		// CH4 15.6 × 300 kg = 4.68 t × 28; N2O 15.6 × 4 kg = 0.0624 t × 265
		same(result.co2eTonnes(), "147.576");
		assertThat(gas(result, "CO2").biogenic()).isTrue();
	}

	@Test
	void splitSetsGiveFossilMethaneToFossilFuelsAndNonFossilToBiomass() {
		var gas = this.calculator.calculate(ActivityLine.ofFuel("I.1.1", "Natural Gas", BigDecimal.ONE, "TJ"),
				GwpSet.AR6_SPLIT);
		same(gas(gas, "CH4").gwp(), "29.8");
		var wood = this.calculator.calculate(ActivityLine.ofFuel("I.1.1", "Wood/Wood Waste", BigDecimal.ONE, "TJ"),
				GwpSet.AR6_SPLIT);
		same(gas(wood, "CH4").gwp(), "27.0");
		var ar5 = this.calculator.calculate(ActivityLine.ofFuel("I.1.1", "Natural Gas", BigDecimal.ONE, "TJ"),
				GwpSet.AR5_SPLIT);
		same(gas(ar5, "CH4").gwp(), "30");
	}

	@Test
	void electricityWithAGridFactorConvertsExactlyThroughIndriya() {
		var line = new ActivityLine("I.1.2", null, new BigDecimal("1500"), "kWh", null,
				Map.of("CO2", new ActivityLine.Factor(new BigDecimal("474.7"), "kg/MWh", "KPX 2018")), Map.of());
		var result = this.calculator.calculate(line, GwpSet.AR5);
		// 1500 kWh = 1.5 MWh × 474.7 kg/MWh = 712.05 kg = 0.71205 t
		same(result.co2eTonnes(), "0.71205");
		assertThat(result.sources()).contains("KPX 2018");
	}

	@Test
	void aQuotientThatDoesNotTerminateIsRoundedAndSaysSo() {
		var line = new ActivityLine("I.1.2", null, BigDecimal.ONE, "TJ", null,
				Map.of("CO2", new ActivityLine.Factor(new BigDecimal("450"), "kg/MWh", "test grid")), Map.of());
		var result = this.calculator.calculate(line, GwpSet.AR5);
		var rounded = result.steps().stream().filter(CalculationStep::rounded).toList();
		assertThat(rounded).singleElement()
			.satisfies((step) -> assertThat(step.result().value().precision()).isEqualTo(34));
		assertThat(result.co2eTonnes()).isBetween(new BigDecimal("124.99999"), new BigDecimal("125.00001"));
	}

	@Test
	void gasesGivenDirectlyTakeTheirGwp() {
		var line = new ActivityLine("IV.2", null, null, null, null, Map.of(),
				Map.of("HFC-134a", new ActivityLine.GasAmount(new BigDecimal("100"), "kg", "leak survey"), "SF6",
						new ActivityLine.GasAmount(new BigDecimal("2"), "kg", "utility")));
		var result = this.calculator.calculate(line, GwpSet.AR5);
		// 0.1 t × 1300 + 0.002 t × 23500
		same(result.co2eTonnes(), "177");
	}

	@Test
	void volumeOfAFuelGivenByMassNeedsADensity() {
		var line = ActivityLine.ofFuel("II.1.1", "Gas/Diesel Oil", new BigDecimal("1000"), "L");
		assertThatThrownBy(() -> this.calculator.calculate(line, GwpSet.AR5))
			.isInstanceOfSatisfying(InvalidCalculationException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("density");
				assertThat(ex.messageKey()).isEqualTo("inventory.problem.densityMissing");
			});
		var withDensity = new ActivityLine("II.1.1", "Gas/Diesel Oil", new BigDecimal("1000"), "L",
				new BigDecimal("840"), Map.of(), Map.of());
		// 1 m³ × 840 kg/m³ = 840 kg = 0.00084 Gg × 43.0 = 0.03612 TJ
		same(this.calculator.calculate(withDensity, GwpSet.AR5).energyTj(), "0.03612");
	}

	@Test
	void refusesWhatCannotBeCalculatedNamingTheField() {
		refused(ActivityLine.ofFuel("I.9.9", "Natural Gas", BigDecimal.ONE, "TJ"), "gpcRef",
				"inventory.problem.unknownRef");
		refused(ActivityLine.ofFuel("I.1.1", "Unobtainium", BigDecimal.ONE, "TJ"), "fuel",
				"inventory.problem.unknownFuel");
		refused(ActivityLine.ofFuel("I.1.1", "Natural Gas", BigDecimal.ONE, "furlong"), "unit",
				"inventory.problem.unknownUnit");
		refused(ActivityLine.ofFuel("I.1.1", "Natural Gas", BigDecimal.ONE, "km"), "unit",
				"inventory.problem.unitDoesNotFitFuel");
		refused(ActivityLine.ofFuel("I.1.1", "Natural Gas", new BigDecimal("-5"), "TJ"), "amount",
				"inventory.problem.negativeActivity");
		refused(ActivityLine.ofFuel("I.1.1", "Natural Gas", new BigDecimal("1e15"), "TJ"), "amount",
				"inventory.problem.tooLarge");
		refused(new ActivityLine("I.1.1", "Natural Gas", BigDecimal.ONE, "TJ", null,
				Map.of("CO2", new ActivityLine.Factor(BigDecimal.ONE, "kg per TJ", "x")), Map.of()), "factors.CO2",
				"inventory.problem.badFactorUnit");
		refused(new ActivityLine("I.1.1", null, null, null, null, Map.of(),
				Map.of("XYZ-1", new ActivityLine.GasAmount(BigDecimal.ONE, "t", "x"))), "gases.XYZ-1",
				"inventory.problem.unknownGas");
	}

	@Test
	void everyUnitConvertsExactlyToEveryUnitOfItsKind() {
		for (var from : Units.all()) {
			for (var to : Units.all()) {
				if (from.kind() == to.kind()) {
					var there = Units.ratio(from, to);
					var back = Units.ratio(to, from);
					assertThat(there.numerator().multiply(back.numerator())).as("%s ↔ %s", from.symbol(), to.symbol())
						.isEqualTo(there.denominator().multiply(back.denominator()));
				}
			}
		}
		assertThat(Units.ratio(Units.find("kWh").orElseThrow(), Units.terajoule()).decimal())
			.isEqualByComparingTo("0.0000036");
	}

	void refused(ActivityLine line, String field, String key) {
		assertThatThrownBy(() -> this.calculator.calculate(line, GwpSet.AR5))
			.isInstanceOfSatisfying(InvalidCalculationException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

}
