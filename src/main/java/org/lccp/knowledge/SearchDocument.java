package org.lccp.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;

import org.lccp.knowledge.search.SearchAnalysis;
import org.lccp.shared.i18n.Language;

import org.springframework.web.util.HtmlUtils;

/**
 * What the search index holds of an item: each language version in the fields of its own
 * language (never in another's: nori would read Chinese characters as Korean), Chinese,
 * Japanese and Korean text once more as bigrams, all titles for suggestions, and the
 * facets. Search results are drawn from the index alone.
 */
final class SearchDocument {

	static final String KIND = "kind";

	static final String STATUS = "status";

	static final String COUNTRY = "country";

	static final String CITY = "city";

	static final String CATEGORY = "category";

	static final String SECTOR = "sector";

	static final String YEAR = "year";

	static final String LANGUAGE = "language";

	static final String ORIGINAL = "original";

	static final String DATE = "date";

	static final String CJK = "cjk";

	static final String SUGGEST = "suggest";

	/** Latin and Cyrillic text unstemmed, for near misses. */
	static final String WORDS = "words";

	static final List<String> FACETS = List.of(KIND, COUNTRY, CITY, CATEGORY, SECTOR, YEAR, LANGUAGE);

	/**
	 * Every facet value of an item in one field, as {@code facet:value}: the seven facets
	 * are counted from one field's values per matching item instead of seven (counting
	 * was half of a one-word search over 12,000 hits at 100,000 items).
	 */
	static final String FACET_VALUES = "facet_values";

	static String facetValue(String facet, Object value) {
		return facet + ":" + value;
	}

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchDocument() {
	}

	static String title(Language language) {
		return "title_" + language.code();
	}

	static String text(Language language) {
		return "text_" + language.code();
	}

	static String summary(Language language) {
		return "summary_" + language.code();
	}

	static boolean isCjk(String language) {
		return language.equals("zh") || language.equals("ja") || language.equals("ko");
	}

