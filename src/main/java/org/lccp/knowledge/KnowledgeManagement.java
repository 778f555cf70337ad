package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.lccp.knowledge.KnowledgeViews.CityLink;
import org.lccp.knowledge.KnowledgeViews.CommentView;
import org.lccp.knowledge.KnowledgeViews.DiffLine;
import org.lccp.knowledge.KnowledgeViews.ItemSummary;
import org.lccp.knowledge.KnowledgeViews.ItemView;
import org.lccp.knowledge.KnowledgeViews.Label;
import org.lccp.knowledge.KnowledgeViews.LinkView;
import org.lccp.knowledge.KnowledgeViews.ResultView;
import org.lccp.knowledge.KnowledgeViews.RevisionView;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.Language;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the knowledge hub: items in the reader's language (or the original with a
 * notice), lists of published items for other modules and the open data API, and the
 * editorial history of an item for those who may see it.
 */
@Service
public class KnowledgeManagement {

	private final KnowledgeItems items;

	private final Editorial editorial;

	private final Comments comments;

	private final Revisions revisions;

	private final Categories categories;

	private final CategoryNames categoryNames;

	private final Attachments attachments;

	private final org.lccp.shared.domain.CityRegistry cities;

	private final org.springframework.context.MessageSource messages;

	private final org.lccp.shared.web.CountsPerChange counts;

	KnowledgeManagement(KnowledgeItems items, Editorial editorial, Comments comments, Revisions revisions,
			Categories categories, Attachments attachments, org.lccp.shared.domain.CityRegistry cities,
			org.springframework.context.MessageSource messages, org.lccp.shared.web.CountsPerChange counts,
			CategoryNames categoryNames) {
		this.categoryNames = categoryNames;
		this.messages = messages;
		this.counts = counts;
		this.cities = cities;
		this.items = items;
		this.editorial = editorial;
		this.comments = comments;
		this.revisions = revisions;
		this.categories = categories;
		this.attachments = attachments;
	}

	/**
	 * The newest published items of one kind, for the hub and the feeds: no total is
	 * counted, so the cost does not grow with the number of items.
	 */
	@Transactional(readOnly = true)
	public List<ItemSummary> latest(ContentKind kind, Locale reader, int count) {
		return this.items
			.findByKindAndStatus(kind, ContentStatus.PUBLISHED,
					PageRequest.of(0, count,
							Sort.by(Sort.Direction.DESC, "news.publishedOn", "firstPublishedAt").and(Sort.by("id"))))
			.stream()
			.map((item) -> summary(item, reader))
			.toList();
	}

