package org.lccp.knowledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

import org.lccp.shared.domain.Sector;

/**
 * One piece of shared knowledge. The five kinds share the workflow, translations, places,
 * topics and search; the fields a kind does not use stay empty. Every change touches
 * {@code updatedAt}, which is what tells the search index to follow.
 */
@Entity
@Table(name = "knowledge_item")
@Indexed(index = "knowledge")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocument.Binder.class))
class KnowledgeItem {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private ContentKind kind;

	@Enumerated(EnumType.STRING)
	private ContentStatus status;

	@Column(name = "original_language")
	private String originalLanguage;

	@Column(name = "author_id")
	private @Nullable UUID authorId;

	@Column(name = "author_name")
	private @Nullable String authorName;

	@Column(name = "demo_source")
	private @Nullable String demoSource;

	private @Nullable Integer year;

	@Column(name = "period_from")
	private @Nullable Integer periodFrom;

	@Column(name = "period_to")
	private @Nullable Integer periodTo;

	@Column(name = "contact_institution")
	private @Nullable String contactInstitution;

	@Enumerated(EnumType.STRING)
	@Column(name = "publication_kind")
	private @Nullable PublicationKind publicationKind;

	private @Nullable String authors;

	private @Nullable String institutions;

	@Column(name = "publication_language")
	private @Nullable String publicationLanguage;

	@Column(name = "file_id")
	private @Nullable UUID fileId;

	@Column(name = "download_count")
	private long downloadCount;

	@Column(name = "published_on")
	private @Nullable LocalDate publishedOn;

	private @Nullable String acronym;

	@Column(name = "led_by")
	private @Nullable String ledBy;

	@Column(name = "geographic_scope")
	private @Nullable String geographicScope;

	private @Nullable String themes;

	private @Nullable String website;

