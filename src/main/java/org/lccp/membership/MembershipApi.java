package org.lccp.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member institutions in the open-data API, version 1: the public directory as pages
 * ({@code content} plus {@code page}). Reading needs no account.
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
@Tag(name = OpenDataApi.TAG, description = OpenDataApi.TAG_DESCRIPTION)
class MembershipApi {

	private final MembershipManagement membership;

	MembershipApi(MembershipManagement membership) {
		this.membership = membership;
	}

	@GetMapping("/institutions")
	@Operation(summary = "Active member institutions, filtered by country and type")
	Page<InstitutionView> institutions(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable InstitutionType type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ApiPaging.check(page, size);
		return this.membership.publicDirectory(country, type, ApiPaging.of(page, size));
	}

}
