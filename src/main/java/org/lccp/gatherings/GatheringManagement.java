package org.lccp.gatherings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.Paging;
import org.lccp.files.FileNotFoundException;
import org.lccp.files.FileRules;
import org.lccp.files.FileStore;
import org.lccp.files.StoredFile;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.mail.Mailer;
import org.lccp.shared.domain.CitiesRegistered;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.WebProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The gatherings module's facade: the calendar, a gathering's agenda and outcome,
 * registration with waiting lists, check-in and feedback. Every decision about a seat is
 * taken while the gathering's row is locked, so capacity holds under any number of
 * concurrent registrations; changes are audited and mailed in the same transaction.
 * <p>
 * Every public write checks the caller's role itself (the secretariat describes
 * gatherings and checks people in; members register, cancel and give feedback), so a
 * write reached from another module is refused as it would be by address. The demo loader
 * writes through package-private paths without checks.
 */
@Service
public class GatheringManagement {

	private final Gatherings gatherings;

	private final Registrations registrations;

	private final AgendaSessions sessions;

	private final Materials materials;

	private final Feedbacks feedbacks;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final Mailer mailer;

	private final MessageSource texts;

	private final WebProperties web;

	private final FileStore files;

	private final ObjectProvider<CityRegistry> cities;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	GatheringManagement(Gatherings gatherings, Registrations registrations, AgendaSessions sessions,
			Materials materials, Feedbacks feedbacks, AccountManagement accounts, AuditLog audit, Mailer mailer,
			MessageSource texts, WebProperties web, FileStore files, ObjectProvider<CityRegistry> cities, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.cities = cities;
		this.clock = clock;
		this.gatherings = gatherings;
		this.registrations = registrations;
		this.sessions = sessions;
		this.materials = materials;
		this.feedbacks = feedbacks;
		this.accounts = accounts;
		this.audit = audit;
		this.mailer = mailer;
		this.texts = texts;
		this.web = web;
		this.files = files;
	}

	// --- secretariat: describing gatherings
	// ------------------------------------------------------------------

	@Transactional
	public UUID create(GatheringDetails details) {
		requireSecretariat();
		var gathering = this.gatherings.save(new Gathering(inRegistry(details), false, null, this.clock.instant()));
		this.audit.record("Gathering", gathering.getId(), "CREATED", details.title());
		return gathering.getId();
	}

	/**
	 * Records a gathering from the platform's documents, with the participant figures
	 * they report.
	 */
	@Transactional
	UUID recordFromDocuments(GatheringDetails details, boolean demo, String sourceNote,
			@Nullable Integer reportedInPerson, @Nullable Integer reportedOnline) {
		var gathering = new Gathering(inRegistry(details), demo, sourceNote, this.clock.instant());
		gathering.recordReportedFigures(reportedInPerson, reportedOnline);
		this.gatherings.save(gathering);
		this.audit.record("Gathering", gathering.getId(), "CREATED", sourceNote);
		return gathering.getId();
	}

	/**
	 * Marks a gathering recorded from the documents as only proposed there: its page and
	 * list entry say it is not confirmed as held.
	 */
	@Transactional
	void markUnconfirmed(UUID id) {
		load(id).markUnconfirmed();
		this.audit.record("Gathering", id, "UNCONFIRMED", "Proposed in the sources, not confirmed as held");
	}

	/**
	 * Edits a gathering; raised capacities move people up from the waiting lists.
	 * @param version the version the editor read (a {@link GatheringView#version()})
	 * @throws ConflictException when someone changed the gathering since; nothing is
	 * stored then
	 */
	@Transactional
	public void update(UUID id, GatheringDetails details, long version) {
		requireSecretariat();
		var gathering = locked(id);
		unchangedSince(gathering, version);
		gathering.edit(inRegistry(details));
		this.audit.record("Gathering", id, "EDITED", details.title());
		for (var mode : AttendanceMode.values()) {
			fillSeats(gathering, mode);
		}
	}

	@Transactional
	public void addSession(UUID id, SessionDetails details) {
		addSession(id, details, null);
	}

