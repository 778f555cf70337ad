package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.lccp.opendata.OpenDataApi;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's BAU, target pathways and progress as open data. Emissions are tCO2e, BASIC
 * level, rounded to three decimals (kilograms) from exact figures; formulas carry the
 * numbers they were computed with.
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "pathways", description = "BAU projections, target pathways and progress of cities")
class PathwaysApi {

	private final PathwaysManagement pathways;

	private final MessageSource messages;

	PathwaysApi(PathwaysManagement pathways, MessageSource messages) {
		this.pathways = pathways;
		this.messages = messages;
	}

	@GetMapping("/cities/{id}/pathways")
	@Operation(summary = "A city's BAU projection (latest or given version), the emission pathway of each of its "
			+ "targets, and its progress in the latest published inventory year")
	Document city(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version, Locale locale) {
		var f = this.pathways.city(id, version);
		var inventories = f.inventories()
			.stream()
			.map((i) -> new Inventory(i.inventoryId(), i.year(), Exact.api(i.basic()), i.gwpSet()))
			.toList();
		Bau bau = null;
		if (f.scenario() != null && f.bau() != null) {
			var s = f.scenario();
			bau = new Bau(s.versionNo(), f.latestVersion(), s.baseYear(), s.baseInventoryId(), s.endYear(),
					s.populationGrowthPercent(), s.gdpGrowthPercent(), s.note(), s.createdAt().toString(),
					f.bau()
						.sectors()
						.stream()
						.map((p) -> new Sector(p.assumption().sector(), Exact.api(p.assumption().baseEmissions()),
								p.assumption().method(), p.assumption().annualRatePercent(), p.assumption().driver(),
								p.assumption().intensityChangePercent(), p.formula()))
						.toList(),
					years(f.bau().total()));
		}
		var paths = f.pathways()
			.stream()
			.map((p) -> new Pathway(p.targetId(), p.title(), p.type().name(), p.status().name(), p.startYear(),
					p.targetYear(), p.startLevel() == null ? null : Exact.api(p.startLevel()),
					p.targetLevel() == null ? null : Exact.api(p.targetLevel()), p.formula(),
					p.reasonKey() == null ? null
							: this.messages.getMessage(p.reasonKey(), p.reasonArgs().toArray(), locale),
					years(p.values())))
			.toList();
		Progress progress = null;
		if (f.progress() != null) {
			var pr = f.progress();
			progress = new Progress(pr.year(), Exact.api(pr.actual()),
					pr.bau() == null ? null : verdict(null, pr.bau()),
					pr.targets()
						.stream()
						.filter((t) -> t.verdict() != null)
						.map((t) -> verdict(t.pathway().targetId(), t.verdict()))
						.toList());
		}
		return new Document(f.city().id(), "BASIC", "tCO2e", inventories, bau, paths, progress);
	}

	private static List<YearValue> years(java.util.SortedMap<Integer, BigDecimal> values) {
		return values.entrySet().stream().map((e) -> new YearValue(e.getKey(), Exact.api(e.getValue()))).toList();
	}

	private static Judged verdict(@Nullable UUID targetId, Verdict v) {
		return new Judged(targetId, v.onTrack(), Exact.api(v.expected()), Exact.api(v.gap()), v.gapPercent());
	}

	/** A city's pathways document. */
	record Document(UUID cityId, String level, String unit, List<Inventory> inventories, @Nullable Bau bau,
			List<Pathway> pathways, @Nullable Progress progress) {
	}

	record Inventory(UUID inventoryId, int year, BigDecimal basic, String gwpSet) {
	}

	record Bau(int version, int latestVersion, int baseYear, UUID baseInventoryId, int endYear,
			BigDecimal populationGrowthPercent, BigDecimal gdpGrowthPercent, @Nullable String note, String savedAt,
			List<Sector> sectors, List<YearValue> years) {
	}

	record Sector(String sector, BigDecimal baseEmissions, BauMethod method, @Nullable BigDecimal annualRatePercent,
			@Nullable BauDriver driver, @Nullable BigDecimal intensityChangePercent, String formula) {
	}

	record Pathway(UUID targetId, String title, String type, String status, @Nullable Integer startYear,
			@Nullable Integer targetYear, @Nullable BigDecimal startLevel, @Nullable BigDecimal targetLevel,
			@Nullable String formula, @Nullable String unavailableBecause, List<YearValue> years) {
	}

	record YearValue(int year, BigDecimal emissions) {
	}

	record Progress(int year, BigDecimal actual, @Nullable Judged bau, List<Judged> targets) {
	}

	/** Against the BAU (no target id) or a pathway. */
	record Judged(@Nullable UUID targetId, boolean onTrack, BigDecimal expected, BigDecimal gap,
			@Nullable BigDecimal gapPercent) {
	}

}
