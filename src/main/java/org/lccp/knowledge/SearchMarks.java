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
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
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

	private final Highlighter titles;

	private final Highlighter texts;

	private final Highlighter phraseTitles;

	private final Highlighter phraseTexts;

	/**
	 * Queries as read, by the words typed: reading one runs every language's analyzer
	 * over it (a twentieth of the demo search page's time, twice per search before). A
	 * read query is immutable and the analyzers never change while the platform runs.
	 */
	private final com.github.benmanes.caffeine.cache.Cache<String, Query> parsed = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(2_000)
		.build();

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
		var indexAnalyzer = new KeptTokens(new PerFieldAnalyzerWrapper(plain, indexing));
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
	private static Highlighter highlighter(Analyzer analyzer, java.util.function.Supplier<BreakIterator> passages,
			boolean phrases) {
		return new Highlighter(UnifiedHighlighter.builder(null, analyzer)
			.withBreakIterator(passages)
			.withFormatter(new Marker())
			.withScorer(new Scorer())
			.withMaxNoHighlightPassages(0)
			.withWeightMatches(phrases)
			.withPassageRelevancyOverSpeed(phrases)
			.withHighlightPhrasesStrictly(true)
			.withHandleMultiTermQuery(true));
	}

	/**
	 * Lucene's highlighter, with the set-up for one field and query (the query's terms
	 * for the field, their matchers, the phrase helper) exposed so that it is made once
	 * for every text of a page and not once per text (a third of the marking's time on
	 * the demo search page).
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		Highlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		FieldHighlighter forField(String field, Query query, Set<Term> terms, int passages) {
			return getFieldHighlighter(field, query, terms, passages);
		}

		static Set<Term> termsOf(Query query) {
			return extractTerms(query);
		}

	}

	/**
	 * The query as the index reads it: every word must occur (in any language's title or
	 * text, or among the CJK bigrams), with the operators the search box accepts.
	 */
	Query parse(String query) {
		return this.parsed.get(query, this::read);
	}

	private Query read(String query) {
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
		return marking(query).title(language, title);
	}

	/** Up to {@link #SENTENCES} sentences of a text with matched words marked (HTML). */
	List<String> text(Query query, String field, @Nullable String text) {
		return marking(query).text(field, text);
	}

	/** The marks of one query, for the texts of one page in one thread. */
	Marking marking(Query query) {
		return new Marking(query);
	}

	/**
	 * Marks one query's words in many texts, each field's highlighter set up once. Not
	 * for several threads: a phrase's highlighter reuses one in-memory index for each
	 * text.
	 */
	final class Marking {

		private final Query query;

		private final Set<Term> terms;

		private final boolean phrase;

		private final Map<String, FieldHighlighter> titleFields = new HashMap<>();

		private final Map<String, FieldHighlighter> textFields = new HashMap<>();

		private Marking(Query query) {
			this.query = query;
			this.terms = Highlighter.termsOf(query);
			this.phrase = hasPhrase(query);
		}

		/** The title with its matched words marked (HTML), or null when none matched. */
		@Nullable String title(Language language, @Nullable String title) {
			var field = SearchDocument.title(language);
			var highlighter = this.titleFields.computeIfAbsent(field,
					(f) -> (this.phrase ? SearchMarks.this.phraseTitles : SearchMarks.this.titles).forField(f,
							this.query, this.terms, 1));
			var marked = mark(highlighter, title);
			return marked.isEmpty() ? null : marked.get(0);
		}

		/**
		 * Up to {@link #SENTENCES} sentences of a text with matched words marked (HTML).
		 */
		List<String> text(String field, @Nullable String text) {
			var highlighter = this.textFields.computeIfAbsent(field,
					(f) -> (this.phrase ? SearchMarks.this.phraseTexts : SearchMarks.this.texts).forField(f, this.query,
							this.terms, SENTENCES));
			return mark(highlighter, text);
		}

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
	private static List<String> mark(FieldHighlighter highlighter, @Nullable String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		try {
			// as UnifiedHighlighter.highlightWithoutSearcher does, with its set-up kept
			var marked = (List<String>) highlighter.highlightFieldForDoc(null, -1, text);
			return (marked == null) ? List.of() : marked;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lucene's passage score (BM25 of the passage's distinct matched terms), with the
	 * distinct terms found by comparing the few matches of a passage with each other:
	 * Lucene's own scorer sets up a hash table with a 32 KB block for every passage of
	 * every text, an eighth of the marking's time on the demo search page.
	 */
	static final class Scorer extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			var matches = passage.getNumMatches();
			var terms = passage.getMatchTerms();
			var inDoc = passage.getMatchTermFreqsInDoc();
			// per distinct term, in the order first matched: where, and how often
			var first = new int[matches];
			var inPassage = new int[matches];
			var distinct = 0;
			for (var i = 0; i < matches; i++) {
				var known = -1;
				for (var d = 0; d < distinct && known < 0; d++) {
					if (terms[first[d]].bytesEquals(terms[i])) {
						known = d;
					}
				}
				if (known < 0) {
					first[distinct] = i;
					known = distinct++;
				}
				inPassage[known]++;
			}
			var score = 0f;
			for (var d = 0; d < distinct; d++) {
				score += tf(inPassage[d], passage.getLength()) * weight(contentLength, inDoc[first[d]]);
			}
			return score * norm(passage.getStartOffset());
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
