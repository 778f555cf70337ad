package org.lccp.cities;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetRulesTest {

	static TargetDetails target(TargetType type, Integer baseYear, Integer targetYear, String cut, String value,
			String unit) {
		return new TargetDetails(type, null, "A target", baseYear, null, targetYear,
				value == null ? null : new BigDecimal(value), cut == null ? null : new BigDecimal(cut), null,
				unit == null ? null : RegistryUnit.ofCode(unit).orElseThrow(), null, null, null, null, false,
				TargetStatus.ADOPTED, null, null, "A document", null, null);
	}

	static String fields(TargetDetails details) {
		return String.join(",", TargetRules.check(details).stream().map(TargetRules.Violation::field).toList());
	}

	@Test
	void acceptsACarbonIntensityCut() {
		assertThat(TargetRules.check(target(TargetType.CARBON_INTENSITY, 2005, 2020, "45", null, null))).isEmpty();
	}

	@Test
	void rejectsATargetYearBeforeTheBaseYear() {
		assertThat(fields(target(TargetType.ABSOLUTE, 2030, 2020, "40", null, null))).isEqualTo("targetYear");
	}

	@Test
	void rejectsSharesOverOneHundredPercent() {
		assertThat(fields(target(TargetType.RENEWABLE_SHARE, null, 2030, null, "120", "%"))).isEqualTo("targetValue");
		assertThat(fields(target(TargetType.ABSOLUTE, 1990, 2030, "140", null, null))).isEqualTo("reductionPercent");
	}

	@Test
	void rejectsAUnitThatDoesNotFitTheType() {
		var violations = TargetRules.check(target(TargetType.RENEWABLE_SHARE, null, 2030, null, "20", "tCO2e"));
		assertThat(violations).extracting(TargetRules.Violation::field).containsExactly("unit");
		assertThat(violations.get(0).key()).isEqualTo("cities.target.error.unit");
		assertThat(TargetRules.check(target(TargetType.PER_CAPITA, null, 2020, null, "5.5", "tCO2/cap"))).isEmpty();
		assertThat(fields(target(TargetType.ENERGY_CAP, null, 2020, null, "28.18", null))).isEqualTo("unit");
	}

	@Test
	void neutralityNeedsItsKindAndOnlyNeutralityHasOne() {
		assertThat(fields(target(TargetType.NEUTRALITY, null, 2045, null, null, null))).isEqualTo("neutralityKind");
		var withKind = new TargetDetails(TargetType.NEUTRALITY, NeutralityKind.CARBON_NEUTRAL, "Carbon neutral", null,
				null, 2045, null, null, null, null, null, "CO2,ch4", "stationary_energy, TRANSPORTATION", "1,2", false,
				TargetStatus.ADOPTED, null, null, "doc", null, null);
		assertThat(TargetRules.check(withKind)).isEmpty();
	}

	@Test
	void checksTheBoundaryAndTheSuccessor() {
		var bad = new TargetDetails(TargetType.ABSOLUTE, null, "t", 2005, null, 2030, null, new BigDecimal("30"), null,
				null, null, "CO2,SMOKE", "SPACE", "4", false, TargetStatus.SUPERSEDED, null, null, "doc", null,
				"ftp://x");
		assertThat(fields(bad)).isEqualTo("gases,sectors,scopes,supersededBy,sourceLink");
		var ok = new TargetDetails(TargetType.ABSOLUTE, null, "t", 2005, null, 2030, null, new BigDecimal("30"), null,
				null, null, null, null, null, false, TargetStatus.SUPERSEDED, UUID.randomUUID(), null, "doc", null,
				null);
		assertThat(TargetRules.check(ok)).isEmpty();
	}

	@Test
	void aBauTargetNeedsItsCut() {
		assertThat(fields(target(TargetType.BAU_RELATIVE, null, 2020, null, null, null))).isEqualTo("reductionPercent");
	}

	@Test
	void otherTakesAnyUnitOfTheRegistryAndTheOtherTypesListTheirOwnWhenRefusing() {
		assertThat(TargetRules.check(target(TargetType.OTHER, null, 2030, null, "420", "million m³"))).isEmpty();
		assertThat(TargetRules.check(target(TargetType.OTHER, null, 2030, null, "2", "Mtoe"))).isEmpty();
		assertThat(TargetRules.unitRefused(TargetType.OTHER).args())
			.containsExactly(String.join(", ", RegistryUnit.codes()));
		assertThat(TargetRules.unitRefused(TargetType.RENEWABLE_SHARE).args()).containsExactly("%");
	}

}
