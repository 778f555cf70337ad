package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicator systems, values and peers as open data (fixed addresses other tools rely on).
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "benchmarking", description = "Indicator systems, indicator values and similar cities")
class BenchmarkingApi {

	private final BenchmarkingManagement benchmarking;

	private final Traces traces;

	BenchmarkingApi(BenchmarkingManagement benchmarking, Traces traces) {
		this.benchmarking = benchmarking;
		this.traces = traces;
	}

	@GetMapping("/indicators")
	@Operation(
			summary = "Indicator systems (the newest version of each, or the version asked for) with their indicators")
	List<SystemEntry> indicators(@Parameter(description = "id of one system version") @RequestParam(
			required = false) @Nullable UUID system) {
		var out = new ArrayList<SystemEntry>();
		var seen = new LinkedHashSet<String>();
		for (var s : this.benchmarking.systems()) {
			if ((system == null && seen.add(s.code())) || s.id().equals(system)) {
				out.add(entry(s));
			}
		}
		if (system != null && out.isEmpty()) {
			throw new BenchmarkNotFoundException(system);
		}
		return out;
	}

	private SystemEntry entry(IndicatorSystem s) {
		var indicators = this.benchmarking.indicators(s.id())
			.stream()
			.map((i) -> new IndicatorEntry(i.id(), i.code(), i.names(), i.definition(), i.unit(), i.direction().name(),
					i.sector(), i.category(), i.level().name(), i.computation(), i.formula(), i.weight(),
					i.reference()))
			.toList();
		return new SystemEntry(s.id(), s.code(), s.versionNo(), s.name(), s.description(), s.createdAt().toString(),
				indicators);
	}

	@GetMapping("/indicator-values")
	@Operation(summary = "Indicator values per city and year, a page at a time, each with its origin and source")
	Page<ValueEntry> values(@RequestParam(required = false) @Nullable UUID city,
			@RequestParam(required = false) @Nullable UUID indicator,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		ApiPaging.check(page, size);
		var request = ApiPaging.of(page, size);
		return this.benchmarking.values(city, indicator, year, request.getPageNumber(), request.getPageSize())
			.map((v) -> new ValueEntry(v.indicatorId(), v.indicatorCode(), v.cityId(), v.year(), v.value(),
					v.origin().name(), this.traces.english(v.source()), v.updatedAt().toString()));
	}

	@GetMapping("/cities/{id}/peers")
	@Operation(
			summary = "The cities most like this one, nearest first, each with its distance and the variables compared")
	PeersEntry peers(@PathVariable UUID id, @RequestParam(defaultValue = "5") int k,
			@Parameter(description = "comma-separated: POPULATION, GDP_PER_CAPITA, EMISSIONS_PER_INHABITANT, "
					+ "EMISSION_TREND, LATITUDE, COUNTRY, ADMIN_LEVEL") @RequestParam(
							required = false) @Nullable List<String> variables) {
		var chosen = EnumSet.noneOf(PeerFinder.Variable.class);
		if (variables == null || variables.isEmpty()) {
			chosen.addAll(PeerFinder.Variable.DEFAULT);
		}
		else {
			for (var v : variables) {
				for (var part : v.split(",")) {
					if (part.isBlank()) {
						continue;
					}
					try {
						chosen.add(PeerFinder.Variable.valueOf(part.strip()));
					}
					catch (IllegalArgumentException ex) {
						throw InvalidBenchmarkException.onField("variables", "benchmarking.peers.error.variable");
					}
				}
			}
		}
		var found = this.benchmarking.peers(id, chosen, k);
		var peers = found.peers()
			.stream()
			.map((p) -> new PeerEntry(p.city().id(), p.city().nameEn(), p.city().countryCode(),
					BigDecimal.valueOf(p.peer().distance()).round(new java.math.MathContext(6)),
					p.peer()
						.differences()
						.stream()
						.map((d) -> new DifferenceEntry(d.variable().name(), d.own(), d.peer(),
								BigDecimal.valueOf(d.difference()).round(new java.math.MathContext(6)), d.close()))
						.toList()))
			.toList();
		return new PeersEntry(found.city().id(), found.city().nameEn(),
				found.variables().stream().map(Enum::name).sorted().toList(), found.compared(), peers);
	}

	record SystemEntry(UUID id, String code, int version, String name, @Nullable String description, String createdAt,
			List<IndicatorEntry> indicators) {
	}

	record IndicatorEntry(UUID id, String code, Map<String, String> names, String definition, String unit,
			String direction, @Nullable String sector, String category, String level, @Nullable String computation,
			@Nullable String formula, BigDecimal weight, @Nullable BigDecimal referenceValue) {
	}

	record ValueEntry(UUID indicatorId, String indicator, UUID cityId, int year, BigDecimal value, String origin,
			String source, String updatedAt) {
	}

	record PeersEntry(UUID cityId, String city, List<String> variables, int citiesCompared, List<PeerEntry> peers) {
	}

	record PeerEntry(UUID cityId, String city, String country, BigDecimal distance, List<DifferenceEntry> differences) {
	}

	record DifferenceEntry(String variable, Object own, Object peer, BigDecimal differenceInStandardDeviations,
			boolean close) {
	}

}
