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

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "inventories", description = "Published GHG inventories of cities (GPC)")
class InventoryApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InventoryManagement inventories;

	InventoryApi(InventoryManagement inventories) {
		this.inventories = inventories;
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
		var p = Math.max(0, page);
		var s = Math.min(Math.max(1, size), 500);
		var found = this.inventories.search(city, country, year, open, p, s).stream().map(Summary::of).toList();
		return new PageImpl<>(found, PageRequest.of(p, s), this.inventories.count(city, country, year, open));
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
		return new Detail(Summary.of(file.header()), file.header().gpcVersion(), file.header().reportingLevel(),
				file.header().boundaryDescription(), file.header().populationSource(), file.header().gdpSource(),
				file.header().correctionReason(), entries);
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
			List<EntryAnswer> entries) {
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