	@Enumerated(EnumType.STRING)
	@Column(name = "policy_level")
	private @Nullable PolicyLevel policyLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "policy_type")
	private @Nullable PolicyType policyType;

	@Enumerated(EnumType.STRING)
	@Column(name = "tool_cost")
	private @Nullable ToolCost toolCost;

	/** Language codes the tool works in, comma-separated; null when no source says. */
	@Column(name = "tool_languages")
	private @Nullable String toolLanguages;

	@Column(name = "source_document")
	private @Nullable String sourceDocument;

	@Column(name = "first_published_at")
	private @Nullable Instant firstPublishedAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "knowledge_translation", joinColumns = @JoinColumn(name = "item_id"))
	@MapKeyColumn(name = "language")
	@BatchSize(size = 100)
	private Map<String, Translation> translations = new TreeMap<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_item_country", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "country")
	@BatchSize(size = 100)
	private Set<String> countries = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_item_city", joinColumns = @JoinColumn(name = "item_id"))
	@BatchSize(size = 100)
	private Set<CityRef> cities = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_item_gathering", joinColumns = @JoinColumn(name = "item_id"))
	@BatchSize(size = 100)
	private Set<GatheringRef> gatherings = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_item_category", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "category")
	@BatchSize(size = 100)
	private Set<String> categories = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_item_sector", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "sector")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<Sector> sectors = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_link", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Link> links = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_result", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Result> results = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_relation", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "related_id")
	@BatchSize(size = 100)
	private Set<UUID> related = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_member", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	@BatchSize(size = 100)
	private List<String> members = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_presented_at", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	@BatchSize(size = 100)
	private List<String> presentedAt = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_attachment", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Attachment> attachments = new ArrayList<>();

	protected KnowledgeItem() {
	}

	KnowledgeItem(ContentKind kind, String originalLanguage, @Nullable UUID authorId, @Nullable String authorName,
			Instant now) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.status = ContentStatus.DRAFT;
		this.originalLanguage = originalLanguage;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * The year readers filter by: adoption, publication, news date or start of the work.
	 */
	@Nullable Integer effectiveYear() {
		return switch (this.kind) {
			case CASE_STUDY -> (this.periodFrom != null) ? this.periodFrom : this.periodTo;
			case NEWS -> (this.publishedOn != null) ? Integer.valueOf(this.publishedOn.getYear()) : null;
			case NETWORK, TOOL -> null;
			default -> this.year;
		};
	}

	/** The date lists and feeds order by. */
	Instant sortDate() {
		if (this.kind == ContentKind.NEWS && this.publishedOn != null) {
			return this.publishedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		return (this.firstPublishedAt != null) ? this.firstPublishedAt : this.createdAt;
	}

	Translation original() {
		var original = this.translations.get(this.originalLanguage);
		if (original == null) {
			throw new IllegalStateException("item " + this.id + " has no text in its original language");
		}
		return original;
	}

	/**
	 * The text a reader of the given language sees: theirs if it exists, else the
	 * original.
	 */
	String languageFor(String language) {
		return this.translations.containsKey(language) ? language : this.originalLanguage;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	ContentKind kind() {
		return this.kind;
	}

	ContentStatus status() {
		return this.status;
	}

	void status(ContentStatus status) {
		this.status = status;
	}

	String originalLanguage() {
		return this.originalLanguage;
	}

	void originalLanguage(String language) {
		this.originalLanguage = language;
	}

	@Nullable UUID authorId() {
		return this.authorId;
	}

	@Nullable String authorName() {
		return this.authorName;
	}

	@Nullable String demoSource() {
		return this.demoSource;
	}

	void demoSource(@Nullable String source) {
		this.demoSource = source;
	}

	@Nullable Integer year() {
		return this.year;
	}

	void year(@Nullable Integer year) {
		this.year = year;
	}

	@Nullable Integer periodFrom() {
		return this.periodFrom;
	}

	@Nullable Integer periodTo() {
		return this.periodTo;
	}

	void period(@Nullable Integer from, @Nullable Integer to) {
		this.periodFrom = from;
		this.periodTo = to;
	}

	@Nullable String contactInstitution() {
		return this.contactInstitution;
	}

	void contactInstitution(@Nullable String contactInstitution) {
		this.contactInstitution = contactInstitution;
	}

	@Nullable PublicationKind publicationKind() {
		return this.publicationKind;
	}

	@Nullable String authors() {
		return this.authors;
	}

	@Nullable String institutions() {
		return this.institutions;
	}

	@Nullable String publicationLanguage() {
		return this.publicationLanguage;
	}

	void publication(@Nullable PublicationKind kind, @Nullable String authors, @Nullable String institutions,
			@Nullable String language) {
		this.publicationKind = kind;
		this.authors = authors;
		this.institutions = institutions;
		this.publicationLanguage = language;
	}

	@Nullable UUID fileId() {
		return this.fileId;
	}

	void fileId(@Nullable UUID fileId) {
		this.fileId = fileId;
	}

	long downloadCount() {
		return this.downloadCount;
	}

	@Nullable LocalDate publishedOn() {
		return this.publishedOn;
	}

	void publishedOn(@Nullable LocalDate date) {
		this.publishedOn = date;
	}

	@Nullable String acronym() {
		return this.acronym;
	}

	@Nullable String ledBy() {
		return this.ledBy;
	}

	@Nullable String geographicScope() {
		return this.geographicScope;
	}

	@Nullable String themes() {
		return this.themes;
	}

	@Nullable String website() {
		return this.website;
	}

	void network(@Nullable String acronym, @Nullable String ledBy, @Nullable String scope, @Nullable String themes,
			@Nullable String website) {
		this.acronym = acronym;
		this.ledBy = ledBy;
		this.geographicScope = scope;
		this.themes = themes;
		this.website = website;
	}

	@Nullable PolicyLevel policyLevel() {
		return this.policyLevel;
	}

	@Nullable PolicyType policyType() {
		return this.policyType;
	}

	@Nullable String sourceDocument() {
		return this.sourceDocument;
	}

	void policy(@Nullable PolicyLevel level, @Nullable PolicyType type, @Nullable String sourceDocument) {
		this.policyLevel = level;
		this.policyType = type;
		this.sourceDocument = sourceDocument;
	}

	@Nullable ToolCost toolCost() {
		return this.toolCost;
	}

	List<String> toolLanguages() {
		return (this.toolLanguages == null || this.toolLanguages.isBlank()) ? List.of()
				: List.of(this.toolLanguages.split(","));
	}

	void tool(@Nullable ToolCost cost, List<String> languages) {
		this.toolCost = cost;
		this.toolLanguages = languages.isEmpty() ? null : String.join(",", languages);
	}

	@Nullable Instant firstPublishedAt() {
		return this.firstPublishedAt;
	}

	@Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	void published(Instant at) {
		this.publishedAt = at;
		if (this.firstPublishedAt == null) {
			this.firstPublishedAt = at;
		}
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

	Map<String, Translation> translations() {
		return this.translations;
	}

	Set<String> countries() {
		return this.countries;
	}

	Set<CityRef> cities() {
		return this.cities;
	}

	Set<GatheringRef> gatherings() {
		return this.gatherings;
	}

	Set<String> categories() {
		return this.categories;
	}

	Set<Sector> sectors() {
		return this.sectors;
	}

	List<Link> links() {
		return this.links;
	}

	List<Result> results() {
		return this.results;
	}

	Set<UUID> related() {
		return this.related;
	}

	List<String> members() {
		return this.members;
	}

	List<String> presentedAt() {
		return this.presentedAt;
	}

	List<Attachment> attachments() {
		return this.attachments;
	}

	/** One language version of the item's text. Body, lessons are sanitised HTML. */
	@Embeddable
	record Translation(String title, @Nullable String summary, @Nullable String body, @Nullable String lessons,
			@Nullable String funding, @Enumerated(EnumType.STRING) TranslationStatus status) {
	}

	/** A city the item concerns, with the name it had when linked. */
	@Embeddable
	record CityRef(@Column(name = "city_id") UUID cityId, @Column(name = "city_name") String cityName) {
	}

	/**
	 * A gathering of the platform where a case study was presented, with its title when
	 * linked.
	 */
	@Embeddable
	record GatheringRef(@Column(name = "gathering_id") UUID gatheringId,
			@Column(name = "gathering_title") String gatheringTitle) {
	}

	/** A source or further reading. */
	@Embeddable
	record Link(String title, @Nullable String url) {
	}

	/**
	 * A quantified result of a case study: what was measured, how much, against which
	 * year.
	 */
	@Embeddable
	record Result(BigDecimal value, String unit, String measured,
			@Column(name = "baseline_year") @Nullable Integer baselineYear) {
	}

	/** An uploaded image or document. */
	@Embeddable
	record Attachment(@Column(name = "file_id") UUID fileId, @Enumerated(EnumType.STRING) AttachmentRole role) {
	}

	enum AttachmentRole {

		IMAGE, DOCUMENT

	}

}
