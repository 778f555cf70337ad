package org.lccp.cities;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.measure.MetricPrefix;
import javax.measure.Unit;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tech.units.indriya.AbstractUnit;

import static tech.units.indriya.unit.Units.GRAM;
import static tech.units.indriya.unit.Units.JOULE;
import static tech.units.indriya.unit.Units.SQUARE_METRE;
import static tech.units.indriya.unit.Units.WATT;
import static tech.units.indriya.unit.Units.HOUR;

/**
 * Every unit the city and target registries accept: a closed set, so that no unit travels
 * through the registry as free text. Each has the code it is stored, shown and offered in
 * the open data under (unchanged from the free-text days, so the API's values stay) and
 * what it measures; two units of the same measure convert into each other exactly through
 * their Indriya (JSR 385) units. Money units are plain numbers of one currency (JSR 385
 * knows no currencies), so only magnitudes of the same currency convert; intensities and
 * per-capita figures offer no conversion.
 */
public enum RegistryUnit {

	PERSONS("persons", "persons", AbstractUnit.ONE),

	THOUSAND_PERSONS("thousand persons", "persons", AbstractUnit.ONE.multiply(1_000)),

	MILLION_PERSONS("million persons", "persons", AbstractUnit.ONE.multiply(1_000_000)),

	SQUARE_KILOMETRE("km²", "area", SQUARE_METRE.multiply(1_000_000)),

	HECTARE("ha", "area", SQUARE_METRE.multiply(10_000)),

	MILLION_USD("M USD", "money USD", millions()), BILLION_USD("bn USD", "money USD", billions()),

	TEN_THOUSAND_CNY("10^4 CNY", "money CNY", AbstractUnit.ONE.multiply(10_000)),

	BILLION_CNY("bn CNY", "money CNY", billions()),

	MILLION_JPY("M JPY", "money JPY", millions()), BILLION_JPY("bn JPY", "money JPY", billions()),

	BILLION_KRW("bn KRW", "money KRW", billions()),

	TRILLION_KRW("tn KRW", "money KRW", AbstractUnit.ONE.multiply(new BigDecimal("1e12"))),

	MILLION_RUB("M RUB", "money RUB", millions()), BILLION_RUB("bn RUB", "money RUB", billions()),

	MILLION_MNT("M MNT", "money MNT", millions()), BILLION_MNT("bn MNT", "money MNT", billions()),

	USD("USD", "money USD per person", AbstractUnit.ONE), CNY("CNY", "money CNY per person", AbstractUnit.ONE),

	JPY("JPY", "money JPY per person", AbstractUnit.ONE), KRW("KRW", "money KRW per person", AbstractUnit.ONE),

	RUB("RUB", "money RUB per person", AbstractUnit.ONE), MNT("MNT", "money MNT per person", AbstractUnit.ONE),

	// Emissions are masses of CO2 or of CO2 equivalents; the two never convert into each
	// other (that needs the gases and a GWP set).
	TONNE_CO2E("tCO2e", "CO2e mass", MetricPrefix.MEGA(GRAM)),

	KILOTONNE_CO2E("ktCO2e", "CO2e mass", MetricPrefix.GIGA(GRAM)),

	MEGATONNE_CO2E("MtCO2e", "CO2e mass", MetricPrefix.TERA(GRAM)),

	TONNE_CO2("tCO2", "CO2 mass", MetricPrefix.MEGA(GRAM)), KILOTONNE_CO2("ktCO2", "CO2 mass", MetricPrefix.GIGA(GRAM)),

	MEGATONNE_CO2("MtCO2", "CO2 mass", MetricPrefix.TERA(GRAM)),

	TCO2_PER_TEN_THOUSAND_CNY("tCO2/10^4 CNY", null, null), TCO2E_PER_MILLION_CNY("tCO2e/M CNY", null, null),

	TCO2E_PER_MILLION_USD("tCO2e/M USD", null, null), TCO2E_PER_MILLION_JPY("tCO2e/M JPY", null, null),

	TCO2E_PER_MILLION_KRW("tCO2e/M KRW", null, null), KGCO2E_PER_USD("kgCO2e/USD", null, null),

	TCE_PER_TEN_THOUSAND_CNY("tce/10^4 CNY", null, null), TOE_PER_MILLION_USD("toe/M USD", null, null),

	GJ_PER_MILLION_USD("GJ/M USD", null, null), MJ_PER_USD("MJ/USD", null, null),

	TOE_PER_MILLION_KRW("toe/M KRW", null, null), GJ_PER_MILLION_JPY("GJ/M JPY", null, null),

	TCO2E_PER_CAPITA("tCO2e/cap", null, null), TCO2_PER_CAPITA("tCO2/cap", null, null),

