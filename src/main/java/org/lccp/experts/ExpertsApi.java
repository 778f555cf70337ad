package org.lccp.experts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.lccp.shared.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public roster (a fixed address other tools rely on): listed experts with only the
 * fields each chose to make public. Unknown filter values are refused with a problem
 * detail rather than ignored, so that a client never mistakes an empty answer for a fact.
 */
@RestController
@RequestMapping(path = "/api/v1/experts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "experts", description = "The public expert roster")
class ExpertsApi {

	private final ExpertRoster roster;

	ExpertsApi(ExpertRoster roster) {
		this.roster = roster;
	}

	@GetMapping
	@Operation(
			summary = "Listed experts by name, a page at a time, filtered by topic, language, country served or tool")
	Page<Entry> experts(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String tool, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging.check(page, size, 100);
		var filter = new ExpertRoster.Filter(known(topic, ExpertsController.choice(topic, Topic.class), "topic"),
				known(language, ExpertsController.language(language), "language"),
				known(country, ExpertsController.country(country), "country"),
				known(tool, ExpertsController.choice(tool, ExpertTool.class), "tool"), false);
		return this.roster.publicPage(filter, page, size).map(Entry::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One listed expert with the fields the expert made public")
	Entry expert(@PathVariable UUID id) {
		var entry = this.roster.profile(id);
		if (entry.status() != ExpertStatus.LISTED) {
			throw new ExpertNotFoundException();
		}
		return Entry.of(entry.forPublic());
	}

	private static <T> @Nullable T known(@Nullable String given, @Nullable T parsed, String field) {
		if (given != null && !given.isBlank() && parsed == null) {
			throw new InvalidExpertException(
					List.of(new InvalidExpertException.Violation(field, "experts.error.unknownFilter")));
		}
		return parsed;
	}

	/** A public roster entry; hidden fields are null or empty. */
	record Entry(UUID id, String name, @Nullable String headline, @Nullable String institution,
			@Nullable String country, @Nullable String biography, Set<Topic> topics, Set<String> sectors,
			Set<ExpertTool> tools, Set<String> languages, Set<String> countriesServed,
			@Nullable Availability availability, @Nullable String availableFrom, @Nullable String availableUntil,
			@Nullable String source) {

		static Entry of(ExpertView e) {
			var availability = e.shows("AVAILABILITY");
			return new Entry(e.id(), e.name(), e.headline(), e.institution(), e.country(), e.biography(), e.topics(),
					e.sectors(), e.tools(), e.languages(), e.countriesServed(), availability ? e.availability() : null,
					e.availableFrom() == null ? null : e.availableFrom().toString(),
					e.availableUntil() == null ? null : e.availableUntil().toString(), e.sourceNote());
		}

	}

}
