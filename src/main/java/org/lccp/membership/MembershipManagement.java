package org.lccp.membership;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.lccp.shared.domain.OpenDataChanged;
import org.lccp.shared.web.Paging;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.mail.Mailer;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NotFoundException;
import org.lccp.shared.web.WebProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The membership module's facade: applications and their workflow, decisions, suspensions
 * and the directory. Every change is audited and mailed to whoever it concerns, in the
 * same transaction.
 */
@Service
public class MembershipManagement {

	private final Applications applications;

	private final Institutions institutions;

	private final ApplicationMessages messages;

	private final ApplicationTransitions transitions;

	private final InstitutionStatusChanges statusChanges;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final Mailer mailer;

	private final MessageSource texts;

	private final WebProperties web;

	private final MembershipProperties properties;

	private final ApplicationEventPublisher events;

	private final NationalFocalPoints focalPoints;

	private final JdbcClient jdbc;

	private final Clock clock;

	private static final Duration COUNTS_TTL = Duration.ofSeconds(10);

	private volatile @Nullable CachedCounts cachedCounts;

	MembershipManagement(Applications applications, Institutions institutions, ApplicationMessages messages,
			ApplicationTransitions transitions, InstitutionStatusChanges statusChanges, AccountManagement accounts,
			AuditLog audit, Mailer mailer, MessageSource texts, WebProperties web, MembershipProperties properties,
			ApplicationEventPublisher events, NationalFocalPoints focalPoints, JdbcClient jdbc, Clock clock) {
		this.applications = applications;
		this.institutions = institutions;
		this.messages = messages;
		this.transitions = transitions;
		this.statusChanges = statusChanges;
		this.accounts = accounts;
		this.audit = audit;
		this.mailer = mailer;
		this.texts = texts;
		this.web = web;
		this.properties = properties;
		this.events = events;
		this.focalPoints = focalPoints;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// --- applicant side
	// -------------------------------------------------------------------------------------

	/**
	 * Starts a draft application for the signed-in account. Open by rule to every
	 * signed-in account, members or not: applying is how an institution becomes one.
	 */
	@Transactional
	public UUID startApplication(ApplicationDetails details) {
		CurrentUser.get().orElseThrow(() -> new AccessDeniedException("sign in to apply"));
		var application = this.applications
			.save(new MembershipApplication(CurrentUser.id(), details, this.clock.instant()));
		this.transitions.save(new ApplicationTransition(application.getId(), null, ApplicationState.DRAFT,
				CurrentUser.id(), this.clock.instant()));
		this.audit.record("MembershipApplication", application.getId(), "CREATED", details.nameEnglish());
		return application.getId();
	}

	@Transactional
	public void updateApplication(UUID id, ApplicationDetails details) {
		var application = ownApplication(id);
		application.edit(details);
		this.audit.record("MembershipApplication", id, "EDITED", details.nameEnglish());
	}

	/** Submits a draft, or resubmits after the secretariat asked for more information. */
	@Transactional
	public void submit(UUID id) {
		var application = ownApplication(id);
		var from = application.submit(this.clock.instant());
		recordTransition(application, from);
		this.audit.record("MembershipApplication", id, "SUBMITTED", null);
		mailApplicant(application, "membership.mail.submitted");
		mailSecretariat(application, from == ApplicationState.DRAFT ? "membership.mail.secretariat.new"
				: "membership.mail.secretariat.resubmitted");
	}

	/**
	 * Adds the applicant's message to the thread; when the secretariat had asked for more
	 * information, the answer resubmits the application.
	 */
	@Transactional
	public void reply(UUID id, String body) {
		var application = ownApplication(id);
		if (application.getState().isFinal()) {
			throw new org.lccp.shared.web.ConflictException("membership.application.decided");
		}
		this.messages.save(new ApplicationMessage(id, CurrentUser.id(), false, body, this.clock.instant()));
		this.audit.record("MembershipApplication", id, "APPLICANT_MESSAGE", null);
		if (application.getState() == ApplicationState.MORE_INFO_REQUESTED) {
			var from = application.submit(this.clock.instant());
			recordTransition(application, from);
			this.audit.record("MembershipApplication", id, "SUBMITTED", null);
			mailApplicant(application, "membership.mail.submitted");
			mailSecretariat(application, "membership.mail.secretariat.resubmitted");
		}
		else {
			mailSecretariat(application, "membership.mail.secretariat.message");
		}
	}

	@Transactional(readOnly = true)
	public List<ApplicationSummary> myApplications() {
		return this.applications.findByApplicantIdOrderByCreatedAtDesc(CurrentUser.id())
			.stream()
			.map(MembershipManagement::summary)
			.toList();
	}

	/**
	 * One application with its thread and history, for its applicant or the secretariat.
	 */
	@Transactional(readOnly = true)
	public ApplicationFile application(UUID id) {
		var application = this.applications.findById(id).orElseThrow(() -> new ApplicationNotFoundException(id));
		if (!CurrentUser.has(Role.SECRETARIAT) && !application.getApplicantId().equals(CurrentUser.id())) {
			// Someone else's application is answered like a missing one: its existence is
			// not their business.
			throw new ApplicationNotFoundException(id);
		}
		return file(application);
	}

	// --- secretariat side
	// -----------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<ApplicationSummary> queue(@Nullable ApplicationState state, int page) {
		return queue(state, "", page);
	}

