package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.TargetRegistry;
import org.lccp.cities.TargetView;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.i18n.Countries;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National and city policies side by side, country by country (the view the 2019
 * comparative study of China, Japan and Korea needed): one row per level and type of
 * policy, one column per country, and a first row with the national commitments the
 * target registry holds for each country.
 */
@Service
class PolicyComparison {

	/** Most policies read at once: the matrix is meant for hundreds, not millions. */
	static final int LIMIT = 5000;

	private final KnowledgeItems items;

	private final TargetRegistry cities;

	private final MessageSource messages;

	PolicyComparison(KnowledgeItems items, TargetRegistry cities, MessageSource messages) {
		this.items = items;
		this.cities = cities;
		this.messages = messages;
	}

	/** Columns of the CSV and XLSX exports. */
	static final List<String> HEADER = List.of("row", "country", "country_name", "title", "year", "target_year",
			"status", "cities", "language", "link");

	/**
	 * The matrix as one row per entry, labels in the reader's language, for the exports.
	 */
	List<List<Object>> table(Matrix matrix, Locale locale) {
		var out = new ArrayList<List<Object>>();
		for (var row : matrix.rows()) {
			var label = row.commitments() ? message("knowledge.compare.commitments", locale)
					: message("PolicyLevel." + row.level().name(), locale) + " · "
							+ message("PolicyType." + row.type().name(), locale);
			for (var country : matrix.countries()) {
				for (var e : row.in(country)) {
					out.add(List.of(label, country, Countries.name(country, locale), e.title(),
							(e.year() == null) ? "" : e.year(), (e.targetYear() == null) ? "" : e.targetYear(),
							(e.status() == null) ? "" : message("TargetStatus." + e.status(), locale),
							String.join("; ", e.cities()), e.language(), e.path()));
				}
			}
		}
		return out;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * What the reader asked for; empty parts match everything.
	 *
	 * @param commitments whether the row of national commitments is shown
	 */
	record Filter(List<String> countries, @Nullable PolicyLevel level, @Nullable PolicyType type,
			@Nullable Integer from, @Nullable Integer to, boolean commitments) {

		boolean matches(@Nullable Integer year) {
			if (this.from == null && this.to == null) {
				return true;
			}
			return year != null && (this.from == null || year >= this.from) && (this.to == null || year <= this.to);
		}

	}

	/**
	 * One policy or commitment in a cell.
	 *
	 * @param language the language of the title shown
	 * @param fallback whether that is not the reader's language
	 * @param detail level-specific facts: the cities of a policy, the target year and
	 * status of a commitment
	 */
	record Entry(UUID id, String title, @Nullable Integer year, String path, String language, boolean fallback,
			List<String> cities, @Nullable String status, @Nullable Integer targetYear) {
	}

	/** A row: commitments (level and type null) or one level and type of policy. */
	record Row(@Nullable PolicyLevel level, @Nullable PolicyType type, Map<String, List<Entry>> cells) {

		public boolean commitments() {
			return this.level == null;
		}

		public List<Entry> in(String country) {
			return this.cells.getOrDefault(country, List.of());
		}

		public int size() {
			return this.cells.values().stream().mapToInt(List::size).sum();
		}

	}

	record Matrix(Filter filter, List<String> countries, List<Row> rows) {

		public boolean empty() {
			return this.rows.isEmpty();
		}

		public int entries() {
			return this.rows.stream().mapToInt(Row::size).sum();
		}

	}

	@Transactional(readOnly = true)
	Matrix matrix(Filter filter, Locale reader) {
		var readerLanguage = Language.of(reader).code();
		var wanted = Set.copyOf(filter.countries());
		var byKey = new LinkedHashMap<String, Map<String, List<Entry>>>();
		var present = new LinkedHashSet<String>();
		var policies = this.items.findByKindAndStatus(ContentKind.POLICY, ContentStatus.PUBLISHED,
				PageRequest.of(0, LIMIT));
		for (var item : policies) {
			if (item.policy().level() == null || item.policy().type() == null
					|| (filter.level() != null && filter.level() != item.policy().level())
					|| (filter.type() != null && filter.type() != item.policy().type())
					|| !filter.matches(item.year())) {
				continue;
			}
			var language = item.languageFor(readerLanguage);
			var text = item.translations().get(language);
			var entry = new Entry(item.id(), text.title(), item.year(), "/policies/" + item.id(), language,
					!language.equals(readerLanguage),
					item.cities().stream().map(KnowledgeItem.CityRef::cityName).toList(), null, null);
			for (var country : item.countries()) {
				if (!wanted.isEmpty() && !wanted.contains(country)) {
					continue;
				}
				present.add(country);
				byKey
					.computeIfAbsent(item.policy().level().name() + "/" + item.policy().type().name(),
							(k) -> new LinkedHashMap<>())
					.computeIfAbsent(country, (c) -> new ArrayList<>())
					.add(entry);
			}
		}
		var commitments = new LinkedHashMap<String, List<Entry>>();
		if (filter.commitments() && (filter.level() == null || filter.level() == PolicyLevel.NATIONAL)
				&& filter.type() == null) {
			// One read of every national commitment, rather than one country page each.
			var national = this.cities.targets(
					new TargetRegistry.TargetFilter(null, null, null, null, TargetRegistry.TargetFilter.Scope.NATIONAL),
					PageRequest.of(0, LIMIT, Sort.by("countryCode", "targetYear", "title")));
			for (var t : national) {
				if ((!wanted.isEmpty() && !wanted.contains(t.countryCode()))
						|| !filter.matches(t.baseYear() != null ? t.baseYear() : t.targetYear())) {
					continue;
				}
				present.add(t.countryCode());
				commitments.computeIfAbsent(t.countryCode(), (c) -> new ArrayList<>()).add(commitment(t));
			}
		}
		var rows = new ArrayList<Row>();
		if (!commitments.isEmpty()) {
			rows.add(new Row(null, null, sorted(commitments)));
		}
		for (var level : PolicyLevel.values()) {
			for (var type : PolicyType.values()) {
				var cells = byKey.get(level.name() + "/" + type.name());
				if (cells != null) {
					rows.add(new Row(level, type, sorted(cells)));
				}
			}
		}
		var columns = new ArrayList<String>(present);
		// The member States first, in the order the platform lists them; others after.
		columns.sort(Comparator.comparingInt((String c) -> {
			var i = Countries.NEASPEC_MEMBERS.indexOf(c);
			return i < 0 ? Integer.MAX_VALUE : i;
		}).thenComparing((c) -> c));
		return new Matrix(filter, List.copyOf(columns), List.copyOf(rows));
	}

	private static Entry commitment(TargetView t) {
		return new Entry(t.id(), t.title(), t.baseYear(), "/targets/" + t.id(), "en", false, List.of(),
				t.status().name(), t.targetYear());
	}

	private static Map<String, List<Entry>> sorted(Map<String, List<Entry>> cells) {
		var out = new LinkedHashMap<String, List<Entry>>();
		cells.forEach((country, entries) -> {
			var list = new ArrayList<>(entries);
			list.sort(Comparator.comparing((Entry e) -> e.year() == null ? Integer.MAX_VALUE : e.year())
				.thenComparing(Entry::title));
			out.put(country, List.copyOf(list));
		});
		return out;
	}

}
