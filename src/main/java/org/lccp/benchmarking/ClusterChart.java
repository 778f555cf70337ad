package org.lccp.benchmarking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.lccp.cities.CityView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clusters as the scatter chart reads them: one series per cluster, city names in the
 * reader's language.
 */
final class ClusterChart {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ClusterChart() {
	}

	static String json(Clusters.Result result, Map<UUID, CityView> cities, Locale locale) {
		var series = new LinkedHashMap<Integer, List<List<Object>>>();
		for (var centre : result.centres()) {
			series.put(centre.cluster(), new ArrayList<>());
		}
		for (var m : result.members()) {
			var city = cities.get(m.cityId());
			series.get(m.cluster())
				.add(List.of(m.gdpPerCapita().doubleValue(), m.emissionsPerInhabitant().doubleValue(),
						city == null ? m.cityId().toString() : city.name(locale)));
		}
		var out = new ArrayList<Map<String, Object>>();
		series.forEach((cluster, points) -> out.add(Map.of("cluster", cluster, "points", points)));
		return JSON.writeValueAsString(out);
	}

}