	/** An agenda session the documents describe, added by the demo loader. */
	@Transactional
	void addDocumentedSession(UUID id, SessionDetails details) {
		programmeSession(id, details, null);
	}

	/**
	 * Adds an agenda session, with an uploaded session document if one is given. Session
	 * documents are public at once, like the gathering itself.
	 * @throws org.lccp.files.InvalidFileException when the document is refused; nothing
	 * is added then
	 */
	@Transactional
	public void addSession(UUID id, SessionDetails details, @Nullable MultipartFile document) {
		requireSecretariat();
		programmeSession(id, details, document);
	}

	private void programmeSession(UUID id, SessionDetails details, @Nullable MultipartFile document) {
		var gathering = load(id);
		var zone = ZoneId.of(gathering.getTimeZone());
		var session = this.sessions.save(new AgendaSession(id, details.title(),
				details.startsAt().atZone(zone).toInstant(), details.endsAt().atZone(zone).toInstant(),
				details.speakers(), details.moderators(), details.documentUrl()));
		if (document != null) {
			var stored = this.files.store(document, FileRules.documents());
			this.files.setPublic(stored.id(), true);
			session.attachDocument(stored.id());
		}
		this.audit.record("Gathering", id, "SESSION_ADDED", "session=" + session.getId() + " " + details.title());
	}

	/** Removes an agenda session and its uploaded document. */
	@Transactional
	public void removeSession(UUID id, long sessionId) {
		requireSecretariat();
		var session = this.sessions.findById(sessionId)
			.filter((s) -> s.getGatheringId().equals(id))
			.orElseThrow(() -> new GatheringNotFoundException(id));
		this.sessions.delete(session);
		if (session.getDocumentFileId() != null) {
			this.files.delete(session.getDocumentFileId());
		}
		this.audit.record("Gathering", id, "SESSION_REMOVED", "session=" + sessionId);
	}

	@Transactional
	public void addMaterial(UUID id, MaterialKind kind, String title, String url) {
		requireSecretariat();
		load(id);
		this.materials.save(new Material(id, kind, title, url, this.clock.instant()));
		this.audit.record("Gathering", id, "MATERIAL_ADDED", kind + " " + url);
	}

	/**
	 * Adds an uploaded document, presentation or photo to the outcome. Pictures only for
	 * photos, documents otherwise. The file is public once the outcome report is (at once
	 * when it already is).
	 * @throws org.lccp.files.InvalidFileException when the file is refused; nothing is
	 * added then
	 */
	@Transactional
	public void addMaterialFile(UUID id, MaterialKind kind, String title, MultipartFile file) {
		requireSecretariat();
		var gathering = load(id);
		if (!kind.mayBeUploaded()) {
			throw new InvalidGatheringException("gatherings.material.fileNotForKind");
		}
		var stored = this.files.store(file, kind.fileRules());
		if (gathering.getOutcomePublishedAt() != null) {
			this.files.setPublic(stored.id(), true);
		}
		this.materials.save(new Material(id, kind, title, stored.id(), this.clock.instant()));
		if (kind == MaterialKind.PHOTO) {
			// Made now, so that the first visitor of the gallery does not wait for it.
			this.files.thumbnail(stored.id());
		}
		this.audit.record("Gathering", id, "MATERIAL_ADDED", kind + " file=" + stored.id() + " " + stored.name());
	}

	/** Removes an outcome material, and its file when it was uploaded. */
	@Transactional
	public void removeMaterial(UUID id, long materialId) {
		requireSecretariat();
		var material = this.materials.findById(materialId)
			.filter((m) -> m.getGatheringId().equals(id))
			.orElseThrow(() -> new GatheringNotFoundException(id));
		this.materials.delete(material);
		if (material.getFileId() != null) {
			this.files.delete(material.getFileId());
		}
		this.audit.record("Gathering", id, "MATERIAL_REMOVED", "material=" + materialId);
	}

