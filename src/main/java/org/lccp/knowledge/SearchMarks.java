package org.lccp.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jspecify.annotations.Nullable;

import org.lccp.knowledge.search.SearchAnalysis;
import org.lccp.shared.i18n.Language;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words a query matched in the titles and texts of the hits on one page, with
 * Lucene's unified highlighter run over text the search already returned. Each field is
 * read with the analyzer that indexed it and the query with the one that searches it, so
 * a Russian stem or a Mongolian word typed by the reader marks the inflected word in the
 * text.
 * <p>
 * Why not the search engine's own highlighting: there every highlighted field of every
 * hit is read again from the index and analysed into a small in-memory index to find
 * exact match positions — half of a search's time at 100,000 items (BENCHMARKS.md). Here
 * the text comes with the hit, and a query of plain words needs only one pass of the
 * field's analyzer over it. A quoted phrase is still marked only where it occurs as a
 * phrase.
 */
final class SearchMarks {

	/** A marked text of at most this many sentences. */
	static final int SENTENCES = 2;

	private static final int SIMPLE_FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR;

	private final Analyzer queryAnalyzer;

	private final UnifiedHighlighter titles;

	private final UnifiedHighlighter texts;

	private final UnifiedHighlighter phraseTitles;

	private final UnifiedHighlighter phraseTexts;

	SearchMarks() {
		var indexing = new HashMap<String, Analyzer>();
		var querying = new HashMap<String, Analyzer>();
		for (var language : Language.values()) {
			var index = SearchAnalysis.analyzer(SearchAnalysis.forLanguage(language.code()));
			var query = SearchAnalysis.analyzer(SearchAnalysis.queryFor(language.code()));
			for (var field : List.of(SearchDocument.title(language), SearchDocument.text(language))) {
				indexing.put(field, index);
				querying.put(field, query);
			}
		}
		indexing.put(SearchDocument.CJK, SearchAnalysis.analyzer(SearchAnalysis.CJK));
		querying.put(SearchDocument.CJK, SearchAnalysis.analyzer(SearchAnalysis.CJK_QUERY));
		var plain = SearchAnalysis.analyzer(SearchAnalysis.PLAIN);
		this.queryAnalyzer = new PerFieldAnalyzerWrapper(plain, querying);
		var indexAnalyzer = new PerFieldAnalyzerWrapper(plain, indexing);
		java.util.function.Supplier<BreakIterator> sentences = () -> BreakIterator.getSentenceInstance(Locale.ROOT);
		this.titles = highlighter(indexAnalyzer, WholeBreakIterator::new, false);
		this.texts = highlighter(indexAnalyzer, sentences, false);
		this.phraseTitles = highlighter(indexAnalyzer, WholeBreakIterator::new, true);
		this.phraseTexts = highlighter(indexAnalyzer, sentences, true);
	}

	/**
	 * Plain words are found by one pass of the analyzer over the text. Exact match
	 * positions, and a phrase marked as one, need an in-memory index of each text:
	 * Lucene's defaults build it for every text (a third of a search's time in
	 * bench/knowledge), so only queries with a phrase get them. The flags must be
	 * switched off one by one: those given to the builder are added to the defaults.
	 */
	private static UnifiedHighlighter highlighter(Analyzer analyzer,
			java.util.function.Supplier<BreakIterator> passages, boolean phrases) {
		return UnifiedHighlighter.builder(null, analyzer)
			.withBreakIterator(passages)
			.withFormatter(new Marker())
			.withMaxNoHighlightPassages(0)
			.withWeightMatches(phrases)
			.withPassageRelevancyOverSpeed(phrases)
			.withHighlightPhrasesStrictly(true)
			.withHandleMultiTermQuery(true)
			.build();
	}

	/**
	 * The query as the index reads it: every word must occur (in any language's title or
	 * text, or among the CJK bigrams), with the operators the search box accepts.
	 */
	Query parse(String query) {
		var weights = new HashMap<String, Float>();
		weights.put(SearchDocument.CJK, 1f);
		for (var language : Language.values()) {
			weights.put(SearchDocument.title(language), 3f);
			weights.put(SearchDocument.text(language), 1f);
		}
		var parser = new SimpleQueryParser(this.queryAnalyzer, weights, SIMPLE_FLAGS);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		var parsed = parser.parse(query);
		return (parsed == null) ? new MatchNoDocsQuery() : parsed;
	}

