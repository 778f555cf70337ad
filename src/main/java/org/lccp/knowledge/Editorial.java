package org.lccp.knowledge;

import java.time.Clock;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.lccp.cities.CityDirectory;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.UserText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way of an item from draft to publication. Authors write and submit; the
 * secretariat, or a resource centre that stewards one of the item's categories, returns
 * it with comments, publishes it, or takes it down with a reason. Every publication keeps
 * a revision, every step is audited.
 */
@Service
class Editorial {

	static final String RECORD = "knowledge-item";

	private final KnowledgeItems items;

	private final Comments comments;

	private final Revisions revisions;

	private final Stewards stewards;

	private final org.lccp.programme.Stewardship stewardship;

	private final Categories categories;

	private final CityDirectory cities;

	private final AuditLog audit;

	private final Attachments attachments;

	private final GatheringManagement gatherings;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Clock clock;

	Editorial(KnowledgeItems items, Comments comments, Revisions revisions, Stewards stewards, Categories categories,
			CityDirectory cities, AuditLog audit, Attachments attachments, GatheringManagement gatherings,
			org.springframework.context.ApplicationEventPublisher events, org.lccp.programme.Stewardship stewardship,
			Clock clock) {
		this.events = events;
		this.stewardship = stewardship;
		this.attachments = attachments;
		this.gatherings = gatherings;
		this.items = items;
		this.comments = comments;
		this.revisions = revisions;
		this.stewards = stewards;
		this.categories = categories;
		this.cities = cities;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	UUID create(ItemForm form) {
		var user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in to write"));
		var kind = Objects.requireNonNull(form.kind());
		var item = new KnowledgeItem(kind, form.originalLanguage(), user.id(), user.displayName(),
				this.clock.instant());
		apply(item, form);
		this.items.save(item);
		this.audit.record(RECORD, item.id(), "created", kind.name() + ": " + form.title());
		return item.id();
	}

	@Transactional
	void update(UUID id, ItemForm form, long version) {
		var item = find(id);
		requireEdit(item);
		if (item.version() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(KnowledgeItem.class, id);
		}
		var previousOriginal = item.originalLanguage();
		if (!previousOriginal.equals(form.originalLanguage())) {
			// The old original stays as a version written by a person.
			var old = item.translations().get(previousOriginal);
			if (old != null) {
				item.translations()
					.put(previousOriginal, new KnowledgeItem.Translation(old.title(), old.summary(), old.body(),
							old.lessons(), old.funding(), TranslationStatus.HUMAN));
			}
			item.originalLanguage(form.originalLanguage());
		}
		apply(item, form);
		changed(item, "updated", form.title());
	}

	@Transactional
	void saveTranslation(UUID id, String language, TranslationForm form) {
		var item = find(id);
		requireEdit(item);
		var original = language.equals(item.originalLanguage());
		var status = original ? TranslationStatus.ORIGINAL
				: Objects.requireNonNull(ItemForm.choice(TranslationStatus.class, form.status()));
		item.translations()
			.put(language,
					new KnowledgeItem.Translation(Objects.requireNonNull(UserText.clean(form.title())),
							UserText.cleanOrNull(form.summary()), RichText.sanitise(form.body()),
							RichText.sanitise(form.lessons()), UserText.cleanOrNull(form.funding()), status));
		changed(item, "translation saved", language + " (" + status + ")");
	}

	@Transactional
	void deleteTranslation(UUID id, String language) {
		var item = find(id);
		requireEdit(item);
		if (language.equals(item.originalLanguage())) {
			throw new WorkflowException("knowledge.workflow.originalStays");
		}
		if (item.translations().remove(language) != null) {
			changed(item, "translation deleted", language);
		}
	}

	@Transactional
	void submit(UUID id, @Nullable String note) {
		var item = find(id);
		requireAuthorOrReviewer(item);
		took(item, item.submit(this.clock.instant()), note);
	}

	@Transactional
	void returnToAuthor(UUID id, String comment) {
		var item = find(id);
		requireReview(item);
		took(item, item.returnWith(comment, this.clock.instant()), null);
	}

	@Transactional
	void publish(UUID id, @Nullable String note) {
		var item = find(id);
		requireReview(item);
		var now = this.clock.instant();
		var transition = item.publish(now);
		this.attachments.visible(item, true);
		keepRevision(item, now);
		took(item, transition, note);
	}

	@Transactional
	void unpublish(UUID id, String reason) {
		var item = find(id);
		requireReview(item);
		var transition = item.unpublish(reason, this.clock.instant());
		this.attachments.visible(item, false);
		took(item, transition, null);
	}

	/**
	 * Adds an uploaded picture or document, or sets a publication's PDF (replacing the
	 * previous one).
	 * @throws org.lccp.files.InvalidFileException when the file is refused; nothing
	 * changes then
	 */
	@Transactional
	void attach(UUID id, org.springframework.web.multipart.MultipartFile upload, Attachments.Role role) {
		var item = find(id);
		requireEdit(item);
		if (role == Attachments.Role.PDF && item.kind() != ContentKind.PUBLICATION) {
			throw new WorkflowException("knowledge.workflow.pdfOnlyForPublications");
		}
		var stored = this.attachments.store(upload, role, item.status() == ContentStatus.PUBLISHED);
		if (role == Attachments.Role.PDF) {
			var previous = item.fileId();
			item.fileId(stored.id());
			if (previous != null) {
				this.attachments.delete(previous);
			}
		}
		else {
			item.attachments()
				.add(new KnowledgeItem.Attachment(stored.id(), (role == Attachments.Role.IMAGE)
						? KnowledgeItem.AttachmentRole.IMAGE : KnowledgeItem.AttachmentRole.DOCUMENT));
		}
		changed(item, "file attached", stored.name());
	}

	/**
	 * Gives a draft the files the platform produced for it: the PDF as its main file, the
	 * other as a document.
	 */
	@Transactional
	void attachGenerated(UUID id, UUID pdfFileId, UUID documentFileId) {
		var item = find(id);
		requireEdit(item);
		item.fileId(pdfFileId);
		item.attachments().add(new KnowledgeItem.Attachment(documentFileId, KnowledgeItem.AttachmentRole.DOCUMENT));
		changed(item, "files produced", pdfFileId + ", " + documentFileId);
	}

	/** Sets the PDF another module produced as the publication's file. */
	@Transactional
	void attachGeneratedPdf(UUID id, UUID pdfFileId) {
		var item = find(id);
		requireEdit(item);
		item.fileId(pdfFileId);
		changed(item, "file produced", pdfFileId.toString());
	}

	@Transactional
	void detach(UUID id, UUID fileId) {
		var item = find(id);
		requireEdit(item);
		var removed = item.attachments().removeIf((a) -> a.fileId().equals(fileId));
		if (fileId.equals(item.fileId())) {
			item.fileId(null);
			removed = true;
		}
		if (removed) {
			this.attachments.delete(fileId);
			changed(item, "file removed", fileId.toString());
		}
	}

	/** Counts a download of a publication's PDF that the reader may see. */
	@Transactional
	UUID download(UUID id) {
		var item = find(id);
		if (item.fileId() == null) {
			throw new ItemNotFoundException(id);
		}
		this.items.countDownload(id);
		return item.fileId();
	}

	/**
	 * Loads an item for someone who wants to change it, or fails as if it did not exist
	 * when they may not even see it.
	 */
	KnowledgeItem find(UUID id) {
		var item = this.items.findById(id).orElseThrow(() -> new ItemNotFoundException(id));
		if (!canRead(item)) {
			throw new ItemNotFoundException(id);
		}
		return item;
	}

	boolean canRead(KnowledgeItem item) {
		return item.status() == ContentStatus.PUBLISHED || isAuthor(item) || canReview(item);
	}

	boolean canEdit(KnowledgeItem item) {
		return canEdit(item, stewarded());
	}

	private boolean canEdit(KnowledgeItem item, Stewarded stewarded) {
		return (isAuthor(item) && item.status().editableByAuthor()) || canReview(item, stewarded);
	}

	/**
	 * What the current account may do with an item, worked out with one look at its
	 * stewardships.
	 */
	Rights rights(KnowledgeItem item) {
		var stewarded = stewarded();
		return new Rights(canEdit(item, stewarded), canReview(item, stewarded), isAuthor(item));
	}

	boolean isAuthor(KnowledgeItem item) {
		return CurrentUser.get().map((u) -> u.id().equals(item.authorId())).orElse(false);
	}

	boolean canReview(KnowledgeItem item) {
		return canReview(item, stewarded());
	}

	boolean canReview(KnowledgeItem item, Stewarded stewarded) {
		return CurrentUser.has(Role.SECRETARIAT) || stewarded.covers(item);
	}

	/**
	 * What the current account stewards: the categories the secretariat named it steward
	 * of, and the programme areas it serves as a resource centre during its term.
	 */
	Stewarded stewarded() {
		return new Stewarded(stewardedCategories(), this.stewardship.areasOfCurrentUser());
	}

	/** Categories and programme areas a resource centre reviews items of. */
	record Stewarded(java.util.Set<String> categories, java.util.Set<ActivityArea> areas) {

		boolean covers(KnowledgeItem item) {
			return item.categories().stream().anyMatch(this.categories::contains)
					|| this.areas.stream().anyMatch((area) -> AreaKinds.covers(area, item));
		}

	}

	/**
	 * The categories the current account reviews as a resource centre (none for anyone
	 * else).
	 */
	java.util.Set<String> stewardedCategories() {
		if (!CurrentUser.has(Role.RESOURCE_CENTRE)) {
			return java.util.Set.of();
		}
		return this.stewards.findByAccountId(CurrentUser.id())
			.stream()
			.map(Steward::category)
			.collect(Collectors.toSet());
	}

	/** What the current account may do with one item. */
	record Rights(boolean canEdit, boolean canReview, boolean isAuthor) {

		static final Rights NONE = new Rights(false, false, false);

	}

	private void requireEdit(KnowledgeItem item) {
		if (!canEdit(item)) {
			throw new WorkflowException("knowledge.workflow.notEditable");
		}
	}

	private void requireAuthorOrReviewer(KnowledgeItem item) {
		if (!isAuthor(item) && !canReview(item)) {
			throw new AccessDeniedException("not the author");
		}
	}

	private void requireReview(KnowledgeItem item) {
		if (!canReview(item)) {
			throw new AccessDeniedException("not a reviewer of this item");
		}
	}

	private void apply(KnowledgeItem item, ItemForm form) {
		var status = TranslationStatus.ORIGINAL;
		item.translations()
			.put(form.originalLanguage(),
					new KnowledgeItem.Translation(Objects.requireNonNull(UserText.clean(form.title())),
							UserText.cleanOrNull(form.summary()), RichText.sanitise(form.body()),
							RichText.sanitise(form.lessons()), UserText.cleanOrNull(form.funding()), status));
		replace(item.countries(), ItemForm.chosen(form.countries()).stream().map(CountryCode::code).toList());
		var cityRefs = new LinkedHashSet<KnowledgeItem.CityRef>();
		for (var cityId : ItemForm.chosen(form.cities())) {
			var city = this.cities.city(cityId);
			cityRefs.add(new KnowledgeItem.CityRef(cityId, city.nameEn()));
			item.countries().add(city.countryCode());
		}
		replace(item.cities(), cityRefs);
		var known = this.categories.findAll().stream().map(Category::code).collect(Collectors.toSet());
		replace(item.categories(), ItemForm.list(form.categories()).stream().filter(known::contains).toList());
		replace(item.sectors(), ItemForm.chosen(form.sectors()));
		var kind = item.kind();
		item.caseStudy(new CaseStudyDetails(form.periodFrom(), form.periodTo(),
				UserText.cleanOrNull(form.contactInstitution())));
		replace(item.results(), (kind == ContentKind.CASE_STUDY) ? form.parseResults(null) : List.of());
		replace(item.links(), form.parseLinks(null));
		item.year(form.year());
		item.publication(new PublicationDetails(form.publicationKind(), UserText.cleanOrNull(form.authors()),
				UserText.cleanOrNull(form.institutions()),
				form.publicationLanguage().isBlank() ? null : form.publicationLanguage()));
		item.news(new NewsDetails(form.publishedOn()));
		item.network(new NetworkDetails(UserText.cleanOrNull(form.acronym()), UserText.cleanOrNull(form.ledBy()),
				UserText.cleanOrNull(form.scope()), UserText.cleanOrNull(form.themes()),
				UserText.cleanOrNull(form.website())));
		replace(item.members(), ItemForm.lines(form.members()).stream().map(UserText::clean).toList());
		// Cost and languages belong to tools only; other kinds keep them empty.
		var tool = kind == ContentKind.TOOL;
		item.tool(ToolDetails.of(tool ? form.toolCost() : null,
				tool ? ItemForm.chosen(form.toolLanguages()).stream().map(Language::code).toList() : List.of()));
		item.policy(
				new PolicyDetails(form.policyLevel(), form.policyType(), UserText.cleanOrNull(form.sourceDocument())));
		var gatheringRefs = new LinkedHashSet<KnowledgeItem.GatheringRef>();
		for (var gatheringId : ItemForm.chosen(form.gatherings())) {
			gatheringRefs.add(new KnowledgeItem.GatheringRef(gatheringId,
					this.gatherings.gathering(gatheringId).summary().title()));
		}
		replace(item.gatherings(), gatheringRefs);
		replace(item.presentedAt(), ItemForm.lines(form.presentedAt()).stream().map(UserText::clean).toList());
		var related = ItemForm.chosen(form.related()).stream().filter((r) -> !r.equals(item.id())).toList();
		replace(item.related(), related.isEmpty() ? List.<UUID>of()
				: this.items.findAllById(related).stream().map(KnowledgeItem::id).toList());
	}

	private static <T> void replace(java.util.Collection<T> target, java.util.Collection<? extends T> values) {
		target.clear();
		values.stream().filter(Objects::nonNull).forEach(target::add);
	}

	/** Records a change of the item's content (not of its status). */
	private void changed(KnowledgeItem item, String action, String details) {
		item.touch(this.clock.instant());
		if (item.status() == ContentStatus.PUBLISHED) {
			openDataChanged();
			// A reviewer's correction of published text is a new published revision.
			keepRevision(item, this.clock.instant());
		}
		this.audit.record(RECORD, item.id(), action, details);
	}

	/**
	 * Records a step of the workflow: in the item's history (the reason, or the note when
	 * the step takes none), in the open data when the public lists change, and in the
	 * audit log under the step's name.
	 */
	private void took(KnowledgeItem item, EditorialStep.Transition transition, @Nullable String note) {
		var text = transition.step().needsReason() ? transition.reason()
				: (note == null) ? null : UserText.cleanOrNull(UserText.limited(note, EditorialStep.MAX_NOTE));
		var user = CurrentUser.get();
		this.comments.save(new Comment(item.id(), user.map(CurrentUser.AccountPrincipal::id).orElse(null),
				user.map(CurrentUser.AccountPrincipal::displayName).orElse(null), transition.step().comment(),
				(text == null) ? "" : text, this.clock.instant()));
		if (transition.changesWhatIsPublic()) {
			openDataChanged();
		}
		this.audit.record(RECORD, item.id(), transition.auditAction(), transition.auditDetails());
	}

	/** The bulk download of open data includes published items. */
	private void openDataChanged() {
		this.events.publishEvent(new org.lccp.shared.domain.OpenDataChanged(this.clock.instant()));
	}

	private void keepRevision(KnowledgeItem item, Instant at) {
		var number = this.revisions.lastNumber(item.id()) + 1;
		var by = CurrentUser.get().map(CurrentUser.AccountPrincipal::displayName).orElse(null);
		this.revisions.save(new Revision(item.id(), number, at, by, Snapshots.of(item)));
	}

}