	static String plain(@Nullable String html) {
		if (html == null || html.isEmpty()) {
			return "";
		}
		var text = TAG.matcher(html).replaceAll(" ");
		if (text.indexOf('&') >= 0) {
			text = HtmlUtils.htmlUnescape(text);
		}
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

	/** Declares the index fields and writes them from an item. */
	public static class Binder implements TypeBinder {

		public Binder() {
		}

		@Override
		public void bind(TypeBindingContext context) {
			// Every change of an item touches updatedAt, so that one property tells when
			// to reindex.
			context.dependencies().use("updatedAt").use("status");
			var schema = context.indexSchemaElement();
			var types = context.typeFactory();
			// Filtered on and shown with each hit; counted only through FACET_VALUES.
			var keyword = types.asString().projectable(Projectable.YES).toIndexFieldType();
			var refs = new References();
			refs.kind = schema.field(KIND, keyword).toReference();
			refs.status = schema.field(STATUS, types.asString()).toReference();
			refs.country = schema.field(COUNTRY, keyword).multiValued().toReference();
			refs.city = schema.field(CITY, keyword).multiValued().toReference();
			refs.category = schema.field(CATEGORY, keyword).multiValued().toReference();
			refs.sector = schema.field(SECTOR, keyword).multiValued().toReference();
			refs.facetValues = schema
				.field(FACET_VALUES, types.asString().aggregable(Aggregable.YES).toIndexFieldType())
				.multiValued()
				.toReference();
			refs.language = schema.field(LANGUAGE, keyword).multiValued().toReference();
			refs.original = schema.field(ORIGINAL, types.asString().projectable(Projectable.YES)).toReference();
			refs.year = schema.field(YEAR, types.asInteger().projectable(Projectable.YES).sortable(Sortable.YES))
				.toReference();
			refs.date = schema.field(DATE, types.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
				.toReference();
			// Matched words are marked by the platform in the text each hit returns
			// (SearchMarks), so the index keeps neither term vectors nor offsets for a
			// highlighter: less to write per item.
			var highlightable = List.of(Highlightable.NO);
			for (var language : Language.values()) {
				var analyzer = SearchAnalysis.forLanguage(language.code());
				var searchAnalyzer = SearchAnalysis.queryFor(language.code());
				var termVector = TermVector.NO;
				refs.titles.put(language,
						schema
							.field(title(language),
									types.asString()
										.analyzer(analyzer)
										.searchAnalyzer(searchAnalyzer)
										.projectable(Projectable.YES)
										.termVector(termVector)
										.highlightable(highlightable))
							.toReference());
				refs.texts.put(language,
						schema
							.field(text(language),
									types.asString()
										.analyzer(analyzer)
										.searchAnalyzer(searchAnalyzer)
										.projectable(Projectable.YES)
										.termVector(termVector)
										.highlightable(highlightable))
							.toReference());
				refs.summaries.put(language,
						schema
							.field(summary(language),
									types.asString().searchable(Searchable.NO).projectable(Projectable.YES))
							.toReference());
			}
			refs.cjk = schema
				.field(CJK,
						types.asString()
							.analyzer(SearchAnalysis.CJK)
							.searchAnalyzer(SearchAnalysis.CJK_QUERY)
							.highlightable(highlightable))
				.multiValued()
				.toReference();
			refs.words = schema.field(WORDS, types.asString().analyzer(SearchAnalysis.PLAIN))
				.multiValued()
				.toReference();
			refs.suggest = schema
				.field(SUGGEST,
						types.asString().analyzer(SearchAnalysis.SUGGEST).searchAnalyzer(SearchAnalysis.SUGGEST_QUERY))
				.multiValued()
				.toReference();
			context.bridge(KnowledgeItem.class, new Bridge(refs));
		}

	}

	static final class References {

		IndexFieldReference<String> kind;

		IndexFieldReference<String> status;

		IndexFieldReference<String> country;

		IndexFieldReference<String> city;

		IndexFieldReference<String> category;

		IndexFieldReference<String> sector;

		IndexFieldReference<String> facetValues;

		IndexFieldReference<String> language;

		IndexFieldReference<String> original;

		IndexFieldReference<Integer> year;

		IndexFieldReference<java.time.Instant> date;

		IndexFieldReference<String> cjk;

		IndexFieldReference<String> suggest;

		IndexFieldReference<String> words;

		final Map<Language, IndexFieldReference<String>> titles = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> texts = new EnumMap<>(Language.class);

		final Map<Language, IndexFieldReference<String>> summaries = new EnumMap<>(Language.class);

	}

	private record Bridge(References refs) implements TypeBridge<KnowledgeItem> {

		@Override
		public void write(DocumentElement target, KnowledgeItem item, TypeBridgeWriteContext context) {
			var facets = new java.util.LinkedHashSet<String>();
			target.addValue(this.refs.kind, item.kind().name());
			facets.add(facetValue(KIND, item.kind().name()));
			target.addValue(this.refs.status, item.status().name());
			target.addValue(this.refs.original, item.originalLanguage());
			item.countries().forEach((c) -> {
				target.addValue(this.refs.country, c);
				facets.add(facetValue(COUNTRY, c));
			});
			item.cities().forEach((c) -> {
				target.addValue(this.refs.city, c.cityName());
				facets.add(facetValue(CITY, c.cityName()));
			});
			item.categories().forEach((c) -> {
				target.addValue(this.refs.category, c);
				facets.add(facetValue(CATEGORY, c));
			});
			item.sectors().forEach((s) -> {
				target.addValue(this.refs.sector, s.name());
				facets.add(facetValue(SECTOR, s.name()));
			});
			var year = item.effectiveYear();
			if (year != null) {
				target.addValue(this.refs.year, year);
				facets.add(facetValue(YEAR, year));
			}
			target.addValue(this.refs.date, item.sortDate());
			item.translations().forEach((code, translation) -> {
				var language = Language.fromCode(code).orElse(null);
				if (language == null) {
					return;
				}
				target.addValue(this.refs.language, code);
				facets.add(facetValue(LANGUAGE, code));
				target.addValue(this.refs.titles.get(language), translation.title());
				var summary = plain(translation.summary());
				var text = searchableText(item, translation, summary);
				target.addValue(this.refs.texts.get(language), text);
				target.addValue(this.refs.summaries.get(language), summary);
				target.addValue(this.refs.suggest, translation.title());
				if (isCjk(code)) {
					// only CJK versions feed the bigram field; the others feed the fuzzy
					// one

					target.addValue(this.refs.cjk, translation.title());
					target.addValue(this.refs.cjk, text);
				}
				else {
					target.addValue(this.refs.words, translation.title());
					target.addValue(this.refs.words, text);
				}
			});
			facets.forEach((value) -> target.addValue(this.refs.facetValues, value));
		}

		private static String searchableText(KnowledgeItem item, KnowledgeItem.Translation translation,
				String summary) {
			var text = new StringBuilder();
			append(text, summary);
			append(text, plain(translation.body()));
			append(text, plain(translation.lessons()));
			append(text, translation.funding());
			append(text, item.network().acronym());
			append(text, item.network().ledBy());
			append(text, item.caseStudy().contactInstitution());
			append(text, item.publication().authors());
			append(text, item.publication().institutions());
			item.members().forEach((m) -> append(text, m));
			item.results().forEach((r) -> append(text, r.measured()));
			return text.toString();
		}

		private static void append(StringBuilder text, @Nullable String part) {
			if (part != null && !part.isBlank()) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				text.append(part);
			}
		}

	}

}
