package org.lccp.review;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.review.OpenStudies.OpenStudy;
import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published studies under {@code /api/v1}: analytical studies their city opened to
 * everyone and comparative studies. Drafts and members-only studies are unknown here
 * whoever asks.
 */
@RestController
@OpenDataApi
@Tag(name = "studies", description = "Published analytical studies of newcomer cities and comparative studies")
class StudyApi {

	private final OpenStudies studies;

	StudyApi(OpenStudies studies) {
		this.studies = studies;
	}

	@GetMapping("/api/v1/studies")
	@Operation(summary = "Published studies open to everyone, newest first; kind ANALYTICAL or COMPARATIVE filters")
	Page<OpenStudy> list(
			@Parameter(description = "ANALYTICAL or COMPARATIVE; both when absent") @RequestParam(
					required = false) @Nullable String kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		var wanted = OpenStudies.kind(kind);
		ApiPaging.check(page, size);
		return this.studies.page(wanted, ApiPaging.of(page, size));
	}

	@GetMapping("/api/v1/studies/{id}")
	@Operation(summary = "One published study open to everyone")
	OpenStudy one(@PathVariable UUID id) {
		return this.studies.one(id);
	}

}