	/**
	 * Publishes the outcome report, and with it the uploaded outcome files.
	 * @param version the version the editor read
	 * @throws ConflictException when someone changed the gathering since (another outcome
	 * published, the description edited); nothing is stored then
	 */
	@Transactional
	public void publishOutcome(UUID id, String summary, long version) {
		requireSecretariat();
		var gathering = locked(id);
		unchangedSince(gathering, version);
		var publishedAt = this.clock.instant();
		gathering.publishOutcome(summary, publishedAt);
		for (var material : this.materials.of(id)) {
			if (material.getFileId() != null) {
				this.files.setPublic(material.getFileId(), true);
			}
		}
		this.audit.record("Gathering", id, "OUTCOME_PUBLISHED", null);
		this.events.publishEvent(new GatheringHeld(id, gathering.getTitle(), gathering.getType(),
				gathering.getStartsAt(), gathering.getEndsAt(), gathering.getVenueCityId(), publishedAt));
	}

	// --- participants
	// ----------------------------------------------------------------------------------------

	/**
	 * Registers the signed-in member: a seat while there is one of the chosen kind,
	 * otherwise a place on the waiting list. A confirmation mail with the calendar link
	 * follows.
	 */
	@Transactional
	public RegistrationOutcome register(UUID id, RegistrationAnswers answers) {
		var user = requireMember();
		var gathering = locked(id);
		if (this.registrations.active(id, user.id()).isPresent()) {
			throw new RegistrationRefusedException("gatherings.registration.already");
		}
		var confirmed = this.registrations.countByGatheringIdAndModeAndStatus(id, answers.mode(),
				RegistrationStatus.CONFIRMED);
		var status = gathering.admit(answers.mode(), confirmed, this.clock.instant());
		var registration = this.registrations.save(new Registration(id, user.id(), user.displayName(), user.email(),
				answers, status, this.clock.instant()));
		// Under the lock nobody else joins meanwhile, so the newest is last in line.
		var position = status == RegistrationStatus.WAITLISTED ? (int) this.registrations
			.countByGatheringIdAndModeAndStatus(id, answers.mode(), RegistrationStatus.WAITLISTED) : 0;
		this.audit.record("GatheringRegistration", registration.getId(), "REGISTERED",
				"gathering=" + id + " mode=" + answers.mode() + " status=" + status);
		mail(registration, gathering,
				status == RegistrationStatus.CONFIRMED ? "gatherings.mail.confirmed" : "gatherings.mail.waitlisted",
				position);
		return new RegistrationOutcome(registration.getId(), status, position);
	}

	/**
	 * Cancels the signed-in member's registration; a freed seat goes to the waiting list.
	 */
	@Transactional
	public void cancel(UUID id) {
		requireMember();
		var gathering = locked(id);
		var registration = this.registrations.active(id, CurrentUser.id())
			.orElseThrow(() -> new RegistrationRefusedException("gatherings.registration.notRegistered"));
		if (gathering.hasStarted(this.clock.instant())) {
			throw new RegistrationRefusedException("gatherings.registration.started");
		}
		var freedSeat = registration.cancel(this.clock.instant());
		this.audit.record("GatheringRegistration", registration.getId(), "CANCELLED", "gathering=" + id);
		mail(registration, gathering, "gatherings.mail.cancelled", 0);
		if (freedSeat) {
			// Flush the cancellation so that the count of seats below sees it.
			this.registrations.flush();
			fillSeats(gathering, registration.getMode());
		}
	}

	@Transactional
	public void checkIn(UUID id, UUID registrationId, boolean present) {
		requireSecretariat();
		var registration = this.registrations.findById(registrationId)
			.filter((r) -> r.getGatheringId().equals(id))
			.orElseThrow(() -> new GatheringNotFoundException(registrationId));
		if (present) {
			registration.checkIn(this.clock.instant());
		}
		else {
			registration.undoCheckIn();
		}
		this.audit.record("GatheringRegistration", registrationId, present ? "CHECKED_IN" : "CHECK_IN_UNDONE",
				"gathering=" + id);
	}

