package org.lccp.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.search.BoostQuery;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lccp.shared.i18n.Language;
import org.lccp.shared.web.Dates;
import org.lccp.shared.web.Paging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * One search over every published item in every language. A query is matched against each
 * language's own analysis and the CJK bigrams at once, exact matches first, then near
 * misses for Latin and Cyrillic words. Results, snippets and facets come from the index
 * alone, so a search never touches the database.
 */
@Service
class KnowledgeSearch {

	static final int PAGE_SIZE = 20;

	/** Longer queries are cut: nobody types more, and it bounds the work per query. */
	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_TERMS = 16;

	/**
	 * Near misses are looked for only in queries of at most this many words: each fuzzy
	 * word expands to up to 50 index terms (Lucene's default), and the highlighter builds
	 * an automaton for each.
	 */
	static final int MAX_FUZZY_TERMS = 4;

	/**
	 * A search taking longer than this ({@code lccp.search.time-limit}, 2 s) is cut short
	 * and shows what it found so far.
	 */
	private final Duration timeLimit;

	/**
	 * Searches run at the same time; more wait up to {@link #QUEUE_WAIT} for a turn and
	 * are then refused with a message, so that searches cannot starve every other page.
	 */
	static final int AT_ONCE = 4;

	static final Duration QUEUE_WAIT = Duration.ofSeconds(3);

	private static final int MAX_OFFSET = 10_000;

	static final int SHOWN_PER_FACET = 30;

	/**
	 * Facet values counted at most, over all facets: far more than the distinct values of
	 * a result (a few dozen countries, categories, sectors and years, and the cities).
	 */
	private static final int MAX_FACET_VALUES = 20_000;

	private final SearchTurns turns = new SearchTurns(AT_ONCE, QUEUE_WAIT);

	private static final Pattern CJK_TEXT = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

	private static final Logger log = LoggerFactory.getLogger(KnowledgeSearch.class);

	/** The CJK languages in the order their texts sit in the bigram field. */
	private static final List<Language> CJK_IN_INDEX_ORDER = List.of(Language.JA, Language.KO, Language.ZH);

	private final EntityManagerFactory entityManagerFactory;

	/**
	 * OpenSearch refuses an encoder on one field's highlighter (Elasticsearch and Lucene
	 * take it); there the title inherits the query-wide HTML encoder instead.
	 */
	private final SearchMarks marker = new SearchMarks();

	private final SearchCounts counts = new SearchCounts();

	private final StoredHits stored = new StoredHits();

