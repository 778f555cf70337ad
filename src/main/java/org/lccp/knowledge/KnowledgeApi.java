package org.lccp.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.lccp.opendata.ApiCsv;
import org.lccp.opendata.ApiPaging;
import org.lccp.opendata.OpenDataApi;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published knowledge as open data: pages of case studies, publications, networks,
 * policies and news ({@code content} plus {@code page.totalElements}), newest first, in
 * the language asked with {@code lang} or {@code Accept-Language} where an item has it,
 * as JSON or CSV. Drafts never appear.
 */
@RestController
@OpenDataApi
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "knowledge", description = "Case studies, publications, networks, policies and news")
class KnowledgeApi {

	private static final List<String> CSV_HEADER = List.of("id", "kind", "title", "summary", "language",
			"original_language", "year", "date", "countries", "cities", "url");

	private final KnowledgeManagement knowledge;

	KnowledgeApi(KnowledgeManagement knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping(path = "/case-studies", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(summary = "Published case studies, newest first")
	ResponseEntity<?> caseStudies(@org.springdoc.core.annotations.ParameterObject Query query,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept, Locale locale) {
		return list(ContentKind.CASE_STUDY, query, format, accept, locale);
	}

	@GetMapping("/case-studies/{id}")
	@Operation(summary = "One published case study with its results, places, topics and sources")
	KnowledgeViews.ItemView caseStudy(@PathVariable UUID id, Locale locale) {
		return this.knowledge.publishedItem(ContentKind.CASE_STUDY, id, locale);
	}

	@GetMapping(path = "/publications", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(summary = "Published publications, newest first")
	ResponseEntity<?> publications(@org.springdoc.core.annotations.ParameterObject Query query,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept, Locale locale) {
		return list(ContentKind.PUBLICATION, query, format, accept, locale);
	}

	@GetMapping("/publications/{id}")
	@Operation(summary = "One publication")
	KnowledgeViews.ItemView publication(@PathVariable UUID id, Locale locale) {
		return this.knowledge.publishedItem(ContentKind.PUBLICATION, id, locale);
	}

	@GetMapping(path = "/networks", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(summary = "Networks and programmes")
	ResponseEntity<?> networks(@org.springdoc.core.annotations.ParameterObject Query query,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept, Locale locale) {
		return list(ContentKind.NETWORK, query, format, accept, locale);
	}

	@GetMapping("/networks/{id}")
	@Operation(summary = "One network or programme")
	KnowledgeViews.ItemView network(@PathVariable UUID id, Locale locale) {
		return this.knowledge.publishedItem(ContentKind.NETWORK, id, locale);
	}

	@GetMapping(path = "/tools", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(summary = "Tools and methods for low-carbon cities")
	ResponseEntity<?> tools(@org.springdoc.core.annotations.ParameterObject Query query,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept, Locale locale) {
		return list(ContentKind.TOOL, query, format, accept, locale);
	}

	@GetMapping("/tools/{id}")
	@Operation(summary = "One tool or method")
	KnowledgeViews.ItemView tool(@PathVariable UUID id, Locale locale) {
		return this.knowledge.publishedItem(ContentKind.TOOL, id, locale);
	}

	@GetMapping(path = "/policies", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(summary = "National and local policies")
	ResponseEntity<?> policies(@org.springdoc.core.annotations.ParameterObject Query query,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept, Locale locale) {
		return list(ContentKind.POLICY, query, format, accept, locale);
	}

	@GetMapping("/policies/{id}")
	@Operation(summary = "One policy")
	KnowledgeViews.ItemView policy(@PathVariable UUID id, Locale locale) {
		return this.knowledge.publishedItem(ContentKind.POLICY, id, locale);
	}

	@GetMapping(path = "/news", produces = { MediaType.APPLICATION_JSON_VALUE, ApiCsv.TEXT_CSV })
	@Operation(summary = "News, newest first")
	ResponseEntity<?> news(@org.springdoc.core.annotations.ParameterObject Query query,
			@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept, Locale locale) {
		return list(ContentKind.NEWS, query, format, accept, locale);
	}

	@GetMapping("/news/{id}")
	@Operation(summary = "One news item")
	KnowledgeViews.ItemView newsItem(@PathVariable UUID id, Locale locale) {
		return this.knowledge.publishedItem(ContentKind.NEWS, id, locale);
	}

	private ResponseEntity<?> list(ContentKind kind, Query query, @Nullable String format, @Nullable String accept,
			Locale locale) {
		ApiPaging.check(query.page(), query.size());
		var found = this.knowledge.published(kind, query.filter(), query.sort(), locale,
				ApiPaging.of(query.page(), query.size()));
		if (ApiCsv.wanted(format, accept)) {
			return ApiCsv.ok(csv(found));
		}
		return ApiCsv.json(found);
	}

	/**
	 * Paging, filters and order of a list.
	 *
	 * @param country ISO 3166 code
	 * @param city id of a city
	 * @param category category code, e.g. POLICIES
	 * @param sector e.g. BUILDINGS
	 * @param year adoption, publication, news or start year
	 * @param language items that can be read in this language (en, zh, ja, ko, ru, mn)
	 * @param sort date, year or updated; ',asc' or ',desc'
	 */
	record Query(@Nullable Integer page, @Nullable Integer size, @Nullable String country, @Nullable UUID city,
			@Nullable String category, org.lccp.shared.domain.@Nullable Sector sector, @Nullable Integer year,
			@Nullable String language, @Nullable String sort) {

		Query {
			page = (page == null) ? 0 : page;
			size = (size == null) ? 50 : size;
			sort = (sort == null || sort.isBlank()) ? "date" : sort;
		}

		KnowledgeManagement.Filter filter() {
			return new KnowledgeManagement.Filter(blank(this.country), this.city, blank(this.category), this.sector,
					this.year, blank(this.language));
		}

		private static @Nullable String blank(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	/**
	 * A page as CSV, written as the bulk download writes its tables ({@link ApiCsv#csv}).
	 */
	static String csv(Page<KnowledgeViews.ItemSummary> page) {
		return ApiCsv.csv(CSV_HEADER,
				page.getContent()
					.stream()
					.map((item) -> List.<Object>of(item.id(), item.kind(), nullable(item.title()),
							nullable(item.summary()), nullable(item.language()), nullable(item.originalLanguage()),
							nullable(item.year()), nullable(item.date()), String.join(" ", item.countries()),
							String.join("; ", item.cities()), nullable(item.path())))
					.toList());
	}

	private static Object nullable(@Nullable Object value) {
		return value == null ? "" : value;
	}

}
