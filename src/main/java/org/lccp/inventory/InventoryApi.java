package org.lccp.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published GHG inventories as open data: a list as pages ({@code content} plus
 * {@code page.totalElements}) and one inventory with its rows, lines, totals and the
 * factors each line was calculated with. Drafts are seen only by their editors.
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "inventories", description = "Published GHG inventories of cities (GPC)")
class InventoryApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InventoryManagement inventories;

	private final InventoryPages pages;

	InventoryApi(InventoryManagement inventories, InventoryPages pages) {
		this.inventories = inventories;
		this.pages = pages;
	}

	@GetMapping("/inventories")
	@Operation(summary = "Published inventories, filtered by city, country and year, newest year first")
	Page<Summary> list(@RequestParam(required = false) @Nullable UUID city,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(defaultValue = "PUBLISHED") @Parameter(
					description = "PUBLISHED (default) or SUPERSEDED; other states are not open data") InventoryStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var open = status == InventoryStatus.SUPERSEDED ? status : InventoryStatus.PUBLISHED;
		ApiPaging.check(page, size);
		var request = ApiPaging.of(page, size);
		var found = this.inventories.search(city, country, year, open, request.getPageNumber(), request.getPageSize())
			.stream()
			.map(Summary::of)
			.toList();
		return new PageImpl<>(found, request, this.inventories.count(city, country, year, open));
	}

	@GetMapping("/inventories/{id}")
	@Operation(summary = "One inventory with its rows, lines, totals and the factors each line used")
	Detail inventory(@PathVariable UUID id) {
		var file = this.inventories.inventory(id);
		var entries = file.entries()
			.stream()
			.map((e) -> new EntryAnswer(e.lineNo(), e.gpcRef(), e.notationKey(), e.explanation(), e.description(),
					e.fuel(), plainOrNull(e.amount()), e.unit(), plainOrNull(e.density()), plainOrNull(e.co2e()),
					plainOrNull(e.biogenicCo2()), e.calculation() == null ? null : JSON.readTree(e.calculation()),
					e.dataQuality(), e.sourceDocument()))
			.toList();
		var view = this.pages.detail(file, this.inventories.library(),
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
		return new Detail(Summary.of(file.header()), file.header().gpcVersion(), file.header().reportingLevel(),
				file.header().boundaryDescription(), file.header().populationSource(), file.header().gdpSource(),
				file.header().correctionReason(), file.header().gridRegion(), entries, Figures.of(view),
				this.inventories.difference(file).map(DifferenceAnswer::of).orElse(null));
	}

	/**
	 * What this version changes against the published version it corrects, entry by entry
	 * (unchanged entries left out), and the totals before and after.
	 */
	record DifferenceAnswer(UUID against, int againstVersionNo, List<LineDifference> lines, int unchangedLines,
			Map<String, TotalDifference> totals) {

		static DifferenceAnswer of(VersionDifference.Difference d) {
			var totals = new java.util.LinkedHashMap<String, TotalDifference>();
			for (var level : InventoryTotals.Level.values()) {
				totals.put(level.name(), new TotalDifference(CalculationApi.plain(d.before().total(level)),
						CalculationApi.plain(d.after().total(level)), d.totalDifference(level)));
			}
			return new DifferenceAnswer(d.against().id(), d.against().versionNo(),
					d.lines()
						.stream()
						.map((l) -> new LineDifference(l.lineNo(), l.gpcRef(), l.label(), l.before(), l.after(),
								l.difference(), l.changes()))
						.toList(),
					d.unchanged(), totals);
		}

	}

	/** One entry's tCO2e before and after, and the inputs that changed. */
	record LineDifference(int line, String gpcRef, @Nullable String description, @Nullable BigDecimal before,
			@Nullable BigDecimal after, BigDecimal difference, List<VersionDifference.Change> changed) {
	}

	/** A level's total before and after. */
	record TotalDifference(BigDecimal before, BigDecimal after, BigDecimal difference) {
	}

	/**
	 * Where each figure comes from: the lines each total and each sectors × scopes cell
	 * adds (by line number; each entry carries its calculation with steps and sources),
	 * and the divisors of the ratios with their source and year.
	 */
	record Figures(List<Figure> totals, List<Figure> sectorsScopes, @Nullable RatioAnswer perInhabitant,
			@Nullable RatioAnswer perGdp) {

		static Figures of(InventoryPages.DetailView view) {
			var totals = view.totals()
				.stream()
				.map((t) -> new Figure(t.level().name(), null, null, t.value(), Term.of(t.lines())))
				.toList();
			var cells = new java.util.ArrayList<Figure>();
			for (var row : view.sectors()) {
				row.scopes().forEach((scope, cell) -> {
					if (cell.value() != null) {
						cells.add(new Figure(row.sector() + "/" + scope, row.sector(), scope, cell.value(),
								Term.of(cell.lines())));
					}
				});
			}
			return new Figures(totals, cells, RatioAnswer.of(view.perInhabitant()), RatioAnswer.of(view.perGdp()));
		}

	}

	/** A figure and the lines whose tCO2e add up to it exactly. */
	record Figure(String figure, @Nullable String sector, @Nullable Integer scope, BigDecimal value, List<Term> lines) {
	}

	/** What one line adds to a figure; its steps are in the entry of that line. */
	record Term(int line, String gpcRef, BigDecimal co2eTonnes) {

		static List<Term> of(List<InventoryPages.Term> terms) {
			return terms.stream().map((t) -> new Term(t.lineNo(), t.gpcRef(), t.co2e())).toList();
		}

	}

	/**
	 * BASIC divided by the population or GDP of the inventory's year, to 16 significant
	 * digits.
	 */
	record RatioAnswer(BigDecimal basic, BigDecimal divisor, @Nullable String unit, @Nullable String source, int year,
			BigDecimal value) {

		static @Nullable RatioAnswer of(InventoryPages.@Nullable Ratio r) {
			return r == null ? null
					: new RatioAnswer(r.total(), r.divisor(), r.unit(), r.source(), r.year(), r.value());
		}

	}

	static @Nullable BigDecimal plainOrNull(@Nullable BigDecimal value) {
		return value == null ? null : CalculationApi.plain(value);
	}

	/** An inventory in a list. */
	record Summary(UUID id, UUID cityId, String country, int year, int versionNo, InventoryStatus status, String gwpSet,
			Boundary boundary, Map<String, BigDecimal> totals, @Nullable BigDecimal population,
			@Nullable BigDecimal gdp, @Nullable String gdpUnit, String source, @Nullable Instant publishedAt,
			long version, boolean fictitious) {

		static Summary of(InventoryRecords.Header h) {
			return new Summary(h.id(), h.cityId(), h.countryCode(), h.year(), h.versionNo(), h.status(),
					h.gwpSet().label(), h.boundary(),
					Map.of("basic", CalculationApi.plain(h.basic()), "basicPlus", CalculationApi.plain(h.basicPlus()),
							"territorial", CalculationApi.plain(h.territorial()), "otherScope3",
							CalculationApi.plain(h.otherScope3()), "biogenicCo2",
							CalculationApi.plain(h.biogenicCo2())),
					plainOrNull(h.population()), plainOrNull(h.gdp()), h.gdpUnit(), h.source(), h.publishedAt(),
					h.version(), h.fictitious());
		}

	}

	/** One inventory. */
	record Detail(Summary inventory, String gpcVersion, String reportingLevel, @Nullable String boundaryDescription,
			@Nullable String populationSource, @Nullable String gdpSource, @Nullable String correctionReason,
			@Nullable String gridRegion, List<EntryAnswer> entries, Figures figures,
			@Nullable DifferenceAnswer difference) {
	}

	/**
	 * A row's notation key or one of its lines; {@code calculation} holds the steps with
	 * the factor values and sources the line was calculated with.
	 */
	record EntryAnswer(int line, String gpcRef, @Nullable String notationKey, @Nullable String explanation,
			@Nullable String description, @Nullable String fuel, @Nullable BigDecimal amount, @Nullable String unit,
			@Nullable BigDecimal density, @Nullable BigDecimal co2eTonnes, @Nullable BigDecimal biogenicCo2Tonnes,
			@Nullable JsonNode calculation, @Nullable String dataQuality, @Nullable String sourceDocument) {
	}

}
