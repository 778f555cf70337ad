package org.lccp.knowledge.search;

import java.util.Set;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link SearchAnalysis}, under the same names, for an OpenSearch or
 * Elasticsearch cluster. Everything here ships with OpenSearch's built-in analysis; the
 * dictionary segmenters for Chinese (smartcn), Japanese (kuromoji) and Korean (nori) are
 * plugins, used only where the operator says they are installed
 * ({@code lccp.search.elasticsearch.plugins}). Without one, that language's fields are
 * analysed as CJK bigrams: a word is still found inside unsegmented text (the bigram
 * field is queried anyway), but Japanese inflections (base forms) and Korean compound
 * parts are no longer matched, and Chinese words are matched by their characters' pairs
 * rather than as dictionary words, so rankings differ.
 */
public class ElasticsearchSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	public static final String SMARTCN = "smartcn";

	public static final String KUROMOJI = "kuromoji";

	public static final String NORI = "nori";

	private static final String VOWELS = "аэоөуүияеёюый";

	private static final String SHORT_VOWELS = "аэоөуүи";

	private final Set<String> plugins;

	public ElasticsearchSearchAnalysis(Set<String> plugins) {
		this.plugins = Set.copyOf(plugins);
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("lccp_possessive").type("stemmer").param("language", "possessive_english");
		context.analyzer(SearchAnalysis.forLanguage("en"))
			.custom()
			.tokenizer("standard")
			.tokenFilters("lccp_possessive", "lowercase", "stop", "asciifolding", "porter_stem");

		context.tokenFilter("lccp_yo").type("pattern_replace").param("pattern", "ё").param("replacement", "е");
		context.tokenFilter("lccp_ru_stem").type("snowball").param("language", "Russian");
		context.tokenFilter("lccp_ru_prefixes")
			.type("edge_ngram")
			.param("min_gram", 4)
			.param("max_gram", 30)
			.param("preserve_original", true);
		context.analyzer(SearchAnalysis.forLanguage("ru"))
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "lccp_yo", "lccp_ru_stem", "lccp_ru_prefixes");
		context.analyzer(SearchAnalysis.RUSSIAN_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "lccp_yo", "lccp_ru_stem");

		context.tokenFilter("lccp_mn_prefixes")
			.type("edge_ngram")
			.param("min_gram", 3)
			.param("max_gram", 20)
			.param("preserve_original", true);
		context.analyzer(SearchAnalysis.forLanguage("mn"))
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "lccp_mn_prefixes");
		// MongolianStemFilterFactory's two rules as regular expressions, each adding its
		// stem beside the word (the multiplexer keeps the original): a final short vowel
		// after a consonant falls (хөрөнгө → хөрөнг); the short vowel between the last
		// two
		// consonants falls when a vowel comes earlier (тээвэр → тээвр).
		var cyrillicWord = "(?=\\p{IsCyrillic}{4,}$)";
		context.tokenFilter("lccp_mn_final_vowel")
			.type("pattern_replace")
			.param("pattern", "^" + cyrillicWord + "(.*[^" + VOWELS + "])[" + SHORT_VOWELS + "]$")
			.param("replacement", "$1");
		context.tokenFilter("lccp_mn_fleeting_vowel")
			.type("pattern_replace")
			.param("pattern",
					"^" + cyrillicWord + "(.*[" + VOWELS + "].*[^" + VOWELS + "])[" + SHORT_VOWELS + "]([^" + VOWELS
							+ "])$")
			.param("replacement", "$1$2");
		context.tokenFilter("lccp_mn_stems")
			.type("multiplexer")
			.param("filters", "lccp_mn_final_vowel", "lccp_mn_fleeting_vowel")
			.param("preserve_original", true);
		context.analyzer(SearchAnalysis.MONGOLIAN_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "lccp_mn_stems");

		context.tokenFilter("lccp_cjk_bigram").type("cjk_bigram").param("output_unigrams", true);
		context.analyzer(SearchAnalysis.CJK)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "lccp_cjk_bigram");
		context.tokenFilter("lccp_cjk_pairs").type("cjk_bigram").param("output_unigrams", false);
		context.analyzer(SearchAnalysis.CJK_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "lccp_cjk_pairs");

		if (this.plugins.contains(SMARTCN)) {
			context.analyzer(SearchAnalysis.forLanguage("zh"))
				.custom()
				.tokenizer("smartcn_tokenizer")
				.tokenFilters("cjk_width", "lowercase", "porter_stem");
		}
		else {
			bigrams(context, "zh");
		}
		if (this.plugins.contains(KUROMOJI)) {
			context.tokenizer("lccp_kuromoji").type("kuromoji_tokenizer").param("mode", "search");
			context.analyzer(SearchAnalysis.forLanguage("ja"))
				.custom()
				.tokenizer("lccp_kuromoji")
				.tokenFilters("kuromoji_baseform", "kuromoji_part_of_speech", "cjk_width", "kuromoji_stemmer",
						"lowercase");
		}
		else {
			bigrams(context, "ja");
		}
		if (this.plugins.contains(NORI)) {
			context.tokenizer("lccp_nori").type("nori_tokenizer").param("decompound_mode", "mixed");
			context.analyzer(SearchAnalysis.forLanguage("ko"))
				.custom()
				.tokenizer("lccp_nori")
				.tokenFilters("nori_part_of_speech", "lowercase");
		}
		else {
			bigrams(context, "ko");
		}

		context.analyzer(SearchAnalysis.PLAIN).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.tokenFilter("lccp_suggest_prefixes").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
		context.analyzer(SearchAnalysis.SUGGEST)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "asciifolding", "lccp_suggest_prefixes");
		context.analyzer(SearchAnalysis.SUGGEST_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "asciifolding");
	}

	private static void bigrams(ElasticsearchAnalysisConfigurationContext context, String language) {
		context.analyzer(SearchAnalysis.forLanguage(language))
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "lccp_cjk_bigram");
	}

}
