package org.lccp.inventory;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a stored line was given besides fuel, amount, unit and density: its own factors
 * per gas (empty when it took the library's) and the gases it emitted directly. Kept with
 * the line so the edit form shows it again and a recalculation starts from what was
 * entered.
 */
record LineInput(Map<String, ActivityLine.Factor> factors, Map<String, ActivityLine.GasAmount> gases) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final LineInput NONE = new LineInput(Map.of(), Map.of());

	LineInput {
		factors = factors == null ? Map.of() : Map.copyOf(factors);
		gases = gases == null ? Map.of() : Map.copyOf(gases);
	}

	static String write(Map<String, ActivityLine.Factor> factors, Map<String, ActivityLine.GasAmount> gases) {
		return JSON.writeValueAsString(new LineInput(factors, gases));
	}

	static LineInput read(@Nullable String json) {
		return json == null ? NONE : JSON.readValue(json, LineInput.class);
	}

}
