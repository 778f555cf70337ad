package org.lccp.review;

import java.util.UUID;

import org.lccp.review.ReviewViews.PublicReview;
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
 * Published peer reviews under {@code /api/v1} (other tools rely on these addresses):
 * city, year, status, the team's findings and each recommendation with the city's reply
 * and follow-up. Drafts are unknown here whoever asks; no private note is ever part of
 * the answer.
 */
@RestController
@OpenDataApi
@Tag(name = "reviews", description = "Published peer reviews of city low-carbon plans and their follow-up")
class ReviewApi {

	private final ReviewManagement reviews;

	ReviewApi(ReviewManagement reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/reviews")
	@Operation(summary = "Published peer reviews, newest first, with recommendations and their follow-up status")
	Page<PublicReview> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ApiPaging.check(page, size);
		return this.reviews.publicReviews(ApiPaging.of(page, size));
	}

	@GetMapping("/api/v1/reviews/{id}")
	@Operation(summary = "One published peer review")
	PublicReview one(@PathVariable UUID id) {
		return this.reviews.publicReview(id);
	}

}
