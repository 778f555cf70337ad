package org.lccp.knowledge;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Storage of the knowledge hub. */
interface KnowledgeItems extends JpaRepository<KnowledgeItem, UUID>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<KnowledgeItem> {

	List<KnowledgeItem> findByAuthorIdOrderByUpdatedAtDesc(UUID authorId);

	Page<KnowledgeItem> findByStatusOrderByUpdatedAtAsc(ContentStatus status, Pageable page);

	Page<KnowledgeItem> findByStatus(ContentStatus status, Pageable page);

	/** The next batch after an id, in id order, without counting what is left. */
	org.springframework.data.domain.Slice<KnowledgeItem> findByStatusAndIdGreaterThanOrderById(ContentStatus status,
			UUID after, Pageable batch);

	@Query("select i from KnowledgeItem i join i.cities c where c.cityId = ?1 and i.status = ?2")
	List<KnowledgeItem> findByCity(UUID cityId, ContentStatus status);

	@Query("select i from KnowledgeItem i join i.gatherings g where g.gatheringId = ?1 and i.status = ?2")
	List<KnowledgeItem> findByGathering(UUID gatheringId, ContentStatus status);

	@Query("select i from KnowledgeItem i where i.status = ?1 and i.id in ?2")
	List<KnowledgeItem> findByStatusAndIdIn(ContentStatus status, Collection<UUID> ids);

	List<KnowledgeItem> findByKindAndStatus(ContentKind kind, ContentStatus status, Pageable page);

	/** Published items of a kind that link to the given item as related. */
	@Query("select i from KnowledgeItem i join i.related r where r = ?1 and i.status = ?2 and i.kind = ?3")
	List<KnowledgeItem> findRelatingTo(UUID itemId, ContentStatus status, ContentKind kind);

	@Modifying
	@Query("update KnowledgeItem i set i.downloadCount = i.downloadCount + 1 where i.id = ?1")
	void countDownload(UUID id);

}

interface Comments extends JpaRepository<Comment, UUID> {

	List<Comment> findByItemIdOrderByCreatedAtAsc(UUID itemId);

}

interface Revisions extends JpaRepository<Revision, UUID> {

	List<Revision> findByItemIdOrderByNumberDesc(UUID itemId);

	Optional<Revision> findByItemIdAndNumber(UUID itemId, int number);

	@Query("select coalesce(max(r.number), 0) from Revision r where r.itemId = ?1")
	int lastNumber(UUID itemId);

}

interface Categories extends JpaRepository<Category, String> {

	List<Category> findAllByOrderByPositionAsc();

	@Query("select coalesce(max(c.position), 0) from Category c")
	int lastPosition();

}

interface Stewards extends JpaRepository<Steward, Steward.Key> {

	List<Steward> findByAccountId(UUID accountId);

	List<Steward> findAllByOrderByCategoryAsc();

}

/** A note on an item's way to publication: a submission, a return, an unpublication. */
@Entity
@Table(name = "knowledge_comment")
class Comment {

	@Id
	private UUID id;

	@Column(name = "item_id")
	private UUID itemId;

	@Column(name = "author_id")
	private @Nullable UUID authorId;

	@Column(name = "author_name")
	private @Nullable String authorName;

	@Enumerated(EnumType.STRING)
	private Action action;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Comment() {
	}

	Comment(UUID itemId, @Nullable UUID authorId, @Nullable String authorName, Action action, String body,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.action = action;
		this.body = body;
		this.createdAt = createdAt;
	}

	public @Nullable String authorName() {
		return this.authorName;
	}

	public Action action() {
		return this.action;
	}

	public String body() {
		return this.body;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	enum Action {

		SUBMITTED, RETURNED, PUBLISHED, UNPUBLISHED

	}

}

/**
 * A published state of an item, kept as readable text so that revisions can be compared.
 */
@Entity
@Table(name = "knowledge_revision")
class Revision {

	@Id
	private UUID id;

	@Column(name = "item_id")
	private UUID itemId;

	private int number;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private @Nullable String publishedBy;

	private String snapshot;

	protected Revision() {
	}

	Revision(UUID itemId, int number, Instant publishedAt, @Nullable String publishedBy, String snapshot) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.number = number;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.snapshot = snapshot;
	}

	int number() {
		return this.number;
	}

	Instant publishedAt() {
		return this.publishedAt;
	}

	@Nullable String publishedBy() {
		return this.publishedBy;
	}

	String snapshot() {
		return this.snapshot;
	}

}

/**
 * A topic of case studies; the secretariat can add more than the four of the compendium.
 */
@Entity
@Table(name = "knowledge_category")
class Category {

	@Id
	private String code;

	private int position;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "name_zh")
	private @Nullable String nameZh;

	@Column(name = "name_ja")
	private @Nullable String nameJa;

	@Column(name = "name_ko")
	private @Nullable String nameKo;

	@Column(name = "name_ru")
	private @Nullable String nameRu;

	@Column(name = "name_mn")
	private @Nullable String nameMn;

	protected Category() {
	}

	Category(String code, int position, String nameEn) {
		this.code = code;
		this.position = position;
		this.nameEn = nameEn;
	}

	String code() {
		return this.code;
	}

	void name(String language, @Nullable String name) {
		switch (language) {
			case "en" -> this.nameEn = (name == null) ? this.nameEn : name;
			case "zh" -> this.nameZh = name;
			case "ja" -> this.nameJa = name;
			case "ko" -> this.nameKo = name;
			case "ru" -> this.nameRu = name;
			case "mn" -> this.nameMn = name;
			default -> throw new IllegalArgumentException(language);
		}
	}

	/** The name in the language asked for, else the English one. */
	String name(String language) {
		var name = switch (language) {
			case "zh" -> this.nameZh;
			case "ja" -> this.nameJa;
			case "ko" -> this.nameKo;
			case "ru" -> this.nameRu;
			case "mn" -> this.nameMn;
			default -> this.nameEn;
		};
		return (name == null || name.isBlank()) ? this.nameEn : name;
	}

}

/** An account of a resource centre that reviews the items of one category. */
@Entity
@Table(name = "knowledge_steward")
@IdClass(Steward.Key.class)
class Steward {

	@Id
	@Column(name = "account_id")
	private UUID accountId;

	@Id
	private String category;

	protected Steward() {
	}

	Steward(UUID accountId, String category) {
		this.accountId = accountId;
		this.category = category;
	}

	UUID accountId() {
		return this.accountId;
	}

	String category() {
		return this.category;
	}

	record Key(UUID accountId, String category) implements java.io.Serializable {
	}

}