	/**
	 * The queue, optionally only nominations: {@code nominatedBy} is empty for all
	 * applications, {@code *} for every nomination, or a Member State's country code.
	 */
	@Transactional(readOnly = true)
	public Page<ApplicationSummary> queue(@Nullable ApplicationState state, String nominatedBy, int page) {
		return this.applications.queue(state, nominatedBy, Paging.of(page, 25, 25)).map(MembershipManagement::summary);
	}

	@Transactional(readOnly = true)
	public Map<ApplicationState, Long> queueCounts() {
		var counts = new EnumMap<ApplicationState, Long>(ApplicationState.class);
		for (var state : ApplicationState.values()) {
			counts.put(state, 0L);
		}
		for (var row : this.applications.countByState()) {
			counts.put((ApplicationState) row[0], (Long) row[1]);
		}
		return counts;
	}

	@Transactional
	public void updateChecklist(UUID id, Checklist checklist) {
		requireSecretariat();
		var application = load(id);
		application.updateChecklist(checklist);
		this.audit.record("MembershipApplication", id, "CHECKLIST_UPDATED", checklist.toString());
	}

	@Transactional
	public void requestMoreInformation(UUID id, String message) {
		requireSecretariat();
		var application = load(id);
		application.requestMoreInformation();
		this.messages.save(new ApplicationMessage(id, CurrentUser.id(), true, message, this.clock.instant()));
		recordTransition(application, ApplicationState.SUBMITTED);
		this.audit.record("MembershipApplication", id, "MORE_INFO_REQUESTED", message);
		mailApplicant(application, "membership.mail.moreInfo");
	}

	@Transactional
	public void messageApplicant(UUID id, String message) {
		requireSecretariat();
		var application = load(id);
		if (application.getState().isFinal()) {
			throw new org.lccp.shared.web.ConflictException("membership.application.decided");
		}
		this.messages.save(new ApplicationMessage(id, CurrentUser.id(), true, message, this.clock.instant()));
		this.audit.record("MembershipApplication", id, "SECRETARIAT_MESSAGE", null);
		mailApplicant(application, "membership.mail.message");
	}

