package org.lccp.experts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.Language;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
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
@OpenDataApi
@RequestMapping(path = "/api/v1/experts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "experts", description = "The public expert roster")
class ExpertsApi {

	private final ExpertRoster roster;

	/** The binder's conversions, so that the API reads filter values as the pages do. */
	private final ConversionService conversions;

	ExpertsApi(ExpertRoster roster, @Qualifier("mvcConversionService") ConversionService conversions) {
		this.roster = roster;
		this.conversions = conversions;
	}

	@GetMapping
	@Operation(
			summary = "Listed experts by name, a page at a time, filtered by topic, language, country served or tool")
	Page<Entry> experts(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String tool, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		ApiPaging.check(page, size);
		var chosenLanguage = known(language, Language.class, "language");
		var chosenCountry = known(country, CountryCode.class, "country");
		var filter = new ExpertRoster.Filter(known(topic, Topic.class, "topic"),
				chosenLanguage == null ? null : chosenLanguage.code(),
				chosenCountry == null ? null : chosenCountry.code(), known(tool, ExpertTool.class, "tool"), false);
		return this.roster.publicPage(filter, ApiPaging.of(page, size)).map(Entry::of);
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

	/**
	 * A filter value converted as a form's field is; one that does not convert is
	 * refused.
	 */
	private <T> @Nullable T known(@Nullable String given, Class<T> type, String field) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return this.conversions.convert(given, type);
		}
		catch (ConversionException ex) {
			throw new InvalidExpertException(
					List.of(new InvalidExpertException.Violation(field, "experts.error.unknownFilter")));
		}
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
