package org.lccp.capacity;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * Open needs and offers (fixed addresses other tools rely on) and the ranked suggestions
 * for a need with the reasons as message keys and arguments.
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1/capacity", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "capacity", description = "Capacity-building needs, offers and their matching")
class CapacityApi {

	private final CapacityManagement capacity;

	CapacityApi(CapacityManagement capacity) {
		this.capacity = capacity;
	}

	@GetMapping("/needs")
	@Operation(summary = "Open capacity-building and technical-assistance needs, newest first, a page at a time")
	Page<NeedEntry> needs(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ApiPaging.check(page, size);
		return this.capacity.openNeeds(ApiPaging.of(page, size))
			.map((n) -> new NeedEntry(n.id(), n.title(), n.topics(), n.sector(), n.kind(), n.languages(), n.country(),
					n.wantedFrom() == null ? null : n.wantedFrom().toString(),
					n.wantedUntil() == null ? null : n.wantedUntil().toString(), n.status(), n.sourceNote()));
	}

	@GetMapping("/offers")
	@Operation(summary = "Open offers of experts, resource centres and institutions, newest first, a page at a time")
	Page<OfferEntry> offers(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ApiPaging.check(page, size);
		return this.capacity.openOffers(ApiPaging.of(page, size))
			.map((o) -> new OfferEntry(o.id(), o.title(), o.provider(), o.topics(), o.kinds(), o.languages(),
					o.countries(), o.availableFrom() == null ? null : o.availableFrom().toString(),
					o.availableUntil() == null ? null : o.availableUntil().toString(), o.costShared(), o.sourceNote()));
	}

	@GetMapping("/needs/{id}/suggestions")
	@Operation(summary = "The best open offers for one need (20 unless limit says otherwise, at most 100), each with "
			+ "its score out of 100 and the reasons")
	List<SuggestionEntry> suggestions(@PathVariable UUID id,
			@RequestParam(defaultValue = "" + CapacityManagement.SHOWN) int limit) {
		if (limit < 1 || limit > CapacityManagement.MAX_SHOWN) {
			throw new InvalidCapacityException(
					List.of(new InvalidCapacityException.Violation("limit", "capacity.error.limit")));
		}
		return this.capacity.suggestions(id, limit)
			.stream()
			.map((s) -> new SuggestionEntry(s.offer().id(), s.offer().title(), s.score(),
					s.reasons().stream().map((r) -> new ReasonEntry(r.key(), r.argument())).toList()))
			.toList();
	}

	record NeedEntry(UUID id, String title, List<String> topics, @org.jspecify.annotations.Nullable String sector,
			String kind, List<String> languages, String country, @org.jspecify.annotations.Nullable String wantedFrom,
			@org.jspecify.annotations.Nullable String wantedUntil, String status,
			@org.jspecify.annotations.Nullable String source) {
	}

	record OfferEntry(UUID id, String title, String provider, List<String> topics, List<String> kinds,
			List<String> languages, List<String> countries, @org.jspecify.annotations.Nullable String availableFrom,
			@org.jspecify.annotations.Nullable String availableUntil, boolean costShared,
			@org.jspecify.annotations.Nullable String source) {
	}

	record SuggestionEntry(UUID offerId, String title, int score, List<ReasonEntry> reasons) {
	}

	record ReasonEntry(String key, String argument) {
	}

}