	/**
	 * Accepts the application: the institution becomes a member, the applicant gets
	 * MEMBER (and CITY_FOCAL_POINT for a local government), and is told by mail.
	 */
	@Transactional
	public UUID accept(UUID id) {
		requireSecretariat();
		directoryChanged();
		var application = load(id);
		var now = this.clock.instant();
		var institution = new Institution(application.details(), LocalDate.ofInstant(now, ZoneOffset.UTC), null, now);
		application.accept(institution.getId(), CurrentUser.id(), now);
		this.institutions.save(institution);
		this.statusChanges.save(new InstitutionStatusChange(institution.getId(), null, InstitutionStatus.ACTIVE, null,
				CurrentUser.id(), now));
		recordTransition(application, ApplicationState.SUBMITTED);
		// A nominating focal point speaks for its Member State, not for the institution:
		// it gains no membership role and keeps its own affiliation.
		if (application.getNominatedByCountry() == null) {
			this.accounts.grant(application.getApplicantId(), Role.MEMBER);
			if (application.getType() == InstitutionType.LOCAL_GOVERNMENT) {
				this.accounts.grant(application.getApplicantId(), Role.CITY_FOCAL_POINT);
			}
			this.accounts.setAffiliation(application.getApplicantId(), application.getNameEnglish());
		}
		this.audit.record("MembershipApplication", id, "ACCEPTED", "institution=" + institution.getId());
		this.audit.record("Institution", institution.getId(), "CREATED", application.getNameEnglish());
		mailApplicant(application, "membership.mail.accepted", this.web.link("/members/" + institution.getId()));
		this.events.publishEvent(new MembershipAccepted(id, institution.getId(), application.getApplicantId(),
				application.getType(), application.getCountry()));
		return institution.getId();
	}

	@Transactional
	public void reject(UUID id, String reason) {
		requireSecretariat();
		var application = load(id);
		var from = application.reject(reason, CurrentUser.id(), this.clock.instant());
		recordTransition(application, from);
		this.audit.record("MembershipApplication", id, "REJECTED", reason);
		mailApplicant(application, "membership.mail.rejected", reason);
	}

	@Transactional
	public void suspend(UUID institutionId, String reason) {
		requireSecretariat();
		directoryChanged();
		var institution = loadInstitution(institutionId);
		var from = institution.suspend();
		this.statusChanges.save(new InstitutionStatusChange(institutionId, from, InstitutionStatus.SUSPENDED, reason,
				CurrentUser.id(), this.clock.instant()));
		this.audit.record("Institution", institutionId, "SUSPENDED", reason);
	}

	@Transactional
	public void reinstate(UUID institutionId, String reason) {
		requireSecretariat();
		directoryChanged();
		var institution = loadInstitution(institutionId);
		var from = institution.reinstate();
		this.statusChanges.save(new InstitutionStatusChange(institutionId, from, InstitutionStatus.ACTIVE, reason,
				CurrentUser.id(), this.clock.instant()));
		this.audit.record("Institution", institutionId, "REINSTATED", reason);
	}

	// --- Member-State nominations
	// ---------------------------------------------------------------------------

	/**
	 * Appoints an account as national focal point of a country (or moves it to another
	 * country): grants the role and records the country.
	 */
	@Transactional
	public void appointFocalPoint(UUID accountId, String country) {
		requireSecretariat();
		var account = this.accounts.find(accountId);
		var existing = this.focalPoints.findById(accountId);
		if (existing.isPresent()) {
			existing.get().moveTo(country, CurrentUser.id(), this.clock.instant());
		}
		else {
			this.focalPoints.save(new NationalFocalPoint(accountId, country, CurrentUser.id(), this.clock.instant()));
		}
		this.accounts.grant(accountId, Role.NATIONAL_FOCAL_POINT);
		this.audit.record("NationalFocalPoint", accountId, "APPOINTED", "country=" + country + ", " + account.email());
	}

	@Transactional
	public void withdrawFocalPoint(UUID accountId) {
		requireSecretariat();
		this.focalPoints.findById(accountId).ifPresent(this.focalPoints::delete);
		this.accounts.withdraw(accountId, Role.NATIONAL_FOCAL_POINT);
		this.audit.record("NationalFocalPoint", accountId, "WITHDRAWN", null);
	}

	@Transactional(readOnly = true)
	public List<FocalPoint> focalPoints() {
		requireSecretariat();
		return this.focalPoints.findAllByOrderByCountryAscAppointedAtAsc().stream().map((f) -> {
			var account = this.accounts.find(f.getAccountId());
			return new FocalPoint(f.getAccountId(), account.displayName(), account.email(), f.getCountry(),
					f.getAppointedAt(), account.has(Role.NATIONAL_FOCAL_POINT));
		}).toList();
	}

