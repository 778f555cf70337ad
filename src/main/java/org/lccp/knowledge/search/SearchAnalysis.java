package org.lccp.knowledge.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
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
	public static final int VERSION = 2;

	/** The analyzer that reads queries against a language's fields. */
	public static String queryFor(String language) {
		return switch (language) {
			case "mn" -> MONGOLIAN_QUERY;
			case "ru" -> RUSSIAN_QUERY;
			default -> forLanguage(language);
		};
	}

	/**
	 * Whether a language's fields keep the offsets of their terms: the highlighter then
	 * marks a word found through one of its indexed prefixes, which it cannot when it
	 * analyses the text again with the query analyzer.
	 */
	public static boolean indexesPrefixes(String language) {
		return language.equals("mn") || language.equals("ru");
	}

	public static String forLanguage(String language) {
		return "lccp_" + language;
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(forLanguage("en"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		// Russian: stems, and in the index also the prefixes of each stem from four
		// letters
		// on, so that a word finds the compounds it begins (энергия finds
		// энергосбережение and энергоэффективность). Ё is written as Е by many.
		context.analyzer(forLanguage("ru"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PatternReplaceFilterFactory.class)
			.param("pattern", "ё")
			.param("replacement", "е")
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Russian")
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "4")
			.param("maxGramSize", "30")
			.param("preserveOriginal", "true");
		context.analyzer(RUSSIAN_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PatternReplaceFilterFactory.class)
			.param("pattern", "ё")
			.param("replacement", "е")
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Russian");
		// Mongolian (Cyrillic) has no stemmer in Lucene; its words take suffixes, so the
		// index keeps the prefixes of each word from three letters on and the query side
		// looks the reader's word up as it is.
		context.analyzer(forLanguage("mn"))
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "3")
			.param("maxGramSize", "20")
			.param("preserveOriginal", "true");
		context.analyzer(MONGOLIAN_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(MongolianStemFilterFactory.class);
		context.analyzer(forLanguage("zh"))
			.custom()
			.tokenizer(HMMChineseTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(forLanguage("ja"))
			.custom()
			.tokenizer(JapaneseTokenizerFactory.class)
			.param("mode", "search")
			.tokenFilter(JapaneseBaseFormFilterFactory.class)
			.tokenFilter(JapanesePartOfSpeechStopFilterFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(JapaneseKatakanaStemFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.analyzer(forLanguage("ko"))
			.custom()
			.tokenizer(KoreanTokenizerFactory.class)
			.param("decompoundMode", "mixed")
			.tokenFilter(KoreanPartOfSpeechStopFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.analyzer(CJK)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class)
			.param("outputUnigrams", "true");
		context.analyzer(PLAIN)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(SUGGEST)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(SUGGEST_QUERY)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