	/**
	 * Near-miss expansions of words, per version of the local index (see
	 * {@link #nearMissesOf}).
	 */
	private final com.github.benmanes.caffeine.cache.Cache<NearMisses, org.apache.lucene.search.Query> nearMisses = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(5_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	/**
	 * Whether the index is Lucene in this node: the words typed are then read into a
	 * query here, with the analyzers the index was built with (Hibernate Search's own
	 * reading sets up every field's analyzer anew for each query — a Korean tokenizer
	 * among them — a sixth of a search's time in bench/knowledge). A search cluster reads
	 * them itself.
	 */
	private final boolean localIndex;

	/**
	 * Whether counts and hits' stored values read under a version of the local index are
	 * kept for the next search ({@code lccp.search.reuse}, on): off, every search costs
	 * what the first search of its words costs, which is what bench/knowledge/run.sh
	 * measures beside the repeated searches.
	 */
	private final boolean reuse;

	KnowledgeSearch(EntityManagerFactory entityManagerFactory,
			@Value("${lccp.search.time-limit:2s}") Duration timeLimit,
			@Value("${lccp.search.backend:lucene}") String backend, @Value("${lccp.search.reuse:true}") boolean reuse) {
		this.entityManagerFactory = entityManagerFactory;
		this.timeLimit = timeLimit;
		this.localIndex = !backend.strip().equalsIgnoreCase("elasticsearch");
		this.reuse = reuse;
	}

	SearchResults search(SearchRequest request, Locale reader) {
		var query = tidy(request.query());
		var typed = (request.query() == null) ? ""
				: org.lccp.shared.web.UserText.clean(request.query()).replaceAll("\\s+", " ").strip();
		var trimmed = query.length() < typed.length();
		try {
			if (!this.turns.take()) {
				log.info("Search refused: {} searches running for {} ms", AT_ONCE, QUEUE_WAIT.toMillis());
				return SearchResults.refused(query, Notice.BUSY);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return SearchResults.refused(query, Notice.BUSY);
		}
		try {
			return run(request, query, trimmed, reader);
		}
		finally {
			this.turns.release();
		}
	}

	private SearchResults run(SearchRequest request, String query, boolean trimmed, Locale reader) {
		var started = System.nanoTime();
		var readerLanguage = Language.of(reader);
		try (var em = this.entityManagerFactory.createEntityManager()) {
			var session = Search.session(em);
			var offset = Paging.clampPage(request.page(), PAGE_SIZE) * PAGE_SIZE;
			offset = Math.min(MAX_OFFSET - PAGE_SIZE, offset);
			var version = (this.localIndex && this.reuse) ? indexVersion(session) : null;
			var countsKey = (version == null) ? null : SearchCounts.key(version, query, request.filters());
			var known = (countsKey == null) ? null : this.counts.get(countsKey);
			SearchResult<List<?>> result;
			long total;
			Map<String, Map<String, Long>> facets;
			boolean cutShort;
			if (known != null) {
				// counted on this version of the index before: only the page is
				// read, from the best-scoring items instead of every match
				result = fetch(session, request, query, known.nearMisses(), Map.of(), offset, false, version);
				total = known.total();
				facets = known.facets();
				cutShort = result.timedOut();
			}
			else {
				var keys = new LinkedHashMap<String, AggregationKey<Map<Object, Long>>>();
				keys.put(SearchDocument.FACET_VALUES, AggregationKey.of(SearchDocument.FACET_VALUES));
				var counted = new LinkedHashMap<>(keys);
				var exact = fetchCounting(session, request, query, false, counted, offset, version);
				// Near misses only when nothing matched as written: with the fuzzy
				// clause the highlighter builds Levenshtein automata for every hit and
				// field (three quarters of a search's time in bench/knowledge).
				var nearMisses = exact.total().hitCountLowerBound() == 0 && allowsNearMisses(query);
				result = nearMisses ? fetchCounting(session, request, query, true, counted, offset, version) : exact;
				var split = new LinkedHashMap<String, Map<String, Long>>();
				for (var key : counted.values()) {
					split.putAll(facets(result.aggregation(key)));
				}
				facets = java.util.Collections.unmodifiableMap(split);
				total = result.total().hitCountLowerBound();
				cutShort = result.timedOut() || counted.size() < keys.size();
				if (countsKey != null && !cutShort) {
					this.counts.put(countsKey, new SearchCounts.Counted(total, facets, nearMisses));
				}
			}
			var found = new ArrayList<Found>();
			for (var row : rows(session, result.hits(), version)) {
				found.add(found(row, readerLanguage));
			}
			var marks = query.isEmpty() ? Map.<UUID, Marks>of() : marks(query, found);
			var hits = new ArrayList<Hit>();
			for (var one : found) {
				hits.add(one.hit(marks.get(one.id()), readerLanguage));
			}
			var notice = cutShort ? Notice.PARTIAL : trimmed ? Notice.TRIMMED : null;
			return new SearchResults(query, total, hits, facets, offset / PAGE_SIZE,
					(int) Math.min((total + PAGE_SIZE - 1) / PAGE_SIZE, MAX_OFFSET / PAGE_SIZE), false,
					(System.nanoTime() - started) / 1_000_000, notice);
		}
		catch (SearchException | org.apache.lucene.search.IndexSearcher.TooManyClauses ex) {
			log.info("Search for a query of {} characters refused: {}", query.length(), ex.getMessage());
			return new SearchResults(query, 0, List.of(), Map.of(), 0, 0, true, 0, null);
		}
	}

	/**
	 * The query with its facet counts, or the query again without counts (the given keys
	 * are then emptied) when Hibernate Search's Lucene backend finds no counts to read
	 * and fails instead: while the index is being rebuilt from empty (reproduced at
	 * 100,000 items, every faceted search during the rebuild) and, seen twice in the test
	 * suite, on a heavily loaded machine. The guard turns that failure into a result
	 * marked as cut short.
	 */
	private SearchResult<List<?>> fetchCounting(SearchSession session, SearchRequest request, String query,
			boolean nearMisses, Map<String, AggregationKey<Map<Object, Long>>> keys, int offset,
			@Nullable List<Object> version) {
		try {
			return fetch(session, request, query, nearMisses, keys, offset, true, version);
		}
		catch (NullPointerException ex) {
			var trace = ex.getStackTrace();
			if (keys.isEmpty() || trace.length == 0
					|| !trace[0].getClassName().startsWith("org.hibernate.search.backend.lucene.types.aggregation.")) {
				throw ex;
			}
			// Reproduced: every search with facets while the index is rebuilt from empty
			// (bench/knowledge, analysis version changed); the trace would fill the log.
			log.info("Search for a query of {} characters returned no facet counts; shown without them: {}",
					query.length(), ex.getMessage());
			log.debug("No facet counts", ex);
			keys.clear();
			return fetch(session, request, query, nearMisses, keys, offset, true, version);
		}
	}

	/**
	 * The version of the local index a search is about to read (see
	 * {@link SearchCounts}); null if it cannot be told, and then nothing is kept.
	 */
	private static @Nullable List<Object> indexVersion(SearchSession session) {
		try (var reader = session.scope(KnowledgeItem.class).extension(LuceneExtension.get()).openIndexReader()) {
			return SearchCounts.version(reader);
		}
		catch (java.io.IOException | SearchException ex) {
			log.debug("Index version not read: {}", ex.getMessage());
			return null;
		}
	}

	/**
	 * Marks the matched words of the shown page's hits, each in the language it is shown
	 * in: the title, and up to two sentences of the text — of the shown language, else of
	 * the Chinese, Japanese and Korean texts as bigrams, else of any language whose text
	 * matched (a hit shown in Japanese because the reader reads Japanese may have matched
	 * in English). Hits found as near misses show only the words they contain as typed.
	 */
	private Map<UUID, Marks> marks(String query, List<Found> found) {
		var parsed = this.marker.parse(query);
		var words = this.marker.wordsByField(parsed);
		var marking = this.marker.marking(parsed);
		var marks = new java.util.HashMap<UUID, Marks>();
		for (var one : found) {
			var shown = one.texts().get(one.language());
			var snippets = SearchMarks.worthReading(words, SearchDocument.text(one.language()), shown)
					? marking.text(SearchDocument.text(one.language()), shown) : List.<String>of();
			for (var language : CJK_IN_INDEX_ORDER) {
				for (var value : new String[] { one.titles().get(language), one.texts().get(language) }) {
					if (snippets.isEmpty() && SearchMarks.mayHold(words, SearchDocument.CJK, value)) {
						snippets = marking.text(SearchDocument.CJK, value);
					}
				}
			}
			for (var language : Language.values()) {
				var text = one.texts().get(language);
				if (snippets.isEmpty() && language != one.language()
						&& SearchMarks.mayHold(words, SearchDocument.text(language), text)) {
					snippets = marking.text(SearchDocument.text(language), text);
				}
			}
			marks.put(one.id(), new Marks(marking.title(one.language(), one.title()), snippets));
		}
		return marks;
	}

	/**
	 * The stored values of the hits, in their order: kept ones from {@link StoredHits},
	 * the others read in one query by their ids. Without a version of the index the hits
	 * already hold their values.
	 */
	private List<List<?>> rows(SearchSession session, List<List<?>> hits, @Nullable List<Object> version) {
		if (version == null) {
			return hits;
		}
		var byId = new java.util.HashMap<UUID, List<?>>();
		var missing = new ArrayList<UUID>();
		for (var hit : hits) {
			var id = (UUID) hit.get(0);
			var row = this.stored.get(id, version);
			if (row == null) {
				missing.add(id);
			}
			else {
				byId.put(id, row);
			}
		}
		if (!missing.isEmpty()) {
			for (var row : session.search(KnowledgeItem.class)
				.select((f) -> f.composite().from(projections(f)).asList())
				.where((f) -> f.id().matchingAny(missing))
				.truncateAfter(this.timeLimit.toNanos(), TimeUnit.NANOSECONDS)
				.fetchHits(missing.size())) {
				var id = (UUID) row.get(0);
				byId.put(id, row);
				this.stored.put(id, version, row);
			}
		}
		var rows = new ArrayList<List<?>>(hits.size());
		for (var hit : hits) {
			var row = byId.get((UUID) hit.get(0));
			// an item removed from the index between the two reads is not shown
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * @param counting whether every match is counted (the total); without it Lucene may
	 * skip items that cannot reach the page
	 * @param version the version of the local index read before; the hits then hold their
	 * ids only, and their values are read by {@link #rows}
	 */
	private SearchResult<List<?>> fetch(SearchSession session, SearchRequest request, String query, boolean nearMisses,
			Map<String, AggregationKey<Map<Object, Long>>> keys, int offset, boolean counting,
			@Nullable List<Object> version) {
		var step = session.search(KnowledgeItem.class)
			.select((f) -> f.composite()
				.from((version == null) ? projections(f)
						: new org.hibernate.search.engine.search.projection.SearchProjection<?>[] {
								f.id(UUID.class).toProjection() })
				.asList())
			// The status and the chosen facet values only filter: scoring them would rank
			// nothing differently and cost a score per matching item.
			.where((f) -> f.bool((b) -> {
				b.filter(f.match().field(SearchDocument.STATUS).matching(ContentStatus.PUBLISHED.name()));
				if (!query.isEmpty()) {
					b.must(text(f, query, nearMisses, session));
				}
				request.filters().forEach((facet, values) -> {
					if (!values.isEmpty() && SearchDocument.FACETS.contains(facet)) {
						if (facet.equals(SearchDocument.YEAR)) {
							var years = values.stream().map(Dates::parseYear).filter((y) -> y != null).toList();
							b.filter(f.terms().field(facet).matchingAny(years.isEmpty() ? List.of(-1) : years));
						}
						else {
							b.filter(f.terms().field(facet).matchingAny(values));
						}
					}
				});
			}));
		for (var entry : keys.entrySet()) {
			step = step.aggregation(entry.getValue(),
					(f) -> f.terms().field(entry.getKey(), Object.class).maxTermCount(MAX_FACET_VALUES));
		}
		if (request.byDate() || query.isEmpty()) {
			step = step.sort((f) -> f.field(SearchDocument.DATE).desc());
		}
		var options = step.truncateAfter(this.timeLimit.toNanos(), TimeUnit.NANOSECONDS);
		if (!counting) {
			options = options.totalHitCountThreshold(offset + PAGE_SIZE);
		}
		return options.fetch(offset, PAGE_SIZE);
	}

	/**
	 * The counts of every facet value in the matching items, split by facet: per facet
	 * the {@value #SHOWN_PER_FACET} values found most often (ties alphabetically), the
	 * years newest first. Every facet is present, empty if no matching item has a value.
	 */
	static Map<String, Map<String, Long>> facets(Map<?, Long> counted) {
		var byFacet = new LinkedHashMap<String, List<Map.Entry<String, Long>>>();
		for (var facet : SearchDocument.FACETS) {
			byFacet.put(facet, new ArrayList<>());
		}
		counted.forEach((term, count) -> {
			var text = String.valueOf(term);
			var colon = text.indexOf(':');
			var values = (colon < 0) ? null : byFacet.get(text.substring(0, colon));
			if (values != null) {
				values.add(Map.entry(text.substring(colon + 1), count));
			}
		});
		var facets = new LinkedHashMap<String, Map<String, Long>>();
		byFacet.forEach((facet, values) -> {
			java.util.Comparator<Map.Entry<String, Long>> order = facet.equals(SearchDocument.YEAR)
					? java.util.Comparator.comparing((Map.Entry<String, Long> e) -> yearOf(e.getKey())).reversed()
					: java.util.Comparator.comparing(Map.Entry<String, Long>::getValue)
						.reversed()
						.thenComparing(Map.Entry::getKey);
			var counts = new LinkedHashMap<String, Long>();
			values.stream().sorted(order).limit(SHOWN_PER_FACET).forEach((e) -> counts.put(e.getKey(), e.getValue()));
			facets.put(facet, counts);
		});
		return facets;
	}

	private static int yearOf(String value) {
		var year = Dates.parseYear(value);
		return (year == null) ? Integer.MIN_VALUE : year;
	}

	private static boolean allowsNearMisses(String query) {
		return !query.isEmpty() && !CJK_TEXT.matcher(query).find() && query.split(" ").length <= MAX_FUZZY_TERMS;
	}

	/** Titles that contain the words typed so far, each word possibly unfinished. */
	List<Suggestion> suggest(String typed, Locale reader) {
		var query = tidy(typed);
		if (query.isEmpty()) {
			return List.of();
		}
		var readerLanguage = Language.of(reader);
		if (!this.turns.takeIfFree()) {
			// suggestions are a convenience: none while searches are queueing
			return List.of();
		}
		try (var em = this.entityManagerFactory.createEntityManager()) {
			var rows = Search.session(em)
				.search(KnowledgeItem.class)
				.select((f) -> f.composite()
					.from(titleProjections(f).stream()
						.map((p) -> p.toProjection())
						.toArray(org.hibernate.search.engine.search.projection.SearchProjection[]::new))
					.asList())
				.where((f, root) -> {
					root.add(f.match().field(SearchDocument.STATUS).matching(ContentStatus.PUBLISHED.name()));
					root.add(f.match().field(SearchDocument.SUGGEST).matching(query).minimumShouldMatchPercent(100));
				})
				.truncateAfter(this.timeLimit.toNanos(), TimeUnit.NANOSECONDS)
				.fetchHits(8);
			return rows.stream().map((List<?> row) -> {
				var id = (UUID) row.get(0);
				var kind = ContentKind.valueOf((String) row.get(1));
				var original = (String) row.get(2);
				var language = chooseLanguage(row, 3, readerLanguage, original);
				return new Suggestion(id, kind, (String) row.get(3 + language.ordinal()));
			}).toList();
		}
		catch (SearchException | org.apache.lucene.search.IndexSearcher.TooManyClauses ex) {
			return List.of();
		}
		finally {
			this.turns.release();
		}
	}

	static String tidy(@Nullable String query) {
		if (query == null) {
			return "";
		}
		var text = org.lccp.shared.web.UserText.clean(query).replaceAll("\\s+", " ");
		if (text.length() > MAX_QUERY_LENGTH) {
			text = text.substring(0, MAX_QUERY_LENGTH);
		}
		var words = text.split(" ");
		if (words.length > MAX_TERMS) {
			text = String.join(" ", java.util.Arrays.copyOf(words, MAX_TERMS));
		}
		return text.strip();
	}

	private PredicateFinalStep text(TypedSearchPredicateFactory<?> f, String query, boolean nearMisses,
			SearchSession session) {
		var exactQuery = this.localIndex
				? f.extension(LuceneExtension.get()).fromLuceneQuery(new BoostQuery(this.marker.parse(query), 4f))
				: typedWords(f, query);
		if (!nearMisses) {
			return exactQuery;
		}
		var words = nearMissWords(query);
		if (words.isEmpty()) {
			return exactQuery;
		}
		var fuzzyQuery = f.and();
		for (var word : words) {
			var edits = editsAllowed(word);
			var match = f.match().field(SearchDocument.WORDS).matching(word);
			if (edits == 0) {
				fuzzyQuery.add(match);
			}
			else if (this.localIndex) {
				fuzzyQuery.add(f.extension(LuceneExtension.get()).fromLuceneQuery(nearMissesOf(session, word, edits)));
			}
			else {
				fuzzyQuery.add(match.fuzzy(edits, 1));
			}
		}
		return f.or(exactQuery, fuzzyQuery);
	}

	/**
	 * The index's words within {@code edits} mistakes of a word (the first letter kept),
	 * found once per version of the local index: Lucene builds a Levenshtein automaton
	 * for every fuzzy query it is given, which was three fifths of the search page's time
	 * on the demo data (bench/knowledge/demo-search.sh), where many queries find nothing
	 * as typed. The expansion is what Lucene itself would search (its default: the 50
	 * closest words).
	 */
	private org.apache.lucene.search.Query nearMissesOf(SearchSession session, String word, int edits) {
		var fuzzy = new org.apache.lucene.search.FuzzyQuery(
				new org.apache.lucene.index.Term(SearchDocument.WORDS, word), edits, 1);
		try (var reader = session.scope(KnowledgeItem.class).extension(LuceneExtension.get()).openIndexReader()) {
			var version = SearchCounts.version(reader);
			if (version == null) {
				return fuzzy;
			}
			return this.nearMisses.get(new NearMisses(version, word, edits), (key) -> {
				try {
					return new org.apache.lucene.search.IndexSearcher(reader).rewrite(fuzzy);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		catch (java.io.IOException | java.io.UncheckedIOException ex) {
			log.debug("Near misses of a word not expanded ahead: {}", ex.getMessage());
			return fuzzy;
		}
	}

	private record NearMisses(List<Object> version, String word, int edits) {
	}

	/** The query's words as the near-miss field holds them (lower-cased, folded). */
	static List<String> nearMissWords(String query) {
		var words = new ArrayList<String>();
		try (var tokens = org.lccp.knowledge.search.SearchAnalysis
			.analyzer(org.lccp.knowledge.search.SearchAnalysis.PLAIN)
			.tokenStream(SearchDocument.WORDS, query)) {
			var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return words;
	}

	/**
	 * Spelling mistakes tolerated in a word, by its length, as search engines commonly
	 * do: none in one or two letters, one in three to five, two in longer words. Two
	 * mistakes in a short word match many unrelated words, and each allowed mistake makes
	 * the automaton Lucene builds for the word much larger (a fifth of a search page's
	 * time on the demo data, where many queries find nothing as written).
	 */
	static int editsAllowed(String word) {
		var letters = word.codePointCount(0, word.length());
		return (letters <= 2) ? 0 : (letters <= 5) ? 1 : 2;
	}

	/**
	 * The words as typed, every one required, in any language's title (weighing three
	 * times) or text or among the CJK bigrams, with the operators the search box accepts.
	 * {@link SearchMarks#parse} reads them alike for a local index.
	 */
	private static PredicateFinalStep typedWords(TypedSearchPredicateFactory<?> f, String query) {
		var exact = f.simpleQueryString();
		var fields = exact.field(SearchDocument.CJK);
		for (var language : Language.values()) {
			fields = fields.field(SearchDocument.title(language)).boost(3f).field(SearchDocument.text(language));
		}
		return fields.matching(query)
			.defaultOperator(BooleanOperator.AND)
			.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
					SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE)
			.boost(4f);
	}

	private static List<org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>> titleProjections(
			org.hibernate.search.engine.search.projection.dsl.TypedSearchProjectionFactory<?, ?, ?> f) {
		var list = new ArrayList<org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<?>>();
		list.add(f.id(UUID.class));
		list.add(f.field(SearchDocument.KIND, String.class));
		list.add(f.field(SearchDocument.ORIGINAL, String.class));
		for (var language : Language.values()) {
			list.add(f.field(SearchDocument.title(language), String.class));
		}
		return list;
	}

	private static org.hibernate.search.engine.search.projection.SearchProjection<?>[] projections(
			org.hibernate.search.engine.search.projection.dsl.TypedSearchProjectionFactory<?, ?, ?> f) {
		var list = new ArrayList<org.hibernate.search.engine.search.projection.SearchProjection<?>>();
		for (var step : titleProjections(f)) {
			list.add(step.toProjection());
		}
		for (var language : Language.values()) {
			list.add(f.field(SearchDocument.summary(language), String.class).toProjection());
		}
		for (var language : Language.values()) {
			list.add(f.field(SearchDocument.text(language), String.class).toProjection());
		}
		list.add(f.field(SearchDocument.YEAR, Integer.class).toProjection());
		list.add(f.field(SearchDocument.DATE, Instant.class).toProjection());
		list.add(f.field(SearchDocument.COUNTRY, String.class).list().toProjection());
		list.add(f.field(SearchDocument.CITY, String.class).list().toProjection());
		return list.toArray(org.hibernate.search.engine.search.projection.SearchProjection[]::new);
	}

	private static Language chooseLanguage(List<?> row, int titlesAt, Language reader, String original) {
		if (row.get(titlesAt + reader.ordinal()) != null) {
			return reader;
		}
		return Language.fromCode(original).orElse(Language.EN);
	}

	@SuppressWarnings("unchecked")
	private static Found found(List<?> row, Language reader) {
		var n = Language.values().length;
		var titlesAt = 3;
		var summariesAt = titlesAt + n;
		var textsAt = summariesAt + n;
		var restAt = textsAt + n;
		var language = chooseLanguage(row, titlesAt, reader, (String) row.get(2));
		var titles = new EnumMap<Language, String>(Language.class);
		var texts = new EnumMap<Language, String>(Language.class);
		for (var one : Language.values()) {
			if (row.get(titlesAt + one.ordinal()) != null) {
				titles.put(one, (String) row.get(titlesAt + one.ordinal()));
			}
			if (row.get(textsAt + one.ordinal()) != null) {
				texts.put(one, (String) row.get(textsAt + one.ordinal()));
			}
		}
		return new Found((UUID) row.get(0), ContentKind.valueOf((String) row.get(1)), language,
				(String) row.get(titlesAt + language.ordinal()), (String) row.get(summariesAt + language.ordinal()),
				(Integer) row.get(restAt), (Instant) row.get(restAt + 1), (List<String>) row.get(restAt + 2),
				(List<String>) row.get(restAt + 3), titles, texts);
	}

	/** A hit as the main query finds it, before its words are marked. */
	private record Found(UUID id, ContentKind kind, Language language, String title, @Nullable String summary,
			@Nullable Integer year, @Nullable Instant date, List<String> countries, List<String> cities,
			Map<Language, String> titles, Map<Language, String> texts) {

		Hit hit(@Nullable Marks marks, Language reader) {
			var markedTitle = (marks == null) ? null : marks.title();
			String titleHtml = (markedTitle != null && markedTitle.contains("<mark>")) ? markedTitle
					: HtmlUtils.htmlEscape(this.title);
			var snippets = (marks == null) ? List.<String>of() : marks.snippets();
			String snippetHtml;
			if (!snippets.isEmpty()) {
				snippetHtml = String.join(" … ", snippets);
			}
			else {
				snippetHtml = (this.summary == null) ? "" : HtmlUtils.htmlEscape(this.summary);
			}
			return new Hit(this.id, this.kind, "/" + this.kind.path() + "/" + this.id, titleHtml, snippetHtml,
					this.language.code(), this.language.nativeName(), !this.language.equals(reader), this.year,
					this.date, this.countries, this.cities);
		}

	}

	/** The marked title (HTML) and snippets of one hit, where the query matched. */
	private record Marks(@Nullable String title, List<String> snippets) {
	}

	/**
	 * What was asked: words, chosen facet values, order and page.
	 */
	record SearchRequest(String query, Map<String, List<String>> filters, boolean byDate, int page) {
	}

	/**
	 * One found item; title and snippet are HTML-escaped text with {@code <mark>} around
	 * matched words. Public, as the page's other values, so that the page's expressions
	 * on it are compiled: Spring's expression compiler calls methods of public types
	 * only, and interpreting them was a sixth of the search page's template work
	 * (BENCHMARKS.md, issue 17); the class that holds it keeps it inside the module.
	 *
	 * @param languageName the name of the language the hit is shown in, in that language
	 */
	public record Hit(UUID id, ContentKind kind, String path, String titleHtml, String snippetHtml, String language,
			String languageName, boolean otherLanguage, @Nullable Integer year, @Nullable Instant date,
			List<String> countries, List<String> cities) {
	}

	record Suggestion(UUID id, ContentKind kind, String title) {

		public String path() {
			return "/" + this.kind.path() + "/" + this.id;
		}

	}

	/**
	 * @param invalid the query could not be run (too complex); the page says so
	 * @param notice what the reader should know about how the query was run, if anything
	 */
	public record SearchResults(String query, long total, List<Hit> hits, Map<String, Map<String, Long>> facets,
			int page, int pages, boolean invalid, long tookMillis, @Nullable Notice notice) {

		static SearchResults refused(String query, Notice notice) {
			return new SearchResults(query, 0, List.of(), Map.of(), 0, 0, false, 0, notice);
		}

		/** Whether the search was not run at all because too many were running. */
		public boolean busy() {
			return this.notice == Notice.BUSY;
		}

	}

	/**
	 * How a query was limited; each has a message {@code knowledge.search.notice.<name>}.
	 */
	public enum Notice {

		/** Cut to {@link #MAX_TERMS} words or {@link #MAX_QUERY_LENGTH} characters. */
		TRIMMED,

		/** Cut short after the time limit: what was found so far. */
		PARTIAL,

		/** Not run: too many searches at once. */
		BUSY;

		public String key() {
			return "knowledge.search.notice." + name().toLowerCase(Locale.ROOT);
		}

		public Object[] arguments() {
			return new Object[] { MAX_TERMS, MAX_QUERY_LENGTH };
		}

	}

}