	PERCENT("%", null, null),

	// A tonne of coal equivalent is 29.3076 GJ (7,000 kcal/kg, China's GB/T 2589) and a
	// tonne of oil equivalent 41.868 GJ (IEA); both are conventions, stated here once.
	TCE("tce", "energy", JOULE.multiply(new BigDecimal("29307600000"))),

	MEGA_TCE("Mtce", "energy", JOULE.multiply(new BigDecimal("29307600000000000"))),

	TOE("toe", "energy", JOULE.multiply(new BigDecimal("41868000000"))),

	MEGA_TOE("Mtoe", "energy", JOULE.multiply(new BigDecimal("41868000000000000"))),

	TERAJOULE("TJ", "energy", MetricPrefix.TERA(JOULE)), PETAJOULE("PJ", "energy", MetricPrefix.PETA(JOULE)),

	GIGAWATT_HOUR("GWh", "energy", MetricPrefix.GIGA(WATT).multiply(HOUR)),

	TERAWATT_HOUR("TWh", "energy", MetricPrefix.TERA(WATT).multiply(HOUR)),

	// volumes, for targets of the type OTHER (a forest stock in million m³)
	CUBIC_METRE("m³", "volume", tech.units.indriya.unit.Units.CUBIC_METRE),

	MILLION_CUBIC_METRE("million m³", "volume", tech.units.indriya.unit.Units.CUBIC_METRE.multiply(1_000_000));

	/**
	 * How free texts of the past spell some units: "million TOE saved" is Mtoe saved. The
	 * migration that typed the target units (cities V9) knows the same spellings.
	 */
	private static final Map<String, RegistryUnit> SPELLINGS = Map.of("million toe", MEGA_TOE, "million tce", MEGA_TCE,
			"percent", PERCENT, "per cent", PERCENT);

	private static final Map<String, RegistryUnit> BY_CODE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(RegistryUnit::code, Function.identity()));

	private final String code;

	private final @Nullable String measure;

	private final @Nullable Unit<?> unit;

	RegistryUnit(String code, @Nullable String measure, @Nullable Unit<?> unit) {
		this.code = code;
		this.measure = measure;
		this.unit = unit;
	}

	/** The unit of this code; empty for a code the registry does not know. */
	public static Optional<RegistryUnit> ofCode(@Nullable String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip()));
	}

	/** Every code, in alphabetical order, for lists on pages and in messages. */
	public static java.util.SortedSet<String> codes() {
		return Arrays.stream(values()).map(RegistryUnit::code).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/**
	 * A free text that may start with a unit ("% of industrial value", "million TOE
	 * saved") split into that unit and what the figure measures ("of industrial value",
	 * "saved"): a code or known spelling, in any case, followed by the end or a space;
	 * the longest wins. A text that starts with no unit is kept whole as the description,
	 * with no unit, so that no text is lost.
	 */
	static Leading leading(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return new Leading(null, null);
		}
		var stripped = text.strip();
		var lower = stripped.toLowerCase(java.util.Locale.ROOT);
		RegistryUnit best = null;
		var length = 0;
		var candidates = new java.util.HashMap<String, RegistryUnit>(SPELLINGS);
		for (var unit : values()) {
			candidates.put(unit.code.toLowerCase(java.util.Locale.ROOT), unit);
		}
		for (var candidate : candidates.entrySet()) {
			var spelling = candidate.getKey();
			if (spelling.length() > length && lower.startsWith(spelling)
					&& (lower.length() == spelling.length() || lower.charAt(spelling.length()) == ' ')) {
				best = candidate.getValue();
				length = spelling.length();
			}
		}
		if (best == null) {
			return new Leading(null, stripped);
		}
		var rest = stripped.substring(length).strip();
		return new Leading(best, rest.isEmpty() ? null : rest);
	}

	/** A unit read from the start of a text, and the rest of the text. */
	record Leading(@Nullable RegistryUnit unit, @Nullable String rest) {
	}

	/** The code as stored, shown and published ("persons", "km²", "bn USD", "tCO2e"…). */
	@JsonValue
	public String code() {
		return this.code;
	}

	/** Whether amounts in this unit convert into amounts in {@code other}. */
	public boolean convertsTo(RegistryUnit other) {
		return this == other || (this.measure != null && this.measure.equals(other.measure));
	}

	@Nullable Unit<?> indriya() {
		return this.unit;
	}

	/** The code, so that pages and audit texts show the unit as before. */
	@Override
	public String toString() {
		return this.code;
	}

	private static Unit<?> millions() {
		return AbstractUnit.ONE.multiply(1_000_000);
	}

	private static Unit<?> billions() {
		return AbstractUnit.ONE.multiply(1_000_000_000);
	}

}
