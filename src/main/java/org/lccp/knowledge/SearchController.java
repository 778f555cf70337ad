package org.lccp.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.lccp.cities.CityDirectory;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one search box, its facets, and the lists of each kind (which are searches with the
 * kind chosen and the newest first). Without JavaScript the search is a plain form; with
 * it, suggestions appear as the reader types.
 */
@Controller
class SearchController {

	private final KnowledgeSearch search;

	private final KnowledgeManagement knowledge;

	private final MessageSource messages;

	private final CityDirectory cities;

	private final ObjectProvider<ITemplateEngine> templates;

	/**
	 * The facets' HTML ({@code knowledge/search :: facets}) by everything it is made of
	 * ({@link FacetList}: counts, chosen values, names, language), so nothing shown can
	 * be out of date. A query's facets repeat until the index changes (their counts are
	 * kept as long, see {@link SearchCounts}), and building and rendering some seventy
	 * facet labels and links was about a third of a search page's template work and a
	 * tenth of a page with twenty hits (BENCHMARKS.md, issue 17). Bounded by the
	 * characters kept (~16 MB).
	 */
	private final Cache<FacetList, String> facetLists = Caffeine.newBuilder()
		.maximumWeight(8_000_000)
		.<FacetList, String>weigher((list, html) -> html.length())
		.build();

	SearchController(KnowledgeSearch search, KnowledgeManagement knowledge, MessageSource messages,
			CityDirectory cities, ObjectProvider<ITemplateEngine> templates) {
		this.cities = cities;
		this.templates = templates;
		this.search = search;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model, Locale locale) {
		return results(q, params, sort, page, null, response, model, locale);
	}