	/**
	 * Published items of one kind for the open data API, filtered and sorted.
	 * @param sort {@code date}, {@code year} or {@code updated}, with {@code ,desc} or
	 * {@code ,asc} (dates newest first unless asked otherwise)
	 */
	@Transactional(readOnly = true)
	public Page<ItemSummary> published(ContentKind kind, Filter filter, String sort, Locale reader, Pageable page) {
		// Joined filters are subqueries, not joins with DISTINCT: a DISTINCT page makes
		// PostgreSQL read and sort every published item of the kind (and count them
		// distinct) instead of walking the ordering index (knowledge V6) to the page.
		org.springframework.data.jpa.domain.Specification<KnowledgeItem> spec = (root, query, cb) -> {
			var all = new ArrayList<jakarta.persistence.criteria.Predicate>();
			all.add(cb.equal(root.get("kind"), kind));
			all.add(cb.equal(root.get("status"), ContentStatus.PUBLISHED));
			if (filter.country() != null) {
				all.add(cb.isMember(filter.country(), root.<java.util.Collection<String>>get("countries")));
			}
			if (filter.category() != null) {
				all.add(cb.isMember(filter.category(), root.<java.util.Collection<String>>get("categories")));
			}
			if (filter.sector() != null) {
				all.add(cb.isMember(filter.sector(),
						root.<java.util.Collection<org.lccp.shared.domain.Sector>>get("sectors")));
			}
			if (filter.city() != null) {
				var named = query.subquery(Integer.class);
				var city = named.correlate(root).join("cities");
				named.select(cb.literal(1)).where(cb.equal(city.get("cityId"), filter.city()));
				all.add(cb.exists(named));
			}
			if (filter.language() != null) {
				var written = query.subquery(Integer.class);
				var translations = written.correlate(root).joinMap("translations");
				written.select(cb.literal(1)).where(cb.equal(translations.key(), filter.language()));
				all.add(cb.exists(written));
			}
			if (filter.year() != null) {
				all.add(cb.or(cb.equal(root.get("year"), filter.year()),
						cb.equal(root.get("caseStudy").get("periodFrom"), filter.year()),
						cb.equal(cb.function("date_part", Double.class, cb.literal("year"),
								root.get("news").get("publishedOn")), filter.year().doubleValue())));
			}
			return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
		var parts = sort.split(",");
		var ascending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("asc");
		var direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
		var order = switch (parts[0].strip()) {
			case "year" -> Sort.by(direction, "year", "caseStudy.periodFrom");
			case "updated" -> Sort.by(direction, "updatedAt");
			default -> Sort.by(direction, "news.publishedOn", "firstPublishedAt");
		};
		var sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), order.and(Sort.by("id")));
		var shown = this.items.findBy(spec, (q) -> q.slice(sorted))
			.getContent()
			.stream()
			.map((item) -> summary(item, reader))
			.toList();
		var total = this.counts.count(List.of("knowledge.published", kind, filter), () -> this.items.count(spec));
		return new org.springframework.data.domain.PageImpl<>(shown, sorted, total);
	}

	/**
	 * At most {@code limit} published items other than news (which nothing links to)
	 * whose title in any language contains the query, most recently updated first: the
	 * related items a contributor can pick without the form listing them all.
	 */
	@Transactional(readOnly = true)
	List<ItemSummary> relatedTitled(String query, @Nullable UUID except, Locale reader, int limit) {
		var text = query.strip().toLowerCase(Locale.ROOT);
		if (text.isEmpty() || limit <= 0) {
			return List.of();
		}
		org.springframework.data.jpa.domain.Specification<KnowledgeItem> spec = (root, q, cb) -> {
			q.distinct(true);
			var translations = root.joinMap("translations");
			var all = new ArrayList<jakarta.persistence.criteria.Predicate>();
			all.add(cb.equal(root.get("status"), ContentStatus.PUBLISHED));
			all.add(cb.notEqual(root.get("kind"), ContentKind.NEWS));
			all.add(cb.like(cb.lower(translations.value().<String>get("title")), "%" + text + "%"));
			if (except != null) {
				all.add(cb.notEqual(root.get("id"), except));
			}
			return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
		var page = PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")));
		return this.items.findAll(spec, page).map((item) -> summary(item, reader)).getContent();
	}

	/**
	 * The published items among these ids, for the related items already chosen on a
	 * form.
	 */
	@Transactional(readOnly = true)
	List<ItemSummary> publishedWithIds(java.util.Collection<UUID> ids, Locale reader) {
		return ids.isEmpty() ? List.of()
				: this.items.findAllById(ids)
					.stream()
					.filter((item) -> item.status() == ContentStatus.PUBLISHED)
					.map((item) -> summary(item, reader))
					.toList();
	}

	/** Filters of the open data API; empty fields do not filter. */
	public record Filter(@Nullable String country, @Nullable UUID city, @Nullable String category,
			org.lccp.shared.domain.@Nullable Sector sector, @Nullable Integer year, @Nullable String language) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null);
		}

	}

	/** A published item as the API shows it, in the reader's language. */
	@Transactional(readOnly = true)
	public ItemView publishedItem(ContentKind kind, UUID id, Locale reader) {
		var item = this.items.findById(id)
			.filter((i) -> i.kind() == kind && i.status() == ContentStatus.PUBLISHED)
			.orElseThrow(() -> new ItemNotFoundException(id));
		return view(item, reader, null);
	}

	/**
	 * The published case studies, policies and networks that name a city, for its
	 * profile.
	 */
	@Transactional(readOnly = true)
	public List<ItemSummary> aboutCity(UUID cityId, Locale reader) {
		return this.items.findByCity(cityId, ContentStatus.PUBLISHED)
			.stream()
			.sorted(Comparator.comparing(KnowledgeItem::kind)
				.thenComparing(KnowledgeItem::sortDate, Comparator.reverseOrder()))
			.map((item) -> summary(item, reader))
			.toList();
	}

	/** The published case studies presented at a gathering, for its page. */
	@Transactional(readOnly = true)
	public List<ItemSummary> presentedAt(UUID gatheringId, Locale reader) {
		return this.items.findByGathering(gatheringId, ContentStatus.PUBLISHED)
			.stream()
			.map((item) -> summary(item, reader))
			.toList();
	}

	@Transactional(readOnly = true)
	ItemView item(UUID id, Locale reader, @Nullable String asked) {
		return view(this.editorial.find(id), reader, asked);
	}

	@Transactional(readOnly = true)
	boolean canEdit(UUID id) {
		return this.editorial.canEdit(this.editorial.find(id));
	}

	@Transactional(readOnly = true)
	Editorial.Rights rights(UUID id) {
		return this.editorial.rights(this.editorial.find(id));
	}

	@Transactional(readOnly = true)
	List<ItemSummary> mine(UUID accountId, Locale reader) {
		return this.items.findByAuthorIdOrderByUpdatedAtDesc(accountId)
			.stream()
			.map((item) -> summary(item, reader))
			.toList();
	}

	/** Items waiting for review that the current reviewer may decide on. */
	@Transactional(readOnly = true)
	List<ItemSummary> queue(Locale reader) {
		var stewarded = this.editorial.stewarded();
		return this.items.findByStatusOrderByUpdatedAtAsc(ContentStatus.SUBMITTED, PageRequest.of(0, 500))
			.stream()
			.filter((item) -> this.editorial.canReview(item, stewarded))
			.map((item) -> summary(item, reader))
			.toList();
	}

	@Transactional(readOnly = true)
	List<CommentView> comments(UUID id) {
		this.editorial.find(id);
		return this.comments.findByItemIdOrderByCreatedAtAsc(id)
			.stream()
			.map((c) -> new CommentView(c.action().name(), c.authorName(), c.body(), c.createdAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	List<RevisionView> revisions(UUID id) {
		this.editorial.find(id);
		return this.revisions.findByItemIdOrderByNumberDesc(id)
			.stream()
			.map((r) -> new RevisionView(r.number(), r.publishedAt(), r.publishedBy()))
			.toList();
	}

	/** What revision {@code number} changed against the one before it. */
	@Transactional(readOnly = true)
	List<DiffLine> changes(UUID id, int number, Locale reader) {
		this.editorial.find(id);
		var after = this.revisions.findByItemIdAndNumber(id, number).orElseThrow(() -> new ItemNotFoundException(id));
		var before = this.revisions.findByItemIdAndNumber(id, number - 1).map(Revision::snapshot).orElse("");
		java.util.function.UnaryOperator<String> label = (field) -> this.messages.getMessage("knowledge.field." + field,
				null, field, reader);
		return Snapshots.diff(before, after.snapshot())
			.stream()
			.map((line) -> new DiffLine(line.change(), Snapshots.label(line.before(), label),
					Snapshots.label(line.after(), label)))
			.toList();
	}

	/**
	 * Without a transaction of its own: the names are kept (a search page asks twice),
	 * and opening a read-only transaction for each ask cost a fortieth of the page's
	 * time.
	 */
	List<Label> categories(Locale reader) {
		return this.categoryNames.in(Language.of(reader).code(),
				(language) -> this.categories.findAllByOrderByPositionAsc()
					.stream()
					.map((c) -> new Label(c.code(), c.name(language)))
					.toList());
	}

	@Transactional(readOnly = true)
	ItemForm form(UUID id) {
		var item = this.editorial.find(id);
		var original = item.original();
		return new ItemForm(item.kind(), item.originalLanguage(), original.title(), text(original.summary()),
				text(original.body()), text(original.lessons()), text(original.funding()),
				item.countries().stream().filter(Countries::isKnown).map(CountryCode::new).collect(Collectors.toList()),
				item.cities().stream().map(KnowledgeItem.CityRef::cityId).collect(Collectors.toList()),
				new ArrayList<>(item.categories()), new ArrayList<>(item.sectors()), item.caseStudy().periodFrom(),
				item.caseStudy().periodTo(), text(item.caseStudy().contactInstitution()),
				item.results()
					.stream()
					.map((r) -> r.value().toPlainString() + " | " + r.unit() + " | " + r.measured() + " | "
							+ number(r.baselineYear()))
					.collect(Collectors.joining("\n")),
				item.links()
					.stream()
					.map((l) -> l.title() + ((l.url() != null) ? " | " + l.url() : ""))
					.collect(Collectors.joining("\n")),
				item.publication().publicationKind(), item.year(), text(item.publication().authors()),
				text(item.publication().institutions()), text(item.publication().language()), item.news().publishedOn(),
				text(item.network().acronym()), text(item.network().ledBy()), text(item.network().geographicScope()),
				text(item.network().themes()), text(item.network().website()), String.join("\n", item.members()),
				item.policy().level(), item.policy().type(), text(item.policy().sourceDocument()),
				String.join("\n", item.presentedAt()), new ArrayList<>(item.related()),
				item.gatherings().stream().map(KnowledgeItem.GatheringRef::gatheringId).collect(Collectors.toList()),
				item.tool().cost(),
				item.tool()
					.languages()
					.stream()
					.flatMap((l) -> Language.fromCode(l).stream())
					.collect(Collectors.toList()));
	}

	@Transactional(readOnly = true)
	long version(UUID id) {
		return this.editorial.find(id).version();
	}

	@Transactional(readOnly = true)
	TranslationForm translationForm(UUID id, String language) {
		var item = this.editorial.find(id);
		var t = item.translations().get(language);
		if (t == null) {
			return TranslationForm.empty();
		}
		return new TranslationForm(t.title(), text(t.summary()), text(t.body()), text(t.lessons()), text(t.funding()),
				t.status().name());
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : value;
	}

	private static String number(@Nullable Integer value) {
		return (value == null) ? "" : value.toString();
	}

	ItemSummary summary(KnowledgeItem item, Locale reader) {
		var language = item.languageFor(Language.of(reader).code());
		var text = item.translations().get(language);
		return new ItemSummary(item.id(), item.kind(), item.status(), text.title(), text.summary(), language,
				item.originalLanguage(), item.effectiveYear(), item.sortDate(), List.copyOf(item.countries()),
				item.cities().stream().map(KnowledgeItem.CityRef::cityName).toList());
	}

	/**
	 * For a tool, the published case studies that name it as related or that it names:
	 * the links editors set on either side.
	 */
	private List<ItemSummary> usedIn(KnowledgeItem item, Locale reader) {
		if (item.kind() != ContentKind.TOOL) {
			return List.of();
		}
		var found = new java.util.LinkedHashMap<UUID, KnowledgeItem>();
		this.items.findRelatingTo(item.id(), ContentStatus.PUBLISHED, ContentKind.CASE_STUDY)
			.forEach((i) -> found.put(i.id(), i));
		if (!item.related().isEmpty()) {
			this.items.findByStatusAndIdIn(ContentStatus.PUBLISHED, item.related())
				.stream()
				.filter((i) -> i.kind() == ContentKind.CASE_STUDY)
				.forEach((i) -> found.put(i.id(), i));
		}
		return found.values().stream().map((i) -> summary(i, reader)).toList();
	}

	ItemView view(KnowledgeItem item, Locale reader, @Nullable String asked) {
		var readerLanguage = Language.of(reader).code();
		var language = (asked != null && item.translations().containsKey(asked)) ? asked
				: item.languageFor(readerLanguage);
		var text = item.translations().get(language);
		// The notice shows whenever the text is not in the language the reader asked for.
		var fallback = !language.equals((asked != null) ? asked : readerLanguage);
		var languages = new ArrayList<String>();
		languages.add(item.originalLanguage());
		item.translations().keySet().stream().filter((l) -> !l.equals(item.originalLanguage())).forEach(languages::add);
		Function<String, String> categoryName = categoryNames(language);
		var related = item.related().isEmpty() ? List.<ItemSummary>of()
				: this.items.findByStatusAndIdIn(ContentStatus.PUBLISHED, item.related())
					.stream()
					.map((r) -> summary(r, reader))
					.toList();
		return new ItemView(item.id(), item.kind(), item.status(), text.title(), text.summary(), text.body(),
				text.lessons(), text.funding(), language, item.originalLanguage(), fallback, text.status(), languages,
				List.copyOf(item.countries()),
				item.cities().stream().map((c) -> new CityLink(c.cityId(), cityName(c, reader))).toList(),
				item.categories().stream().map((c) -> new Label(c, categoryName.apply(c))).toList(),
				item.sectors().stream().map(Enum::name).toList(), item.caseStudy().periodFrom(),
				item.caseStudy().periodTo(),
				item.results()
					.stream()
					.map((r) -> new ResultView(r.value(), r.unit(), r.measured(), r.baselineYear()))
					.toList(),
				item.caseStudy().contactInstitution(),
				item.links().stream().map((l) -> new LinkView(l.title(), l.url())).toList(),
				item.publication().publicationKind(), item.year(), item.publication().authors(),
				item.publication().institutions(), item.publication().language(), item.fileId(), item.downloadCount(),
				item.news().publishedOn(), item.network().acronym(), item.network().ledBy(),
				item.network().geographicScope(), item.network().themes(), item.network().website(),
				List.copyOf(item.members()), item.policy().level(), item.policy().type(),
				item.policy().sourceDocument(), List.copyOf(item.presentedAt()),
				item.gatherings()
					.stream()
					.map((g) -> new KnowledgeViews.GatheringLink(g.gatheringId(), g.gatheringTitle()))
					.toList(),
				related, item.tool().cost(), item.tool().languages(), usedIn(item, reader),
				this.attachments.views(item), item.demoSource(), item.authorName(), item.firstPublishedAt(),
				item.publishedAt(), item.updatedAt(), item.version());
	}

	/**
	 * The city's name in the reader's language, or the one kept with the link if the city
	 * is gone.
	 */
	private String cityName(KnowledgeItem.CityRef city, Locale reader) {
		// A lookup that says "none" instead of throwing: a not-found exception inside the
		// page's transaction would mark it rollback-only and turn the page into a 500.
		return this.cities.city(city.cityId(), reader)
			.map(org.lccp.shared.domain.CityRegistry.CityChoice::name)
			.orElse(city.cityName());
	}

	private Function<String, String> categoryNames(String language) {
		var names = this.categories.findAll()
			.stream()
			.collect(Collectors.toMap(Category::code, (c) -> c.name(language)));
		return (code) -> names.getOrDefault(code, code);
	}

}