	/** The words of a query each field looks up, lower-cased, by field. */
	Map<String, Set<String>> wordsByField(Query query) {
		var terms = new HashSet<Term>();
		query.visit(QueryVisitor.termCollector(terms));
		var words = new HashMap<String, Set<String>>();
		for (var term : terms) {
			words.computeIfAbsent(term.field(), (f) -> new HashSet<>()).add(term.text().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/**
	 * Whether a text may hold a word the field looks up: the looked-up forms (stems,
	 * prefixes, bigrams) stand in the text as written, so a text without any of them is
	 * not analysed at all. A quick test for the texts of the other languages of a hit,
	 * which mostly cannot match (a Russian word in a Chinese text); a form the analyzer
	 * changes beyond case (a Japanese verb's dictionary form) is missed there, and the
	 * hit then shows its summary.
	 */
	static boolean mayHold(Map<String, Set<String>> words, String field, @Nullable String text) {
		var forms = words.get(field);
		if (forms == null || text == null || text.isEmpty()) {
			return false;
		}
		var lower = text.toLowerCase(Locale.ROOT);
		for (var form : forms) {
			if (lower.contains(form)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a text in the field's own language is worth analysing: always when the
	 * field looks up words of an alphabet (a stem such as "energi" stands in the text as
	 * "energy"), and for Chinese, Japanese and Korean forms only when one of them stands
	 * in the text — a CJK query matches no English, Russian or Mongolian text, and
	 * reading them was a third of the marking's time.
	 */
	static boolean worthReading(Map<String, Set<String>> words, String field, @Nullable String text) {
		var forms = words.get(field);
		if (forms == null || text == null || text.isEmpty()) {
			return false;
		}
		for (var form : forms) {
			if (!CJK_ONLY.matcher(form).matches()) {
				return true;
			}
		}
		return mayHold(words, field, text);
	}

	private static final java.util.regex.Pattern CJK_ONLY = java.util.regex.Pattern
		.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー]+");

	/** The title with its matched words marked (HTML), or null when none matched. */
	@Nullable String title(Query query, Language language, @Nullable String title) {
		var marked = mark(hasPhrase(query) ? this.phraseTitles : this.titles, SearchDocument.title(language), query,
				title, 1);
		return marked.isEmpty() ? null : marked.get(0);
	}

	/** Up to {@link #SENTENCES} sentences of a text with matched words marked (HTML). */
	List<String> text(Query query, String field, @Nullable String text) {
		return mark(hasPhrase(query) ? this.phraseTexts : this.texts, field, query, text, SENTENCES);
	}

	/** Whether a query holds words that must stand together, as a quoted phrase does. */
	static boolean hasPhrase(Query query) {
		var found = new boolean[1];
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				if (terms.length > 1 || leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery) {
					found[0] = true;
				}
			}

			@Override
			public void visitLeaf(Query leaf) {
				if (leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery) {
					found[0] = true;
				}
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return (occur == BooleanClause.Occur.MUST_NOT) ? QueryVisitor.EMPTY_VISITOR : this;
			}

		});
		return found[0];
	}

	@SuppressWarnings("unchecked")
	private static List<String> mark(UnifiedHighlighter highlighter, String field, Query query, @Nullable String text,
			int passages) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		try {
			var marked = (List<String>) highlighter.highlightWithoutSearcher(field, query, text, passages);
			return (marked == null) ? List.of() : marked;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Each passage as escaped HTML with {@code <mark>} around matched words; overlapping
	 * matches (a word found through several of its indexed prefixes) are marked once.
	 */
	private static final class Marker extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			var out = new ArrayList<String>(passages.length);
			for (var passage : passages) {
				var html = new StringBuilder();
				var at = passage.getStartOffset();
				var starts = passage.getMatchStarts();
				var ends = passage.getMatchEnds();
				for (var i = 0; i < passage.getNumMatches(); i++) {
					var start = Math.max(starts[i], at);
					var end = ends[i];
					// matches come in order of their start; extend over those that
					// overlap
					while (i + 1 < passage.getNumMatches() && starts[i + 1] <= end) {
						i++;
						end = Math.max(end, ends[i]);
					}
					end = Math.min(end, passage.getEndOffset());
					if (end <= start) {
						continue;
					}
					html.append(HtmlUtils.htmlEscape(content.substring(at, start)))
						.append("<mark>")
						.append(HtmlUtils.htmlEscape(content.substring(start, end)))
						.append("</mark>");
					at = end;
				}
				html.append(HtmlUtils.htmlEscape(content.substring(at, passage.getEndOffset())));
				out.add(html.toString().strip());
			}
			return out;
		}

	}

}
