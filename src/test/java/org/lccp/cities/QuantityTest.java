package org.lccp.cities;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quantities of the registry: exact decimals in a closed set of units, converted exactly
 * between units of the same measure and never between different ones.
 */
class QuantityTest {

	@Test
	void keepsTheAmountExactlyAsEntered() {
		var q = Quantity.of(new BigDecimal("0.1"), RegistryUnit.SQUARE_KILOMETRE);
		var sum = q.value().add(new BigDecimal("0.2"));
		assertThat(sum).isEqualByComparingTo("0.3");
		assertThat(Quantity.of(new BigDecimal("1234567890123456.1234"), "bn USD").value())
			.isEqualTo(new BigDecimal("1234567890123456.1234"));
		assertThat(q).hasToString("0.1 km²");
	}

	@Test
	void refusesAUnitTheRegistryDoesNotKnow() {
		assertThat(RegistryUnit.ofCode("furlongs")).isEmpty();
		assertThat(RegistryUnit.ofCode(null)).isEmpty();
		assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, "furlongs"))
			.isInstanceOf(Quantity.UnknownUnitException.class)
			.hasMessageContaining("furlongs");
		assertThatThrownBy(() -> new Quantity(null, RegistryUnit.PERSONS)).isInstanceOf(NullPointerException.class);
	}

	@Test
	void readsTheCodesTheRegistryStoredAsText() {
		assertThat(RegistryUnit.ofCode("persons")).contains(RegistryUnit.PERSONS);
		assertThat(RegistryUnit.ofCode(" km² ")).contains(RegistryUnit.SQUARE_KILOMETRE);
		assertThat(RegistryUnit.ofCode("10^4 CNY")).contains(RegistryUnit.TEN_THOUSAND_CNY);
		assertThat(RegistryUnit.ofCode("tCO2e")).contains(RegistryUnit.TONNE_CO2E);
		for (var unit : RegistryUnit.values()) {
			assertThat(RegistryUnit.ofCode(unit.code())).contains(unit);
			assertThat(unit).hasToString(unit.code());
		}
	}

	@Test
	void everyFactKindOffersOnlyRegistryUnits() {
		assertThat(FactKind.POPULATION.accepts(RegistryUnit.THOUSAND_PERSONS)).isTrue();
		assertThat(FactKind.POPULATION.accepts(RegistryUnit.SQUARE_KILOMETRE)).isFalse();
		assertThat(FactKind.AREA.unitCodes()).containsExactly("ha", "km²");
		assertThat(FactKind.GDP.unitCodes()).contains("10^4 CNY", "bn KRW", "tn KRW", "M USD");
	}

	@Test
	void volumesForTargetsOfTheTypeOtherConvertExactly() {
		assertThat(Quantity.of(new BigDecimal("420"), RegistryUnit.MILLION_CUBIC_METRE).to(RegistryUnit.CUBIC_METRE))
			.satisfies((q) -> assertThat(q.value()).isEqualByComparingTo("420000000"));
		assertThat(RegistryUnit.MILLION_CUBIC_METRE.convertsTo(RegistryUnit.TOE)).isFalse();
	}

	@Test
	void convertsExactlyBetweenUnitsOfTheSameMeasure() {
		assertThat(Quantity.of(new BigDecimal("1.5"), RegistryUnit.SQUARE_KILOMETRE).to(RegistryUnit.HECTARE).value())
			.isEqualTo(new BigDecimal("150"));
		assertThat(Quantity.of(new BigDecimal("500"), RegistryUnit.HECTARE).in(RegistryUnit.SQUARE_KILOMETRE))
			.isEqualByComparingTo("5");
		assertThat(Quantity.of(new BigDecimal("2870.5"), RegistryUnit.THOUSAND_PERSONS).in(RegistryUnit.PERSONS))
			.isEqualTo(new BigDecimal("2870500"));
		assertThat(Quantity.of(new BigDecimal("2"), RegistryUnit.BILLION_USD).in(RegistryUnit.MILLION_USD))
			.isEqualTo(new BigDecimal("2000"));
		assertThat(Quantity.of(new BigDecimal("1.2"), RegistryUnit.TRILLION_KRW).in(RegistryUnit.BILLION_KRW))
			.isEqualTo(new BigDecimal("1200"));
		assertThat(Quantity.of(new BigDecimal("0.5"), RegistryUnit.MEGATONNE_CO2E).in(RegistryUnit.TONNE_CO2E))
			.isEqualTo(new BigDecimal("500000"));
		assertThat(Quantity.of(new BigDecimal("1"), RegistryUnit.TERAWATT_HOUR).in(RegistryUnit.TERAJOULE))
			.isEqualTo(new BigDecimal("3600"));
		assertThat(Quantity.of(new BigDecimal("1000"), RegistryUnit.TCE).in(RegistryUnit.TERAJOULE))
			.isEqualByComparingTo("29.3076");
	}

	@Test
	void aQuotientThatDoesNotTerminateKeeps34Digits() {
		// a tonne of coal equivalent is exactly 0.7 toe, but a terajoule is 10^12 /
		// 41,868,000,000 toe
		assertThat(Quantity.of(BigDecimal.ONE, RegistryUnit.TCE).in(RegistryUnit.TOE)).isEqualTo(new BigDecimal("0.7"));
		var toe = Quantity.of(BigDecimal.ONE, RegistryUnit.TERAJOULE).in(RegistryUnit.TOE);
		assertThat(toe.precision()).isEqualTo(34);
		assertThat(toe).isEqualByComparingTo(
				new BigDecimal("1000000000000").divide(new BigDecimal("41868000000"), Quantity.NON_TERMINATING));
	}

	@Test
	void neverConvertsBetweenDifferentMeasuresOrCurrencies() {
		assertThat(RegistryUnit.PERSONS.convertsTo(RegistryUnit.SQUARE_KILOMETRE)).isFalse();
		assertThat(RegistryUnit.MILLION_USD.convertsTo(RegistryUnit.BILLION_CNY)).isFalse();
		assertThat(RegistryUnit.TONNE_CO2.convertsTo(RegistryUnit.TONNE_CO2E)).isFalse();
		assertThat(RegistryUnit.TCO2E_PER_CAPITA.convertsTo(RegistryUnit.TCO2_PER_CAPITA)).isFalse();
		assertThat(Quantity.of(BigDecimal.TEN, RegistryUnit.BILLION_CNY).in(RegistryUnit.MILLION_USD)).isNull();
		assertThatThrownBy(() -> Quantity.of(BigDecimal.TEN, RegistryUnit.PERSONS).to(RegistryUnit.HECTARE))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("persons")
			.hasMessageContaining("ha");
		var same = Quantity.of(new BigDecimal("1.50"), RegistryUnit.PERCENT);
		assertThat(same.to(RegistryUnit.PERCENT)).isSameAs(same);
		assertThat(same.sameAs(Quantity.of(new BigDecimal("1.5"), RegistryUnit.PERCENT))).isTrue();
	}

}
