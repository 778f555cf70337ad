package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The progress chart's data in the reader's language: years as text (so no axis prints
 * "2,020"), one series for the published inventories, one for the BAU and one per
 * pathway, values in whole tonnes. The page's table shows the same figures.
 */
@Component
class PathwayChart {

	private final MessageSource messages;

	private final JsonMapper json;

	PathwayChart(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	String json(CityPathways figures, Locale reader) {
		var years = figures.years();
		var data = new LinkedHashMap<String, Object>();
		data.put("years", years.stream().map((y) -> Integer.toString(y)).toList());
		data.put("unit", this.messages.getMessage("pathways.chart.unit", null, reader));
		var series = new ArrayList<Map<String, Object>>();
		series.add(series("inventory", this.messages.getMessage("pathways.series.inventories", null, reader),
				years.stream().map(figures::inventoryAt).toList()));
		if (figures.bau() != null && figures.scenario() != null) {
			series.add(series("bau",
					this.messages.getMessage("pathways.series.bau",
							new Object[] { Integer.toString(figures.scenario().versionNo()) }, reader),
					years.stream().map(figures::bauAt).toList()));
		}
		for (var p : figures.pathways()) {
			if (p.available()) {
				series.add(series("pathway", p.title(), years.stream().map((y) -> p.values().get(y)).toList()));
			}
		}
		data.put("series", series);
		return this.json.writeValueAsString(data);
	}

	private static Map<String, Object> series(String kind, String name, List<BigDecimal> values) {
		var s = new LinkedHashMap<String, Object>();
		s.put("kind", kind);
		s.put("name", name);
		s.put("data", values.stream().map((v) -> v == null ? null : Exact.tonnes(v)).toList());
		return s;
	}

}
