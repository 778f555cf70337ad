package org.lccp.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counts come from one field of {@code facet:value} terms and are split back
 * into the seven facets the search page shows.
 */
class SearchFacetsTest {

	@Test
	void countsAreSplitByFacetMostFrequentFirstAndYearsNewestFirst() {
		var counted = new LinkedHashMap<Object, Long>();
		counted.put("country:KR", 3L);
		counted.put("country:CN", 7L);
		counted.put("country:JP", 3L);
		counted.put("year:2009", 9L);
		counted.put("year:2021", 1L);
		counted.put("city:Ulaanbaatar: Khan-Uul", 2L);
		counted.put("unknown:x", 5L);

		var facets = KnowledgeSearch.facets(counted);

		assertThat(facets).containsOnlyKeys(SearchDocument.FACETS);
		assertThat(facets.get(SearchDocument.COUNTRY)).containsExactly(Map.entry("CN", 7L), Map.entry("JP", 3L),
				Map.entry("KR", 3L));
		assertThat(facets.get(SearchDocument.YEAR)).containsExactly(Map.entry("2021", 1L), Map.entry("2009", 9L));
		assertThat(facets.get(SearchDocument.CITY)).containsExactly(Map.entry("Ulaanbaatar: Khan-Uul", 2L));
		assertThat(facets.get(SearchDocument.KIND)).isEmpty();
	}

	@Test
	void eachFacetShowsAtMostThirtyValues() {
		var counted = new LinkedHashMap<Object, Long>();
		for (var i = 0; i < 50; i++) {
			counted.put("city:City " + i, (long) i);
		}

		var cities = KnowledgeSearch.facets(counted).get(SearchDocument.CITY);

		assertThat(cities).hasSize(KnowledgeSearch.SHOWN_PER_FACET).containsKey("City 49").doesNotContainKey("City 0");
	}

}
