package org.lccp.gatherings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.gatherings.GatheringManagement.GatheringSummary;
import org.lccp.gatherings.GatheringManagement.GatheringView;
import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open calendar under {@code /api/v1}: pages of gatherings and single gatherings,
 * without online links. No account needed.
 */
@RestController
@OpenDataApi
@Tag(name = "gatherings", description = "Forums, workshops, trainings and other gatherings of the platform")
class GatheringApi {

	private final GatheringManagement gatherings;

	GatheringApi(GatheringManagement gatherings) {
		this.gatherings = gatherings;
	}

	@GetMapping("/api/v1/gatherings")
	@Operation(summary = "Gatherings, upcoming or past, filtered by type, format, country and theme")
	Page<GatheringSummary> list(@RequestParam(defaultValue = "upcoming") String when,
			@RequestParam(required = false) @Nullable GatheringType type,
			@RequestParam(required = false) @Nullable GatheringFormat format,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String theme, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		ApiPaging.check(page, size);
		return this.gatherings.calendar("past".equals(when),
				new GatheringManagement.Filter(type, format, country, theme), ApiPaging.of(page, size));
	}

	@GetMapping("/api/v1/gatherings/{id}")
	@Operation(summary = "One gathering with its programme details and outcome (no online link)")
	GatheringView one(@PathVariable UUID id) {
		var g = this.gatherings.gathering(id);
		return new GatheringView(g.summary(), g.description(), g.venueAddress(), null, g.hasOnlineLink(),
				g.organisers(), g.partners(), g.languages(), g.interpretation(), g.capacityInPerson(),
				g.capacityOnline(), g.registrationDeadline(), g.outcomeSummary(), g.outcomePublishedAt(),
				g.sourceNote(), g.version());
	}

}
