package org.lccp.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilterFactory;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * One analyzer per platform language, plus a CJK bigram analyzer and one for suggestions.
 * The language analyzers find words and their inflections; the bigram field finds a
 * Chinese, Japanese or Korean word inside unsegmented text where a dictionary segmenter
 * kept a longer word whole (smartcn keeps 排放量 as one word, so 排放 alone would miss).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

	public static final String SUGGEST = "lccp_suggest";

	public static final String SUGGEST_QUERY = "lccp_suggest_query";

	public static final String CJK = "lccp_cjk";

	/**
	 * Queries against the bigram field: pairs only (a lone character stays a unigram).
	 * The index keeps unigrams too, for one-character queries; read with them, a word of
	 * n characters became a disjunction of every way to split it into pairs and single
	 * characters (eight for エネルギー), slow to score and marking every single character of
	 * the word wherever it stood.
	 */
	public static final String CJK_QUERY = "lccp_cjk_query";

	/** Words as written, lower-cased: stemming would defeat matching near misses. */
	public static final String PLAIN = "lccp_plain";

	/**
	 * Mongolian is indexed as prefixes, so a stem typed by the reader finds its
	 * inflections.
	 */
	public static final String MONGOLIAN_QUERY = "lccp_mn_query";

	/** Russian queries: stems only, looked up among the indexed stem prefixes. */
	public static final String RUSSIAN_QUERY = "lccp_ru_query";

	/**
	 * Changes whenever an analyzer changes what the index holds; an index built with
	 * another version is rebuilt at start-up.
	 */
	public static final int VERSION = 5;

	/** The analyzer that reads queries against a language's fields. */
	public static String queryFor(String language) {
		return switch (language) {
			case "mn" -> MONGOLIAN_QUERY;
			case "ru" -> RUSSIAN_QUERY;
			default -> forLanguage(language);
		};
	}

	public static String forLanguage(String language) {
		return "lccp_" + language;
	}

	private static final Map<String, Analyzer> ANALYZERS = define();

	private static Map<String, Analyzer> define() {
		var context = new Definitions();
		context.analyzer(forLanguage("en"))
			.tokenizer(StandardTokenizerFactory.class)
			.filter(EnglishPossessiveFilterFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(StopFilterFactory.class)
			.filter(ASCIIFoldingFilterFactory.class)
			.filter(PorterStemFilterFactory.class);
		// Russian: stems, and in the index also the prefixes of each stem from four
		// letters
		// on, so that a word finds the compounds it begins (энергия finds
		// энергосбережение and энергоэффективность). Ё is written as Е by many.
		context.analyzer(forLanguage("ru"))
			.tokenizer(StandardTokenizerFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(PatternReplaceFilterFactory.class)
			.param("pattern", "ё")
			.param("replacement", "е")
			.filter(SnowballPorterFilterFactory.class)
			.param("language", "Russian")
			.filter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "4")
			.param("maxGramSize", "30")
			.param("preserveOriginal", "true");
		context.analyzer(RUSSIAN_QUERY)
			.tokenizer(StandardTokenizerFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(PatternReplaceFilterFactory.class)
			.param("pattern", "ё")
			.param("replacement", "е")
			.filter(SnowballPorterFilterFactory.class)
			.param("language", "Russian");
		// Mongolian (Cyrillic) has no stemmer in Lucene; its words take suffixes, so the
		// index keeps the prefixes of each word from three letters on and the query side
		// looks the reader's word up as it is.
		context.analyzer(forLanguage("mn"))
			.tokenizer(StandardTokenizerFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "3")
			.param("maxGramSize", "20")
			.param("preserveOriginal", "true");
		context.analyzer(MONGOLIAN_QUERY)
			.tokenizer(StandardTokenizerFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(MongolianStemFilterFactory.class);
		context.analyzer(forLanguage("zh"))
			.tokenizer(HMMChineseTokenizerFactory.class)
			.filter(CJKWidthFilterFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(PorterStemFilterFactory.class);
		context.analyzer(forLanguage("ja"))
			.tokenizer(JapaneseTokenizerFactory.class)
			.param("mode", "search")
			.filter(JapaneseBaseFormFilterFactory.class)
			.filter(JapanesePartOfSpeechStopFilterFactory.class)
			.filter(CJKWidthFilterFactory.class)
			.filter(JapaneseKatakanaStemFilterFactory.class)
			.filter(LowerCaseFilterFactory.class);
		context.analyzer(forLanguage("ko"))
			.tokenizer(KoreanTokenizerFactory.class)
			.param("decompoundMode", "mixed")
			.filter(KoreanPartOfSpeechStopFilterFactory.class)
			.filter(LowerCaseFilterFactory.class);
		context.analyzer(CJK)
			.tokenizer(StandardTokenizerFactory.class)
			.filter(CJKWidthFilterFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(CJKBigramFilterFactory.class)
			.param("outputUnigrams", "true");
		context.analyzer(CJK_QUERY)
			.tokenizer(StandardTokenizerFactory.class)
			.filter(CJKWidthFilterFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(CJKBigramFilterFactory.class)
			.param("outputUnigrams", "false");
		context.analyzer(PLAIN)
			.tokenizer(StandardTokenizerFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(ASCIIFoldingFilterFactory.class);
		context.analyzer(SUGGEST)
			.tokenizer(StandardTokenizerFactory.class)
			.filter(CJKWidthFilterFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(ASCIIFoldingFilterFactory.class)
			.filter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(SUGGEST_QUERY)
			.tokenizer(StandardTokenizerFactory.class)
			.filter(CJKWidthFilterFactory.class)
			.filter(LowerCaseFilterFactory.class)
			.filter(ASCIIFoldingFilterFactory.class);
		return context.build();
	}

	/**
	 * The analyzers by name, each built once: the search engine indexes and queries with
	 * these very instances, and the search marks matched words with them too.
	 */
	public static Analyzer analyzer(String name) {
		var analyzer = ANALYZERS.get(name);
		if (analyzer == null) {
			throw new IllegalArgumentException("No analyzer " + name);
		}
		return analyzer;
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		ANALYZERS.forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
	}

	/** Analyzer definitions in the order written, built with Lucene's own builder. */
	private static final class Definitions {

		private final Map<String, Chain> chains = new LinkedHashMap<>();

		Chain analyzer(String name) {
			var chain = new Chain();
			this.chains.put(name, chain);
			return chain;
		}

		Map<String, Analyzer> build() {
			var built = new LinkedHashMap<String, Analyzer>();
			this.chains.forEach((name, chain) -> built.put(name, chain.build()));
			return Map.copyOf(built);
		}

	}

	/** One analyzer: a tokenizer, then filters, each with its parameters. */
	private static final class Chain {

		private final List<Map.Entry<Class<?>, Map<String, String>>> steps = new ArrayList<>();

		Chain tokenizer(Class<? extends TokenizerFactory> factory) {
			this.steps.add(Map.entry(factory, new LinkedHashMap<>()));
			return this;
		}

		Chain filter(Class<? extends TokenFilterFactory> factory) {
			this.steps.add(Map.entry(factory, new LinkedHashMap<>()));
			return this;
		}

		Chain param(String name, String value) {
			this.steps.get(this.steps.size() - 1).getValue().put(name, value);
			return this;
		}

		@SuppressWarnings("unchecked")
		Analyzer build() {
			try {
				var builder = CustomAnalyzer.builder();
				for (var step : this.steps) {
					var params = new HashMap<>(step.getValue());
					if (TokenizerFactory.class.isAssignableFrom(step.getKey())) {
						builder.withTokenizer((Class<? extends TokenizerFactory>) step.getKey(), params);
					}
					else {
						builder.addTokenFilter((Class<? extends TokenFilterFactory>) step.getKey(), params);
					}
				}
				return builder.build();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