	/**
	 * The country the signed-in account nominates for: present only for an account
	 * holding the national focal point role with a country appointed by the secretariat.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> nominatingCountry() {
		if (!CurrentUser.has(Role.NATIONAL_FOCAL_POINT)) {
			return java.util.Optional.empty();
		}
		return this.focalPoints.findById(CurrentUser.id()).map(NationalFocalPoint::getCountry);
	}

	/**
	 * Nominates an institution of the focal point's own country; it enters the queue
	 * submitted and marked with that country. The country in {@code details} is ignored:
	 * a focal point nominates for its own Member State only.
	 * @throws NominationRefusedException when the institution is already a member or has
	 * an open application; nothing is stored then
	 */
	@Transactional
	public UUID nominate(ApplicationDetails details, String reason) {
		var country = nominatingCountry()
			.orElseThrow(() -> new AccessDeniedException("not a national focal point with a country"));
		if (!NOMINABLE.contains(details.type())) {
			throw new NominationRefusedException("type", "membership.nomination.typeNotNominable");
		}
		var own = new ApplicationDetails(details.nameOriginal(), details.nameEnglish(), details.type(), country,
				details.city(), details.website(), details.activities(), details.interests(), details.sectors(),
				details.contactName(), details.contactPosition(), details.contactEmail(), details.contactPhone(),
				details.offersExperts(), details.resourceCentreArea());
		// Two nominations in one country wait for each other here, so the second sees the
		// first and is refused instead of making a duplicate.
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "membership-nomination:" + country)
			.query()
			.singleRow();
		refuseIfNamesMeet(own, this.institutions.findByCountry(country).stream().map(Institution::names),
				"membership.nomination.alreadyMember");
		refuseIfNamesMeet(own, this.applications.openIn(country).stream().map(MembershipApplication::names),
				"membership.nomination.alreadyApplied");
		var now = this.clock.instant();
		var application = this.applications
			.save(MembershipApplication.nomination(CurrentUser.id(), country, own, reason, now));
		this.transitions.save(new ApplicationTransition(application.getId(), null, ApplicationState.SUBMITTED,
				CurrentUser.id(), now));
		this.audit.record("MembershipApplication", application.getId(), "NOMINATED",
				"country=" + country + ", " + own.nameEnglish());
		mailSecretariat(application, "membership.mail.secretariat.new");
		return application.getId();
	}

	/**
	 * Refuses the nomination when one of its names is also one of another institution's,
	 * on the field of the name that met.
	 */
	private static void refuseIfNamesMeet(ApplicationDetails nominee, Stream<InstitutionNames> others,
			String messageKey) {
		var names = InstitutionNames.of(nominee.nameOriginal(), nominee.nameEnglish());
		others.filter(names::meet).findFirst().ifPresent((other) -> {
			var field = InstitutionNames.of(nominee.nameEnglish()).meet(other) ? "nameEnglish" : "nameOriginal";
			throw new NominationRefusedException(field, messageKey);
		});
	}

	/**
	 * Kinds of institution a Member State nominates: its national and municipal bodies
	 * and non-profits.
	 */
	public static final java.util.Set<InstitutionType> NOMINABLE = java.util.EnumSet.of(
			InstitutionType.NATIONAL_GOVERNMENT, InstitutionType.LOCAL_GOVERNMENT, InstitutionType.RESEARCH_INSTITUTION,
			InstitutionType.NON_PROFIT);

	// --- directory
	// ------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<InstitutionView> directory(@Nullable String country, @Nullable InstitutionType type, int page) {
		return this.institutions
			.directory(country == null ? "" : country.toUpperCase(Locale.ROOT), type, Paging.of(page, 30, 30))
			.map(Institution::view);
	}

	/**
	 * The active member directory as a page of any size, for the open-data API; ordered
	 * by English name.
	 */
	@Transactional(readOnly = true)
	public Page<InstitutionView> publicDirectory(@Nullable String country, @Nullable InstitutionType type,
			org.springframework.data.domain.Pageable page) {
		return this.institutions
			.directory(country == null ? "" : country.toUpperCase(Locale.ROOT), type,
					PageRequest.of(page.getPageNumber(), page.getPageSize()))
			.map(Institution::view);
	}

	/** Active members located in a city, e.g. its local government, for city profiles. */
	@Transactional(readOnly = true)
	public List<InstitutionView> activeMembersIn(String country, String city) {
		return this.institutions.activeIn(country, city).stream().map(Institution::view).toList();
	}

	/**
	 * The institutions an account applied for and saw accepted, so that other modules can
	 * tell whom a person speaks for (peer review keeps the host city's institutions off
	 * its team).
	 */
	@Transactional(readOnly = true)
	public List<UUID> institutionsAppliedFor(UUID accountId) {
		return this.applications.findByApplicantIdOrderByCreatedAtDesc(accountId)
			.stream()
			.filter((a) -> a.getNominatedByCountry() == null)
			.map(MembershipApplication::getInstitutionId)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/**
	 * The English name of an institution, whatever its status, for modules that record it
	 * by id (the programme's contributions keep the name as it was when recorded).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> institutionName(UUID id) {
		return this.institutions.findById(id).map(Institution::getNameEnglish);
	}

	/**
	 * The English name of an active member institution; empty when suspended or unknown
	 * (only active members are invited to serve as resource centres).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<String> activeInstitutionName(UUID id) {
		return this.institutions.findById(id)
			.filter((i) -> i.getStatus() == InstitutionStatus.ACTIVE)
			.map(Institution::getNameEnglish);
	}

	/**
	 * A member's public profile; suspended members are visible only to the secretariat.
	 */
	@Transactional(readOnly = true)
	public InstitutionProfile institution(UUID id) {
		var institution = loadInstitution(id);
		if (institution.getStatus() != InstitutionStatus.ACTIVE && !CurrentUser.has(Role.SECRETARIAT)) {
			throw new InstitutionNotFoundException(id);
		}
		var history = CurrentUser.has(Role.SECRETARIAT)
				? this.statusChanges.history(id).stream().map(InstitutionStatusChange::view).toList()
				: List.<StatusChange>of();
		return new InstitutionProfile(institution.view(), history);
	}

	/**
	 * Figures for the home page and the directory. They are read on every visit and
	 * change rarely, so they are kept for a few seconds; a change on this node clears
	 * them at commit, and other nodes catch up within {@link #COUNTS_TTL}.
	 */
	public DirectoryCounts counts() {
		var cached = this.cachedCounts;
		if (cached != null && System.nanoTime() - cached.at() < COUNTS_TTL.toNanos()) {
			return cached.counts();
		}
		var fresh = countNow();
		this.cachedCounts = new CachedCounts(fresh, System.nanoTime());
		return fresh;
	}

	private DirectoryCounts countNow() {
		var byCountry = new TreeMap<String, Long>();
		for (var row : this.institutions.countByCountry()) {
			byCountry.put(((String) row[0]).strip(), (Long) row[1]);
		}
		var byType = new EnumMap<InstitutionType, Long>(InstitutionType.class);
		for (var row : this.institutions.countByType()) {
			byType.put((InstitutionType) row[0], (Long) row[1]);
		}
		var total = byCountry.values().stream().mapToLong(Long::longValue).sum();
		return new DirectoryCounts(total, byCountry.size(), byCountry, byType);
	}

	/**
	 * Adds a member directly, without an application; used for the platform's existing
	 * members. {@code memberSince} is null when the source gives no joining date.
	 */
	@Transactional
	public UUID registerExistingMember(ApplicationDetails details, @Nullable LocalDate memberSince, String sourceNote) {
		// System work (demo data at start-up) runs with nobody signed in; anyone a
		// request carries, an anonymous visitor included, must be the secretariat.
		if (!CurrentUser.isSystemWork()) {
			requireSecretariat();
		}
		directoryChanged();
		var now = this.clock.instant();
		var institution = this.institutions.save(new Institution(details, memberSince, sourceNote, now));
		this.statusChanges.save(new InstitutionStatusChange(institution.getId(), null, InstitutionStatus.ACTIVE,
				sourceNote, null, now));
		this.audit.record("Institution", institution.getId(), "CREATED", sourceNote);
		return institution.getId();
	}

	/**
	 * The public directory changed (a member accepted, registered, suspended or
	 * reinstated): the counts are read again and the open-data download is rebuilt, so
	 * that its institutions table does not wait for the next periodic check.
	 */
	private void directoryChanged() {
		countsChanged();
		this.events.publishEvent(new OpenDataChanged(this.clock.instant()));
	}

	/**
	 * A fingerprint of the public directory for the open-data download: every change of a
	 * member's status (acceptance, registration, suspension, reinstatement) adds a row to
	 * the status history, so its count and newest id change with every directory change,
	 * whichever node made it.
	 */
	@Transactional(readOnly = true)
	public String directoryVersion() {
		return this.jdbc.sql("select count(*) || '-' || coalesce(max(id), 0) from institution_status_change")
			.query(String.class)
			.single();
	}

	private void countsChanged() {
		this.cachedCounts = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MembershipManagement.this.cachedCounts = null;
				}
			});
		}
	}

	private record CachedCounts(DirectoryCounts counts, long at) {
	}

	// --- helpers
	// --------------------------------------------------------------------------------------------

	private static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	private MembershipApplication ownApplication(UUID id) {
		var me = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("the applicant only"));
		var application = load(id);
		if (!application.getApplicantId().equals(me.id())) {
			throw new ApplicationNotFoundException(id);
		}
		return application;
	}

	private MembershipApplication load(UUID id) {
		return this.applications.findById(id).orElseThrow(() -> new ApplicationNotFoundException(id));
	}

	private Institution loadInstitution(UUID id) {
		return this.institutions.findById(id).orElseThrow(() -> new InstitutionNotFoundException(id));
	}

	private void recordTransition(MembershipApplication application, ApplicationState from) {
		this.transitions.save(new ApplicationTransition(application.getId(), from, application.getState(),
				CurrentUser.id(), this.clock.instant()));
	}

	private ApplicationFile file(MembershipApplication application) {
		var names = application.names();
		var duplicates = Stream
			.concat(this.institutions.findByCountry(application.getCountry())
				.stream()
				.filter((i) -> !i.getId().equals(application.getInstitutionId()) && names.meet(i.names()))
				.map((i) -> new Duplicate(i.getId(), null, i.getNameEnglish())),
					this.applications.othersIn(application.getCountry(), application.getId())
						.stream()
						.filter((a) -> names.meet(a.names()))
						.map((a) -> new Duplicate(null, a.getId(), a.getNameEnglish())))
			.toList();
		var applicant = this.accounts.find(application.getApplicantId());
		return new ApplicationFile(summary(application), application.details(), application.checklist(),
				application.getRejectionReason(), application.getInstitutionId(), applicant.displayName(),
				applicant.email(), application.getNominationReason(),
				this.messages.thread(application.getId()).stream().map(ApplicationMessage::view).toList(),
				this.transitions.history(application.getId()).stream().map(ApplicationTransition::view).toList(),
				duplicates, application.getVersion());
	}

	private static ApplicationSummary summary(MembershipApplication a) {
		return new ApplicationSummary(a.getId(), a.getNameEnglish(), a.getType(), a.getCountry(), a.getState(),
				a.getCreatedAt(), a.getSubmittedAt(), a.getDecidedAt(), a.getNominatedByCountry());
	}

	private void mailApplicant(MembershipApplication application, String key, Object... extra) {
		var applicant = this.accounts.find(application.getApplicantId());
		var locale = applicant.language().locale();
		var mail = mailText(application, key, "/membership/applications/", locale, extra);
		var body = this.texts.getMessage("mail.greeting", new Object[] { applicant.displayName() }, locale) + "\n\n"
				+ mail.body() + "\n\n" + this.texts.getMessage("mail.signature", null, locale);
		this.mailer.send(applicant.email(), mail.subject(), body);
	}

	private void mailSecretariat(MembershipApplication application, String key) {
		var mail = mailText(application, key, "/admin/membership/", Locale.ENGLISH);
		this.mailer.send(this.properties.secretariatEmail(), mail.subject(), mail.body());
	}

	/**
	 * A mail about an application in the reader's language. An ordinary application's
	 * texts get {0} the institution, {1} the link and {2}… the extras. A nomination's
	 * applicant is the national focal point, who speaks for its Member State and not for
	 * the institution, so its mails have their own texts under
	 * {@code membership.mail.nominated.*}, which say so: {0} the institution, {1} the
	 * link, {2} the Member State, {3} the focal point's name, {4} its address, {5}… the
	 * extras.
	 */
	private MailText mailText(MembershipApplication application, String key, String path, Locale locale,
			Object... extra) {
		var link = this.web.link(path + application.getId());
		var country = application.getNominatedByCountry();
		Stream<Object> args = Stream.of(application.getNameEnglish(), link);
		if (country != null) {
			var focalPoint = this.accounts.find(application.getApplicantId());
			key = key.replaceFirst("^membership\\.mail\\.", "membership.mail.nominated.");
			args = Stream.concat(args,
					Stream.of(Countries.name(country, locale), focalPoint.displayName(), focalPoint.email()));
		}
		var all = Stream.concat(args, Stream.of(extra)).toArray();
		return new MailText(this.texts.getMessage(key + ".subject", all, locale),
				this.texts.getMessage(key + ".body", all, locale));
	}

	private record MailText(String subject, String body) {
	}

	// --- views
	// ----------------------------------------------------------------------------------------------

	/** One line of an application list. */
	public record ApplicationSummary(UUID id, String nameEnglish, InstitutionType type, String country,
			ApplicationState state, Instant createdAt, Instant submittedAt, Instant decidedAt,
			@Nullable String nominatedBy) {
	}

	/** Everything about one application. */
	public record ApplicationFile(ApplicationSummary summary, ApplicationDetails details, Checklist checklist,
			String rejectionReason, UUID institutionId, String applicantName, String applicantEmail,
			@Nullable String nominationReason, List<Message> messages, List<Transition> history,
			List<Duplicate> duplicates, long version) {
	}

	/** One message of an application's thread. */
	public record Message(boolean fromSecretariat, String body, Instant createdAt) {
	}

	/** One state change of an application. */
	public record Transition(ApplicationState from, ApplicationState to, Instant at) {
	}

	/**
	 * A member or another application of the same country that goes by one of the same
	 * names, in any language.
	 */
	public record Duplicate(UUID institutionId, UUID applicationId, String nameEnglish) {
	}

	/** A national focal point and the country it nominates for. */
	public record FocalPoint(UUID accountId, String displayName, String email, String country, Instant appointedAt,
			boolean holdsRole) {
	}

	/** A nomination refused for a reason tied to one field of the form. */
	public static class NominationRefusedException extends org.lccp.shared.web.ConflictException {

		private final String field;

		NominationRefusedException(String field, String messageKey) {
			super(messageKey);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	/** A member's profile, with its suspension history for the secretariat. */
	public record InstitutionProfile(InstitutionView institution, List<StatusChange> history) {
	}

	/** One suspension or reinstatement. */
	public record StatusChange(InstitutionStatus from, InstitutionStatus to, String reason, Instant at) {
	}

	/** Directory figures. */
	public record DirectoryCounts(long members, int countries, Map<String, Long> byCountry,
			Map<InstitutionType, Long> byType) {
	}

	/** No application with this id, or not one the reader may see. */
	public static class ApplicationNotFoundException extends NotFoundException {

		ApplicationNotFoundException(UUID id) {
			super("membership.application.notFound", id);
		}

	}

	/** No (visible) member institution with this id. */
	public static class InstitutionNotFoundException extends NotFoundException {

		InstitutionNotFoundException(UUID id) {
			super("membership.institution.notFound", id);
		}

	}

}
