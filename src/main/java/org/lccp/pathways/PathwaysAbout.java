package org.lccp.pathways;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.cities.TargetRegistry;
import org.lccp.shared.domain.ContentPanels;
import org.lccp.shared.domain.OpenDataTables;

import org.springframework.stereotype.Component;

/**
 * Shows a city's progress chart on its profile and a target's pathway on the target's
 * page, and offers the pathways and progress of every city with emission targets or a BAU
 * scenario to the bulk download.
 */
@Component
class PathwaysAbout implements ContentPanels, OpenDataTables {

	private final PathwaysManagement pathways;

	private final TargetRegistry cities;

	private final ScenarioRecords scenarios;

	private final PathwayChart chart;

	PathwaysAbout(PathwaysManagement pathways, TargetRegistry cities, ScenarioRecords scenarios, PathwayChart chart) {
		this.pathways = pathways;
		this.cities = cities;
		this.scenarios = scenarios;
		this.chart = chart;
	}

	/**
	 * The data of the progress panel.
	 *
	 * @param chartJson the chart's data (see {@link PathwayChart})
	 * @param targetPage whether the panel is on a target's page
	 */
	public record PanelData(CityPathways figures, String chartJson, boolean targetPage) {
	}

	@Override
	public List<Panel> panels(Subject subject, UUID id, Locale reader) {
		if (subject == Subject.TARGET) {
			return this.pathways.target(id)
				.map((f) -> List
					.of(new Panel("pathways/panel", "progress", new PanelData(f, this.chart.json(f, reader), true))))
				.orElse(List.of());
		}
		var figures = this.pathways.city(id, null);
		if (figures.inventories().isEmpty() && figures.pathways().isEmpty() && figures.scenario() == null) {
			return List.of();
		}
		return List.of(new Panel("pathways/panel", "progress",
				new PanelData(figures, this.chart.json(figures, reader), false)));
	}

	@Override
	public List<Table> tables() {
		return List.of(new Table("pathways",
				List.of("city_id", "country", "series", "target_id", "bau_version", "year", "tco2e"),
				(sink) -> eachCity((f) -> {
					var country = f.city().countryCode();
					for (var i : f.inventories()) {
						sink.accept(List.of(f.city().id().toString(), country, "INVENTORY_BASIC", "", "", i.year(),
								Exact.api(i.basic())));
					}
					if (f.bau() != null && f.scenario() != null) {
						f.bau()
							.total()
							.forEach((year, v) -> sink.accept(List.of(f.city().id().toString(), country, "BAU", "",
									f.scenario().versionNo(), year, Exact.api(v))));
					}
					for (var p : f.pathways()) {
						p.values()
							.forEach((year, v) -> sink.accept(List.of(f.city().id().toString(), country, "PATHWAY",
									p.targetId().toString(), "", year, Exact.api(v))));
					}
				})),
				new Table(
						"pathway_progress", List.of("city_id", "country", "year", "actual_tco2e", "against",
								"target_id", "expected_tco2e", "gap_tco2e", "gap_percent", "on_track"),
						(sink) -> eachCity((f) -> {
							var p = f.progress();
							if (p == null) {
								return;
							}
							var city = f.city().id().toString();
							if (p.bau() != null) {
								sink.accept(List.of(city, f.city().countryCode(), p.year(), Exact.api(p.actual()),
										"BAU", "", Exact.api(p.bau().expected()), Exact.api(p.bau().gap()),
										p.bau().gapPercent() == null ? "" : p.bau().gapPercent(), p.bau().onTrack()));
							}
							for (var t : p.targets()) {
								var v = t.verdict();
								if (v != null) {
									sink.accept(List.of(city, f.city().countryCode(), p.year(), Exact.api(p.actual()),
											"PATHWAY", t.pathway().targetId().toString(), Exact.api(v.expected()),
											Exact.api(v.gap()), v.gapPercent() == null ? "" : v.gapPercent(),
											v.onTrack()));
								}
							}
						})));
	}

	/** Every city with a target of the registry or a saved scenario, once. */
	private void eachCity(java.util.function.Consumer<CityPathways> action) {
		var ids = new LinkedHashSet<UUID>(this.scenarios.cities());
		ids.addAll(this.cities.citiesWithTargets(java.util.Arrays.stream(org.lccp.cities.TargetType.values())
			.filter(PathwayRules::isEmissionsTarget)
			.toList()));
		for (var id : ids) {
			action.accept(this.pathways.city(id, null));
		}
	}

}
