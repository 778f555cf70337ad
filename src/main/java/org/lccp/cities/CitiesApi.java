package org.lccp.cities;

import java.util.List;
import java.util.UUID;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.lccp.membership.InstitutionView;
import org.lccp.opendata.ApiCsv;
import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's part of the open-data API, version 1: public cities, countries and
 * targets as pages ({@code content} plus {@code page}), in JSON or, when asked with
 * {@code Accept: text/csv} or {@code format=csv}, as CSV. Reading needs no account. (The
 * member institutions are membership's {@code MembershipApi}.)
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
@Tag(name = OpenDataApi.TAG, description = OpenDataApi.TAG_DESCRIPTION)
class CitiesApi {

	private final CityDirectory cities;

	private final TargetRegistry targets;

	CitiesApi(CityDirectory cities, TargetRegistry targets) {
		this.cities = cities;
		this.targets = targets;
	}

	@GetMapping(path = "/cities", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(summary = "Cities, filtered by country and name, sorted by name, country or updated")
	ResponseEntity<?> cities(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Parameter(
					description = "part of a name in any language") @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "name") @Parameter(
					description = "name, country or updated; ',desc' to reverse") String sort,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
		ApiPaging.check(page, size);
		var found = this.cities.cities(country, q, Sorting.page(page, size, sort, Sorting.CITY, "name"));
		if (ApiCsv.wanted(format, accept)) {
			return ApiCsv.ok(ApiCsv.csv(CityOpenData.CITY_HEADER, CityOpenData.cityRows(found.getContent())));
		}
		return ApiCsv.json(found);
	}

	@GetMapping("/cities/{id}")
	@Operation(summary = "One city with its facts, targets and member institutions")
	ApiCity city(@PathVariable UUID id) {
		var p = this.cities.profile(id);
		return new ApiCity(p.city(), p.facts(), p.targets(), p.members());
	}

	@GetMapping("/countries")
	@Operation(summary = "Countries with the number of their cities")
	Page<CityDirectory.CountryView> countries() {
		var list = this.cities.countries();
		return new PageImpl<>(list, PageRequest.of(0, Math.max(1, list.size())), list.size());
	}

	@GetMapping("/countries/{code}")
	@Operation(summary = "A country with its national commitments and aggregate facts")
	CityDirectory.CountryProfile country(@PathVariable String code) {
		return this.cities.country(code);
	}

	@GetMapping(path = "/targets", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(
			summary = "Climate targets, filtered by country, type, status, city and scope; with implied annual rates")
	ResponseEntity<?> targets(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable TargetType type,
			@RequestParam(required = false) @Nullable TargetStatus status,
			@RequestParam(required = false) @Nullable UUID city,
			@RequestParam(defaultValue = "ALL") TargetRegistry.TargetFilter.Scope scope,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "targetYear") @Parameter(
					description = "country, type, baseYear, targetYear, cut, title, status or updated; ',desc' to reverse") String sort,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
		ApiPaging.check(page, size);
		var found = this.targets.targets(new TargetRegistry.TargetFilter(country, type, status, city, scope),
				Sorting.page(page, size, sort, Sorting.TARGET, "targetYear"));
		if (ApiCsv.wanted(format, accept)) {
			return ApiCsv.ok(ApiCsv.csv(CityOpenData.TARGET_HEADER, CityOpenData.targetRows(found.getContent())));
		}
		return ApiCsv.json(found);
	}

	@GetMapping("/targets/{id}")
	@Operation(summary = "One climate target with its progress")
	TargetView target(@PathVariable UUID id) {
		return this.targets.target(id);
	}

	@PostMapping(path = "/cities/{id}/targets", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Adds a target to a city (token of scope WRITE of a focal point of the city or the secretariat)",
			security = @SecurityRequirement(name = "token"))
	ResponseEntity<TargetView> addTarget(@PathVariable UUID id, @Valid @RequestBody TargetDetails details) {
		var target = this.targets.addTarget(id, details);
		return ResponseEntity.created(URI.create("/api/v1/targets/" + target)).body(this.targets.target(target));
	}

	@PutMapping(path = "/targets/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replaces a target; version is the one last read (token of scope WRITE)",
			security = @SecurityRequirement(name = "token"))
	TargetView updateTarget(@PathVariable UUID id, @RequestParam long version,
			@Valid @RequestBody TargetDetails details) {
		this.targets.updateTarget(id, details, version);
		return this.targets.target(id);
	}

	@PostMapping(path = "/targets/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Adds a progress entry to a target (token of scope WRITE)",
			security = @SecurityRequirement(name = "token"))
	ResponseEntity<TargetView> addProgress(@PathVariable UUID id, @Valid @RequestBody ProgressDetails details) {
		this.targets.addProgress(id, details);
		return ResponseEntity.status(201).body(this.targets.target(id));
	}

	/** A city as the API shows it. */
	record ApiCity(CityView city, List<CityFact.FactView> facts, List<TargetView> targets,
			List<InstitutionView> members) {
	}

}
