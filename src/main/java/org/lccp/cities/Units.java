package org.lccp.cities;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Units in the reader's language for pages ({@code @units.label(unit)}): "persons" reads
 * 人 or чел., "bn USD" 十亿美元-style; the stored unit stays the registry's code, and a unit
 * without a translation (tCO2e, GWh) is shown as it is.
 */
@Component("units")
public class Units {

	private static final Map<String, String> WORDS = Map.of("persons", "cities.unit.persons", "thousand persons",
			"cities.unit.thousandPersons", "million persons", "cities.unit.millionPersons", "km²", "cities.unit.km2",
			"ha", "cities.unit.ha");

	private static final Map<String, String> MAGNITUDES = Map.of("M", "cities.unit.million", "bn",
			"cities.unit.billion", "tn", "cities.unit.trillion", "10^4", "cities.unit.tenThousand");

	private static final Pattern SCALED = Pattern.compile("(M|bn|tn|10\\^4) ([A-Z]{3})");

	private final MessageSource messages;

	Units(MessageSource messages) {
		this.messages = messages;
	}

	public String label(@Nullable String unit) {
		return label(unit, LocaleContextHolder.getLocale());
	}

	/** A registry unit in the reader's language. */
	public String label(@Nullable RegistryUnit unit) {
		return label(unit == null ? null : unit.code(), LocaleContextHolder.getLocale());
	}

	/**
	 * A target's unit in the reader's language followed by what its figure measures, as
	 * entered ("% of industrial value"); either may be missing.
	 */
	public String withDescription(@Nullable String unit, @Nullable String description) {
		var label = label(unit);
		if (description == null || description.isBlank()) {
			return label;
		}
		return label.isEmpty() ? description.strip() : label + " " + description.strip();
	}

	public String label(@Nullable String unit, Locale locale) {
		if (unit == null) {
			return "";
		}
		var word = WORDS.get(unit);
		if (word != null) {
			return this.messages.getMessage(word, null, unit, locale);
		}
		var scaled = SCALED.matcher(unit);
		if (scaled.matches()) {
			return this.messages.getMessage(MAGNITUDES.get(scaled.group(1)), new Object[] { scaled.group(2) }, unit,
					locale);
		}
		return unit;
	}

}