	@Transactional
	public void giveFeedback(UUID id, int rating, @Nullable String comment) {
		requireMember();
		var gathering = load(id);
		var me = CurrentUser.id();
		if (!gathering.hasStarted(this.clock.instant())) {
			throw new RegistrationRefusedException("gatherings.feedback.tooEarly");
		}
		var registration = this.registrations.active(id, me)
			.filter((r) -> r.getStatus() == RegistrationStatus.CONFIRMED)
			.orElseThrow(() -> new RegistrationRefusedException("gatherings.feedback.participantsOnly"));
		if (this.feedbacks.existsByGatheringIdAndAccountId(id, me)) {
			throw new RegistrationRefusedException("gatherings.feedback.already");
		}
		if (rating < 1 || rating > 5) {
			throw new RegistrationRefusedException("gatherings.feedback.rating");
		}
		this.feedbacks.save(new Feedback(id, me, rating, comment, this.clock.instant()));
		this.audit.record("GatheringRegistration", registration.getId(), "FEEDBACK_GIVEN", "rating=" + rating);
	}

	// --- reading
	// ---------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<GatheringSummary> calendar(boolean past, Filter filter, int page, int size) {
		var request = Paging.of(page, size, 100);
		var country = filter.country() == null ? "" : filter.country().strip().toUpperCase(Locale.ROOT);
		var theme = filter.theme() == null ? "" : filter.theme().strip().toLowerCase(Locale.ROOT);
		var now = this.clock.instant();
		var found = past ? this.gatherings.past(now, filter.type(), filter.format(), country, theme, request)
				: this.gatherings.upcoming(now, filter.type(), filter.format(), country, theme, request);
		var figures = figuresOf(found.getContent());
		return found.map((g) -> summary(g, figures.get(g.getId())));
	}

	@Transactional(readOnly = true)
	public List<String> countries() {
		return this.gatherings.countries();
	}

	/**
	 * A gathering as the reader may see it: the online link only for participants with a
	 * seat and for the secretariat.
	 */
	@Transactional(readOnly = true)
	public GatheringPage page(UUID id) {
		var gathering = load(id);
		var me = CurrentUser.get().map(CurrentUser.AccountPrincipal::id);
		var mine = me.flatMap((account) -> this.registrations.active(id, account)).orElse(null);
		var secretariat = CurrentUser.has(Role.SECRETARIAT);
		var seated = mine != null && mine.getStatus() == RegistrationStatus.CONFIRMED;
		MyRegistration my = null;
		if (mine != null) {
			var position = mine.getStatus() == RegistrationStatus.WAITLISTED
					? (int) this.registrations.aheadInLine(id, mine.getMode(), mine.getRegisteredAt(), mine.getId()) + 1
					: 0;
			my = new MyRegistration(mine.getId(), mine.getMode(), mine.getStatus(), position);
		}
		var now = this.clock.instant();
		var givenFeedback = me.map((account) -> this.feedbacks.existsByGatheringIdAndAccountId(id, account))
			.orElse(false);
		var sessionViews = this.sessions.findByGatheringIdOrderByStartsAtAscIdAsc(id)
			.stream()
			.map((s) -> s.view(storedFile(s.getDocumentFileId())))
			.toList();
		// Uploaded outcome files wait for the outcome report; the secretariat sees them
		// at once.
		var materialViews = this.materials.of(id)
			.stream()
			.map((m) -> m.view(storedFile(m.getFileId())))
			.filter((m) -> m.file() == null || m.file().visible() || secretariat)
			.toList();
		return new GatheringPage(view(gathering, seated || secretariat), sessionViews, materialViews,
				figures(gathering), my, gathering.registrationOpen(now), gathering.hasStarted(now),
				gathering.isPast(now), seated && gathering.hasStarted(now) && !givenFeedback,
				feedback(id, secretariat));
	}

	@Transactional(readOnly = true)
	public GatheringView gathering(UUID id) {
		return view(load(id), CurrentUser.has(Role.SECRETARIAT));
	}

	/** The participant list with contact details and needs: the secretariat's only. */
	@Transactional(readOnly = true)
	public List<Participant> participants(UUID id) {
		requireSecretariat();
		load(id);
		return this.registrations.participants(id).stream().map(Registration::view).toList();
	}

	@Transactional(readOnly = true)
	public Figures figures(UUID id) {
		return figures(load(id));
	}

	/**
	 * Every gathering, newest first, for the calendar feeds (never with online links).
	 */
	@Transactional(readOnly = true)
	public List<GatheringView> feed(int limit) {
		var list = this.gatherings.newestFirst(PageRequest.of(0, limit));
		var figures = figuresOf(list);
		return list.stream().map((g) -> view(g, summary(g, figures.get(g.getId())), false)).toList();
	}

	// --- helpers
	// ---------------------------------------------------------------------------------------------

	private @Nullable StoredFile storedFile(@Nullable UUID fileId) {
		if (fileId == null) {
			return null;
		}
		try {
			return this.files.file(fileId);
		}
		catch (FileNotFoundException ex) {
			return null;
		}
	}

	private static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	private static CurrentUser.AccountPrincipal requireMember() {
		var user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("members only"));
		if (!CurrentUser.has(Role.MEMBER)) {
			throw new AccessDeniedException("members only");
		}
		return user;
	}

	/**
	 * Compared under the row lock, so of two editors who read the same version only the
	 * first one's change is stored.
	 */
	private static void unchangedSince(Gathering gathering, long version) {
		if (gathering.getVersion() != version) {
			throw new ConflictException("error.conflict.stale");
		}
	}

	private Gathering load(UUID id) {
		return this.gatherings.findById(id).orElseThrow(() -> new GatheringNotFoundException(id));
	}

	private Gathering locked(UUID id) {
		return this.gatherings.lockById(id).orElseThrow(() -> new GatheringNotFoundException(id));
	}

	private void fillSeats(Gathering gathering, AttendanceMode mode) {
		var confirmed = this.registrations.countByGatheringIdAndModeAndStatus(gathering.getId(), mode,
				RegistrationStatus.CONFIRMED);
		for (var waiting : this.registrations.waitingList(gathering.getId(), mode)) {
			if (!gathering.hasSeat(mode, confirmed)) {
				break;
			}
			waiting.promote(this.clock.instant());
			confirmed++;
			this.audit.record("GatheringRegistration", waiting.getId(), "PROMOTED", "gathering=" + gathering.getId());
			mail(waiting, gathering, "gatherings.mail.promoted", 0);
		}
	}

	private void mail(Registration registration, Gathering gathering, String key, int position) {
		var locale = this.accounts.find(registration.getAccountId()).language().locale();
		var zone = ZoneId.of(gathering.getTimeZone());
		var when = GatheringTimes.range(gathering.getStartsAt(), gathering.getEndsAt(), zone, locale);
		var seated = registration.getStatus() == RegistrationStatus.CONFIRMED;
		var args = new Object[] { gathering.getTitle(), when,
				this.texts.getMessage("AttendanceMode." + registration.getMode().name(), null, locale),
				this.web.link("/gatherings/" + gathering.getId()),
				this.web.link("/gatherings/" + gathering.getId() + "/calendar.ics"), position };
		var body = new StringBuilder()
			.append(this.texts.getMessage("mail.greeting", new Object[] { registration.getName() }, locale))
			.append("\n\n")
			.append(this.texts.getMessage(key + ".body", args, locale));
		if (seated && registration.getMode() == AttendanceMode.ONLINE && gathering.getOnlineLink() != null) {
			body.append("\n\n")
				.append(this.texts.getMessage("gatherings.mail.onlineLink", new Object[] { gathering.getOnlineLink() },
						locale));
		}
		body.append("\n\n").append(this.texts.getMessage("mail.signature", null, locale));
		var place = CalendarFeeds.place(gathering.getVenueAddress(), gathering.getVenueCity(),
				gathering.getVenueCountry());
		var calendar = CalendarFeeds.single(gathering.getId(), gathering.getStartsAt(), gathering.getEndsAt(),
				gathering.getTitle(), place, gathering.getSummary(), this.web.link("/gatherings/" + gathering.getId()),
				this.clock.instant());
		this.mailer.send(registration.getEmail(),
				this.texts.getMessage(key + ".subject", new Object[] { gathering.getTitle() }, locale), body.toString(),
				new Mailer.Attachment("gathering-" + gathering.getId() + ".ics", "text/calendar; charset=UTF-8",
						calendar.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	/**
	 * At most {@code limit} gatherings whose title contains the query (case does not
	 * count), newest first, for forms that let one pick a gathering without listing them
	 * all.
	 */
	@Transactional(readOnly = true)
	public List<GatheringSummary> titled(String query, int limit) {
		var text = query.strip().toLowerCase(Locale.ROOT);
		if (text.isEmpty() || limit <= 0) {
			return List.of();
		}
		return summaries(this.gatherings.titled(text, PageRequest.of(0, limit)));
	}

	/**
	 * The gatherings with these ids that exist, for the choices already made on a form.
	 */
	@Transactional(readOnly = true)
	public List<GatheringSummary> withIds(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : summaries(this.gatherings.findAllById(ids));
	}

	/** Gatherings held in a city of the registry, newest first. */
	@Transactional(readOnly = true)
	public List<GatheringSummary> heldIn(UUID cityId) {
		return summaries(this.gatherings.heldIn(cityId));
	}

	/**
	 * Links the venues not yet linked to a city to the one city of their country whose
	 * name they use, in any language, when the registry announces new cities: a city's
	 * page then lists the gatherings held there before it was registered. Heard within
	 * the registry's transaction, so the link is there as soon as the city is; nobody's
	 * role is needed, since it only follows the registry.
	 */
	@EventListener
	void linkVenuesToRegistry(CitiesRegistered registered) {
		var registry = this.cities.getIfAvailable();
		if (registry == null) {
			return;
		}
		for (var gathering : this.gatherings.unlinkedVenues()) {
			registry.named(gathering.getVenueCountry(), gathering.getVenueCity())
				.ifPresent((city) -> gathering.locateIn(city.id()));
		}
	}

	/**
	 * The details with the venue's city taken from the registry: a chosen city gives its
	 * English name and country (the name is kept for history and for the feeds); a typed
	 * name is linked to the one city of the country that bears it.
	 * @throws InvalidGatheringException when the chosen city is not in the registry
	 */
	private GatheringDetails inRegistry(GatheringDetails details) {
		var registry = this.cities.getIfAvailable();
		if (details.venueCityId() != null) {
			var city = registry == null ? null : registry.city(details.venueCityId(), Locale.ENGLISH).orElse(null);
			if (city == null) {
				throw new InvalidGatheringException("gatherings.validation.unknownCity");
			}
			return details.inCity(city.id(), city.nameEn(), city.countryCode());
		}
		if (registry == null || details.venueCity() == null || details.venueCity().isBlank()
				|| details.venueCountry() == null) {
			return details;
		}
		var named = registry.named(details.venueCountry(), details.venueCity());
		return named.isPresent() ? details.inCity(named.get().id(), details.venueCity(), details.venueCountry())
				: details;
	}

	private List<GatheringSummary> summaries(List<Gathering> list) {
		var figures = figuresOf(list);
		return list.stream().map((g) -> summary(g, figures.get(g.getId()))).toList();
	}

	private GatheringSummary summary(Gathering g) {
		return summary(g, figures(g));
	}

	private GatheringSummary summary(Gathering g, Figures figures) {
		return new GatheringSummary(g.getId(), g.getTitle(), g.getType(), g.getFormat(), g.getTheme(), g.getStartsAt(),
				g.getEndsAt(), g.getTimeZone(), g.getVenueCity(), g.getVenueCountry(), g.isDemo(), g.isUnconfirmed(),
				figures, g.getVenueCityId());
	}

	private GatheringView view(Gathering g, boolean withOnlineLink) {
		return view(g, summary(g), withOnlineLink);
	}

	private GatheringView view(Gathering g, GatheringSummary summary, boolean withOnlineLink) {
		return new GatheringView(summary, g.getSummary(), g.getVenueAddress(),
				withOnlineLink ? g.getOnlineLink() : null, g.getOnlineLink() != null, lines(g.getOrganisers()),
				lines(g.getPartners()), g.getLanguages(), g.getInterpretation(), g.getCapacityInPerson(),
				g.getCapacityOnline(), g.getRegistrationDeadline(), g.getOutcomeSummary(), g.getOutcomePublishedAt(),
				g.getSourceNote(), g.getVersion());
	}

	private Figures figures(Gathering g) {
		return figures(g, this.registrations.counts(g.getId()));
	}

	/** The figures of many gatherings from one grouped query. */
	private Map<UUID, Figures> figuresOf(List<Gathering> list) {
		if (list.isEmpty()) {
			return Map.of();
		}
		var rows = new java.util.HashMap<UUID, List<Object[]>>();
		for (var row : this.registrations.countsOf(list.stream().map(Gathering::getId).toList())) {
			rows.computeIfAbsent((UUID) row[0], (id) -> new java.util.ArrayList<>())
				.add(Arrays.copyOfRange(row, 1, row.length));
		}
		var out = new java.util.HashMap<UUID, Figures>();
		for (var g : list) {
			out.put(g.getId(), figures(g, rows.getOrDefault(g.getId(), List.of())));
		}
		return out;
	}

	private Figures figures(Gathering g, List<Object[]> counts) {
		long registeredInPerson = 0;
		long registeredOnline = 0;
		long waitlistedInPerson = 0;
		long waitlistedOnline = 0;
		long attendedInPerson = 0;
		long attendedOnline = 0;
		for (var row : counts) {
			var mode = (AttendanceMode) row[0];
			var status = (RegistrationStatus) row[1];
			var count = (Long) row[2];
			var attended = (Long) row[3];
			var inPerson = mode == AttendanceMode.IN_PERSON;
			if (status == RegistrationStatus.CONFIRMED) {
				if (inPerson) {
					registeredInPerson = count;
					attendedInPerson = attended;
				}
				else {
					registeredOnline = count;
					attendedOnline = attended;
				}
			}
			else if (status == RegistrationStatus.WAITLISTED) {
				if (inPerson) {
					waitlistedInPerson = count;
				}
				else {
					waitlistedOnline = count;
				}
			}
		}
		return new Figures(registeredInPerson, registeredOnline, waitlistedInPerson, waitlistedOnline, attendedInPerson,
				attendedOnline, g.getReportedInPerson(), g.getReportedOnline(),
				seatsLeft(g.getCapacityInPerson(), registeredInPerson),
				seatsLeft(g.getCapacityOnline(), registeredOnline));
	}

	private static @Nullable Long seatsLeft(@Nullable Integer capacity, long taken) {
		return capacity == null ? null : Math.max(0, capacity - taken);
	}

	private FeedbackResults feedback(UUID id, boolean withComments) {
		var all = this.feedbacks.of(id);
		var distribution = new TreeMap<Integer, Long>();
		for (int rating = 5; rating >= 1; rating--) {
			distribution.put(rating, 0L);
		}
		double sum = 0;
		for (var f : all) {
			distribution.merge(f.getRating(), 1L, Long::sum);
			sum += f.getRating();
		}
		var average = all.isEmpty() ? 0 : Math.round(sum / all.size() * 10) / 10.0;
		var comments = withComments ? all.stream().map(Feedback::getComment).filter((c) -> c != null).toList()
				: List.<String>of();
		return new FeedbackResults(all.size(), average, distribution.descendingMap(), comments);
	}

	/** Splits a text of one name per line into names. */
	static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	// --- views
	// -----------------------------------------------------------------------------------------------

	/** Filters of the calendar; empty parts match everything. */
	public record Filter(@Nullable GatheringType type, @Nullable GatheringFormat format, @Nullable String country,
			@Nullable String theme) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}

	}

	/** One agenda session as the secretariat enters it, in the gathering's time zone. */
	public record SessionDetails(String title, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String speakers,
			@Nullable String moderators, @Nullable String documentUrl) {
	}

	/** One line of the calendar. */
	public record GatheringSummary(UUID id, String title, GatheringType type, GatheringFormat format,
			@Nullable String theme, Instant startsAt, Instant endsAt, String timeZone, @Nullable String venueCity,
			@Nullable String venueCountry, boolean demo, boolean unconfirmed, Figures figures,
			@Nullable UUID venueCityId) {
	}

	/**
	 * A gathering's description; {@code onlineLink} is null for readers without a seat.
	 */
	public record GatheringView(GatheringSummary summary, @Nullable String description, @Nullable String venueAddress,
			@Nullable String onlineLink, boolean hasOnlineLink, List<String> organisers, List<String> partners,
			@Nullable String languages, @Nullable String interpretation, @Nullable Integer capacityInPerson,
			@Nullable Integer capacityOnline, @Nullable Instant registrationDeadline, @Nullable String outcomeSummary,
			@Nullable Instant outcomePublishedAt, @Nullable String sourceNote, long version) {
	}

	/** Everything on a gathering's page. */
	public record GatheringPage(GatheringView gathering, List<SessionView> sessions, List<MaterialView> materials,
			Figures figures, @Nullable MyRegistration myRegistration, boolean registrationOpen, boolean started,
			boolean past, boolean mayGiveFeedback, FeedbackResults feedback) {
	}

	/**
	 * An agenda session; its document is a link, an uploaded file, or both.
	 */
	public record SessionView(Long id, String title, Instant startsAt, Instant endsAt, List<String> speakers,
			List<String> moderators, @Nullable String documentUrl, @Nullable StoredFile document) {
	}

	/**
	 * An outcome material: a link, or an uploaded file whose download path is the
	 * {@code url}.
	 */
	public record MaterialView(Long id, MaterialKind kind, String title, String url, @Nullable StoredFile file) {

		/** An uploaded picture, shown in the gallery with its thumbnail. */
		public boolean isUploadedPhoto() {
			return this.file != null && this.file.isImage();
		}

		/**
		 * The small picture of an uploaded photo (which leads to the photo itself when it
		 * has no thumbnail).
		 */
		public String previewPath() {
			return this.file == null ? this.url : this.file.thumbnailPath();
		}

	}

	/** The reader's own registration. */
	public record MyRegistration(UUID id, AttendanceMode mode, RegistrationStatus status, int waitingPosition) {
	}

	/** What came of a registration. */
	public record RegistrationOutcome(UUID registrationId, RegistrationStatus status, int waitingPosition) {
	}

	/** One participant, for the secretariat. */
	public record Participant(UUID id, String name, String email, AttendanceMode mode, RegistrationStatus status,
			@Nullable String dietary, @Nullable String accessibility, @Nullable String interpretation,
			Instant registeredAt, @Nullable Instant checkedInAt) {
	}

	/**
	 * Participant figures: registrations and check-ins on the platform, and the figures
	 * the source documents report for gatherings held before it.
	 */
	public record Figures(long registeredInPerson, long registeredOnline, long waitlistedInPerson,
			long waitlistedOnline, long attendedInPerson, long attendedOnline, @Nullable Integer reportedInPerson,
			@Nullable Integer reportedOnline, @Nullable Long seatsLeftInPerson, @Nullable Long seatsLeftOnline) {

		public boolean hasRegistrations() {
			return this.registeredInPerson + this.registeredOnline + this.waitlistedInPerson
					+ this.waitlistedOnline > 0;
		}

		public boolean hasReported() {
			return this.reportedInPerson != null || this.reportedOnline != null;
		}

	}

	/** Aggregated answers of the feedback survey; comments only for the secretariat. */
	public record FeedbackResults(long count, double average, Map<Integer, Long> distribution, List<String> comments) {
	}

}
