package org.lccp.knowledge;

import java.math.BigDecimal;
import java.time.Instant;
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
import jakarta.persistence.Embedded;
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
import org.lccp.shared.web.UserText;

/**
 * One piece of shared knowledge. The six kinds share the workflow, translations, places,
 * topics and search; what only some kinds say is kept in their details (embedded, in the
 * item's own row), which stay empty for the others. The status changes only through the
 * workflow's steps ({@link #submit}, {@link #returnWith}, {@link #publish},
 * {@link #unpublish}), each refusing a state it cannot start from. Every change touches
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

	/** A publication's year or the year a policy was adopted. */
	private @Nullable Integer year;

	@Embedded
	private @Nullable CaseStudyDetails caseStudy;

	@Embedded
	private @Nullable PublicationDetails publication;

	/** A publication's PDF. */
	@Column(name = "file_id")
	private @Nullable UUID fileId;

	/** Written by a bulk update, never through the item. */
	@Column(name = "download_count")
	private long downloadCount;

	@Embedded
	private @Nullable NewsDetails news;

	/** Also a tool's acronym, provider and link. */
	@Embedded
	private @Nullable NetworkDetails network;

	@Embedded
	private @Nullable PolicyDetails policy;

	@Embedded
	private @Nullable ToolDetails tool;

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
			case CASE_STUDY -> (caseStudy().periodFrom() != null) ? caseStudy().periodFrom() : caseStudy().periodTo();
			case NEWS -> (news().publishedOn() != null) ? Integer.valueOf(news().publishedOn().getYear()) : null;
			case NETWORK, TOOL -> null;
			default -> this.year;
		};
	}

	/** The date lists and feeds order by. */
	Instant sortDate() {
		var publishedOn = news().publishedOn();
		if (this.kind == ContentKind.NEWS && publishedOn != null) {
			return publishedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
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

	/**
	 * Hands the item in for review.
	 * @throws WorkflowException unless it is a draft, returned or taken down
	 */
	EditorialStep.Transition submit(Instant at) {
		return take(EditorialStep.SUBMIT, null, at);
	}

	/**
	 * Sends a submitted item back to its author.
	 * @throws WorkflowException unless it is submitted, or when the reason is blank
	 */
	EditorialStep.Transition returnWith(@Nullable String reason, Instant at) {
		return take(EditorialStep.RETURN, reason, at);
	}

	/**
	 * Makes the item public; the first publication stays its date in lists.
	 * @throws WorkflowException when it is published already
	 */
	EditorialStep.Transition publish(Instant at) {
		var transition = take(EditorialStep.PUBLISH, null, at);
		this.publishedAt = at;
		if (this.firstPublishedAt == null) {
			this.firstPublishedAt = at;
		}
		return transition;
	}

	/**
	 * Takes a published item down.
	 * @throws WorkflowException unless it is published, or when the reason is blank
	 */
	EditorialStep.Transition unpublish(@Nullable String reason, Instant at) {
		return take(EditorialStep.UNPUBLISH, reason, at);
	}

	private EditorialStep.Transition take(EditorialStep step, @Nullable String reason, Instant at) {
		if (!step.allowedFrom(this.status)) {
			throw new WorkflowException(step.refusal());
		}
		String cleaned = null;
		if (step.needsReason()) {
			cleaned = (reason == null) ? null : UserText.cleanOrNull(UserText.limited(reason, EditorialStep.MAX_NOTE));
			if (cleaned == null) {
				throw new WorkflowException("knowledge.workflow.reasonRequired");
			}
		}
		var from = this.status;
		this.status = step.to();
		this.updatedAt = at;
		return new EditorialStep.Transition(step, from, cleaned);
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

	CaseStudyDetails caseStudy() {
		return (this.caseStudy != null) ? this.caseStudy : CaseStudyDetails.NONE;
	}

	void caseStudy(CaseStudyDetails details) {
		this.caseStudy = details;
	}

	PublicationDetails publication() {
		return (this.publication != null) ? this.publication : PublicationDetails.NONE;
	}

	void publication(PublicationDetails details) {
		this.publication = details;
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

	NewsDetails news() {
		return (this.news != null) ? this.news : NewsDetails.NONE;
	}

	void news(NewsDetails details) {
		this.news = details;
	}

	NetworkDetails network() {
		return (this.network != null) ? this.network : NetworkDetails.NONE;
	}

	void network(NetworkDetails details) {
		this.network = details;
	}

	PolicyDetails policy() {
		return (this.policy != null) ? this.policy : PolicyDetails.NONE;
	}

	void policy(PolicyDetails details) {
		this.policy = details;
	}

	ToolDetails tool() {
		return (this.tool != null) ? this.tool : ToolDetails.NONE;
	}

	void tool(ToolDetails details) {
		this.tool = details;
	}

	@Nullable Instant firstPublishedAt() {
		return this.firstPublishedAt;
	}

	@Nullable Instant publishedAt() {
		return this.publishedAt;
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
