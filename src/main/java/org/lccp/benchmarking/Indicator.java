package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An indicator of one system version.
 *
 * @param names name per language (en, zh, ja, ko, ru, mn), all six present
 * @param computation the platform computation that yields its values, or null
 * @param formula a formula over other indicators of the system, or null; with neither the
 * values are reported with a source
 * @param weight its weight in the system's index, per cent (0 for descriptive ones)
 * @param reference the value counted as on target, for distance-to-target normalisation
 */
public record Indicator(UUID id, UUID systemId, String code, int position, Map<String, String> names, String definition,
		String unit, Direction direction, @Nullable String sector, String category, IndicatorLevel level,
		@Nullable String computation, @Nullable String formula, BigDecimal weight, @Nullable BigDecimal reference) {

	/**
	 * The name in the reader's language, English where the language is not one of the
	 * six.
	 */
	public String name(Locale locale) {
		var name = this.names.get(locale.getLanguage());
		return name != null ? name : this.names.get("en");
	}

	/**
	 * The message key naming the unit in the reader's language, for the units the
	 * platform's systems use ("t CO2e / inhabitant" →
	 * benchmarking.unit.t_co2e_inhabitant); pages show the unit as entered when no such
	 * message exists.
	 */
	public String unitKey() {
		return "benchmarking.unit." + key(this.unit);
	}

	/** Likewise for the category ("Emissions" → benchmarking.category.emissions). */
	public String categoryKey() {
		return "benchmarking.category." + key(this.category);
	}

	static String key(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace("%", "percent")
			.replace("²", "2")
			.replaceAll("[^a-z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
	}

	/** Neither computed nor derived: the values are reported with a source. */
	public boolean reported() {
		return this.computation == null && this.formula == null;
	}

	/**
	 * How a value comes about, for tables and exports: computation code, formula or
	 * "reported".
	 */
	public String rule() {
		if (this.computation != null) {
			return "platform: " + this.computation;
		}
		return this.formula != null ? "formula: " + this.formula : "reported";
	}

}