	@GetMapping({ "/case-studies", "/publications", "/news", "/networks", "/policies", "/tools" })
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(defaultValue = "date") String sort, @RequestParam(defaultValue = "0") int page,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		var kind = ContentKind.fromPath(request.getRequestURI().substring(1)).orElseThrow();
		return results(q, params, sort, page, kind, response, model, locale);
	}

	/** A fragment for htmx, so a view of its own rather than a page. */
	@GetMapping("/search/suggest")
	org.springframework.web.servlet.ModelAndView suggest(@RequestParam(required = false) @Nullable String q,
			Locale locale) {
		return new org.springframework.web.servlet.ModelAndView("knowledge/search :: suggestions", "suggestions",
				this.search.suggest((q == null) ? "" : q, locale));
	}

	private String results(@Nullable String q, MultiValueMap<String, String> params, String sort, int page,
			@Nullable ContentKind kind, HttpServletResponse response, Model model, Locale locale) {
		var filters = new LinkedHashMap<String, List<String>>();
		for (var facet : SearchDocument.FACETS) {
			var values = params.getOrDefault(facet, List.of()).stream().filter((v) -> !v.isBlank()).toList();
			filters.put(facet, new ArrayList<>(values));
		}
		if (kind != null) {
			filters.put(SearchDocument.KIND, List.of(kind.name()));
		}
		var byDate = "date".equals(sort);
		var results = this.search.search(
				new KnowledgeSearch.SearchRequest((q == null) ? "" : q, filters, byDate, Math.max(0, page)), locale);
		if (results.busy()) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		}
		var base = (kind == null) ? "/search" : "/" + kind.path();
		model.addAttribute("results", results);
		model.addAttribute("q", results.query());
		model.addAttribute("sort", byDate ? "date" : "relevance");
		model.addAttribute("kind", kind);
		model.addAttribute("base", base);
		var shownCities = new java.util.HashSet<String>(filters.get(SearchDocument.CITY));
		shownCities.addAll(results.facets().getOrDefault(SearchDocument.CITY, Map.of()).keySet());
		results.hits().forEach((hit) -> shownCities.addAll(hit.cities()));
		var cityNames = this.cities.namesOf(shownCities, locale);
		model.addAttribute("cityNames", cityNames);
		var countryNames = new java.util.HashMap<String, String>();
		results.hits()
			.forEach((hit) -> hit.countries()
				.forEach((c) -> countryNames.computeIfAbsent(c, (code) -> Countries.name(code, locale))));
		model.addAttribute("countryNames", countryNames);
		var categories = this.knowledge.categories(locale);
		var facetList = new FacetList(locale, results.facets(), filters, kind, base, results.query(), sort, cityNames,
				categories);
		model.addAttribute("facetsHtml", this.facetLists.get(facetList, (list) -> this.templates.getObject()
			.process("knowledge/search", Set.of("facets"), new Context(locale,
					Map.of("facets", facets(results, filters, kind, base, sort, locale, cityNames, categories))))));
		model.addAttribute("chosen", chosen(filters, kind, base, results.query(), sort, locale, cityNames));
		model.addAttribute("pageLinks", pages(results, filters, base, sort));
		model.addAttribute("byRelevanceUrl", url(base, results.query(), "relevance", filters, 0));
		model.addAttribute("byDateUrl", url(base, results.query(), "date", filters, 0));
		return "knowledge/search";
	}

	private List<Facet> facets(KnowledgeSearch.SearchResults results, Map<String, List<String>> filters,
			@Nullable ContentKind kind, String base, String sort, Locale locale, Map<String, String> cityNames,
			List<KnowledgeViews.Label> categories) {
		var facets = new ArrayList<Facet>();
		results.facets().forEach((facet, counts) -> {
			if (facet.equals(SearchDocument.KIND) && kind != null) {
				return;
			}
			var options = new ArrayList<FacetOption>();
			counts.forEach((value, count) -> {
				var selected = filters.get(facet).contains(value);
				options.add(new FacetOption(value, label(facet, value, categories, locale, cityNames), count, selected,
						url(base, results.query(), sort, toggle(filters, facet, value), 0)));
			});
			if (!options.isEmpty()) {
				facets.add(new Facet(facet, "knowledge.facet." + facet, options));
			}
		});
		return facets;
	}

	/**
	 * Everything the facets' HTML is made of: the counts, the chosen values and the page
	 * they link to, and the names shown (the texts of messages, countries and languages
	 * change only with a deployment).
	 */
	private record FacetList(Locale locale, Map<String, Map<String, Long>> counts, Map<String, List<String>> chosen,
			@Nullable ContentKind kind, String base, String query, String sort, Map<String, String> cityNames,
			List<KnowledgeViews.Label> categories) {
	}

	private List<FacetOption> chosen(Map<String, List<String>> filters, @Nullable ContentKind kind, String base,
			String query, String sort, Locale locale, Map<String, String> cityNames) {
		var categories = this.knowledge.categories(locale);
		var chosen = new ArrayList<FacetOption>();
		filters.forEach((facet, values) -> {
			if (facet.equals(SearchDocument.KIND) && kind != null) {
				return;
			}
			for (var value : values) {
				chosen.add(new FacetOption(value, label(facet, value, categories, locale, cityNames), 0, true,
						url(base, query, sort, toggle(filters, facet, value), 0)));
			}
		});
		return chosen;
	}

	private List<PageLink> pages(KnowledgeSearch.SearchResults results, Map<String, List<String>> filters, String base,
			String sort) {
		var links = new ArrayList<PageLink>();
		var from = Math.max(0, results.page() - 4);
		var to = Math.min(results.pages(), from + 9);
		for (var p = from; p < to; p++) {
			links.add(new PageLink(p + 1, url(base, results.query(), sort, filters, p), p == results.page()));
		}
		return links;
	}

	private String label(String facet, String value, List<KnowledgeViews.Label> categories, Locale locale,
			Map<String, String> cityNames) {
		return switch (facet) {
			case SearchDocument.KIND -> message("knowledge.kind." + value, locale);
			case SearchDocument.SECTOR -> message("Sector." + value, locale);
			case SearchDocument.COUNTRY -> Countries.name(value, locale);
			case SearchDocument.LANGUAGE -> Language.fromCode(value).map(Language::nativeName).orElse(value);
			case SearchDocument.CITY -> cityNames.getOrDefault(value, value);
			case SearchDocument.CATEGORY -> categories.stream()
				.filter((c) -> c.code().equals(value))
				.map(KnowledgeViews.Label::name)
				.findFirst()
				.orElse(value);
			default -> value;
		};
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static Map<String, List<String>> toggle(Map<String, List<String>> filters, String facet, String value) {
		var copy = new LinkedHashMap<String, List<String>>();
		filters.forEach((f, values) -> copy.put(f, new ArrayList<>(values)));
		var values = copy.get(facet);
		if (!values.remove(value)) {
			values.add(value);
		}
		return copy;
	}

	private static String url(String base, String query, String sort, Map<String, List<String>> filters, int page) {
		var params = new LinkedMultiValueMap<String, String>();
		if (!query.isEmpty()) {
			params.add("q", query);
		}
		filters.forEach((facet, values) -> {
			if (!(facet.equals(SearchDocument.KIND) && !base.equals("/search"))) {
				values.forEach((v) -> params.add(facet, v));
			}
		});
		params.add("sort", sort);
		if (page > 0) {
			params.add("page", Integer.toString(page));
		}
		return UriComponentsBuilder.fromPath(base).queryParams(params).encode().build().toUriString();
	}

	/**
	 * A facet of the results with its values. The page's values are public so that its
	 * expressions are compiled (see {@link KnowledgeSearch.Hit}).
	 */
	public record Facet(String name, String labelKey, List<FacetOption> options) {
	}

	/**
	 * A value of a facet with its count; {@code url} shows the results with the value
	 * chosen, or no longer chosen if it was.
	 */
	public record FacetOption(String value, String label, long count, boolean selected, String url) {
	}

	public record PageLink(int number, String url, boolean current) {
	}

}
