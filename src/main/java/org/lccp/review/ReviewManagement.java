package org.lccp.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.knowledge.HubPublications;
import org.lccp.knowledge.PublicationKind;
import org.lccp.review.ReviewForms.AssessmentForm;
import org.lccp.review.ReviewForms.DecisionForm;
import org.lccp.review.ReviewForms.InvitationForm;
import org.lccp.review.ReviewForms.ObjectionForm;
import org.lccp.review.ReviewForms.FollowUpForm;
import org.lccp.review.ReviewForms.MemberForm;
import org.lccp.review.ReviewForms.RecommendationForm;
import org.lccp.review.ReviewForms.ReplyForm;
import org.lccp.review.ReviewForms.ReplyStageForm;
import org.lccp.review.ReviewForms.RequestForm;
import org.lccp.review.ReviewForms.SelfAssessmentForm;
import org.lccp.review.ReviewForms.TeamFindingForm;
import org.lccp.review.ReviewViews.Assessment;
import org.lccp.review.ReviewViews.Criterion;
import org.lccp.review.ReviewViews.FollowUp;
import org.lccp.review.ReviewViews.Invitation;
import org.lccp.review.ReviewViews.Member;
import org.lccp.review.ReviewViews.Objection;
import org.lccp.review.ReviewViews.PublicReview;
import org.lccp.review.ReviewViews.Recommendation;
import org.lccp.review.ReviewViews.Record;
import org.lccp.review.ReviewViews.Review;
import org.lccp.review.ReviewViews.SelfAssessment;
import org.lccp.review.ReviewViews.Summary;
import org.lccp.review.ReviewViews.TeamFinding;
import org.lccp.programme.Stewardship;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.WebProperties;
import org.lccp.mail.Mailer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peer-review workflow and its rules. Every method checks who may do it here, not
 * only in the URL rules: a focal point acts for their own city, team members for their
 * review, the secretariat for all. Reads cut what the reader may not see: drafts are
 * unknown (404) to anyone but the host, the team and the secretariat, and private notes
 * reach only the team and the secretariat.
 */
@Service
public class ReviewManagement {

	static final int TEXT_LIMIT = 4000;

	private final JdbcClient db;

	private final CityDirectory cities;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final Mailer mailer;

	private final MessageSource texts;

	private final WebProperties web;

	private final ReviewReports reports;

	private final HubPublications hub;

	private final ReviewFiles files;

	private final ConflictRules conflicts;

	private final Stewardship stewardship;

	private final ApplicationEventPublisher events;

	ReviewManagement(JdbcClient db, CityDirectory cities, AccountManagement accounts, AuditLog audit, Mailer mailer,
			MessageSource texts, WebProperties web, ReviewReports reports, HubPublications hub, ReviewFiles files,
			ConflictRules conflicts, Stewardship stewardship, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.stewardship = stewardship;
		this.conflicts = conflicts;
		this.files = files;
		this.reports = reports;
		this.hub = hub;
		this.db = db;
		this.cities = cities;
		this.accounts = accounts;
		this.audit = audit;
		this.mailer = mailer;
		this.texts = texts;
		this.web = web;
		this.clock = clock;
	}

	// ---- reading

	/** Published reviews, newest first. */
	@Transactional(readOnly = true)
	public Page<Summary> published(Pageable page) {
		long total = this.db.sql("select count(*) from review where status = 'PUBLISHED'").query(Long.class).single();
		var rows = this.db
			.sql("select id, city_id, status, created_at, published_at from review where status = 'PUBLISHED'"
					+ " order by published_at desc, id limit :limit offset :offset")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(this::summaryRow)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/**
	 * Reviews the signed-in account takes part in (host, team), or all for the
	 * secretariat and for the resource centre stewarding peer review during its term.
	 */
	@Transactional(readOnly = true)
	public List<Summary> mine() {
		if (CurrentUser.get().isEmpty()) {
			return List.of();
		}
		if (CurrentUser.has(Role.SECRETARIAT)
				|| this.stewardship.currentUserStewards(ActivityArea.PEER_REVIEW_ANALYTICAL_STUDIES)) {
			return this.db
				.sql("select id, city_id, status, created_at, published_at from review order by created_at desc")
				.query(this::summaryRow)
				.list();
		}
		var me = CurrentUser.id();
		return this.db
			.sql("select id, city_id, status, created_at, published_at from review r where exists"
					+ " (select 1 from review_member m where m.review_id = r.id and m.account_id = :me"
					+ " and m.status = 'ACCEPTED')" + " or r.requested_by = :me order by created_at desc")
			.param("me", me)
			.query(this::summaryRow)
			.list();
	}

	/** Reviews the signed-in account is invited to and has not answered yet. */
	@Transactional(readOnly = true)
	public List<Summary> invitations() {
		if (CurrentUser.get().isEmpty()) {
			return List.of();
		}
		return this.db
			.sql("select r.id, r.city_id, r.status, r.created_at, r.published_at from review r join review_member m"
					+ " on m.review_id = r.id where m.account_id = :me and m.status = 'INVITED'"
					+ " and r.status = 'IN_REVIEW' order by r.created_at desc")
			.param("me", CurrentUser.id())
			.query(this::summaryRow)
			.list();
	}

	/** A review as the signed-in reader (or a visitor) may see it. */
	@Transactional(readOnly = true)
	public Review review(UUID id) {
		var summary = this.db.sql("select id, city_id, status, created_at, published_at from review where id = :id")
			.param("id", id)
			.query(this::summaryRow)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		var secretariat = CurrentUser.has(Role.SECRETARIAT);
		var host = !secretariat && CurrentUser.has(Role.CITY_FOCAL_POINT) && CurrentUser.get().isPresent()
				&& this.cities.isFocalPoint(summary.city().id(), CurrentUser.id());
		var member = CurrentUser.get().isPresent() && isMember(id, CurrentUser.id());
		var lead = CurrentUser.get().isPresent() && isLead(id, CurrentUser.id());
		// the resource centre stewarding peer review reads reviews under way (not the
		// team's private notes)
		var steward = !secretariat && !member && summary.status() != ReviewStatus.PUBLISHED
				&& this.stewardship.currentUserStewards(ActivityArea.PEER_REVIEW_ANALYTICAL_STUDIES);
		if (summary.status() != ReviewStatus.PUBLISHED && !secretariat && !host && !member && !steward) {
			throw new ReviewNotFoundException();
		}
		var row = this.db
			.sql("select r.scope, r.languages, r.preferred_period, r.decline_reason, r.reply_deadline,"
					+ " s.version_no, r.criteria_set_id from review r left join review_criteria_set s"
					+ " on s.id = r.criteria_set_id where r.id = :id")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getObject(5, LocalDate.class), rs.getObject(6), rs.getObject(7, UUID.class) })
			.single();
		var setId = (UUID) row[6];
		var criteria = setId == null ? List.<Criterion>of() : criteria(setId);
		var team = this.db
			.sql("select account_id, lead, status from review_member where review_id = :id"
					+ " order by lead desc, account_id")
			.param("id", id)
			.query((rs, n) -> new Member(rs.getObject(1, UUID.class),
					this.accounts.find(rs.getObject(1, UUID.class)).displayName(), rs.getBoolean(2),
					rs.getString(3).equals("ACCEPTED")))
			.list();
		var seesNotes = secretariat || member;
		// the host sees the team's scores from the reply stage on; the public once
		// published
		var seesAssessments = seesNotes || steward || (host && summary.status().compareTo(ReviewStatus.REPLY) >= 0)
				|| summary.status() == ReviewStatus.PUBLISHED;
		List<Assessment> assessments = seesAssessments ? this.db
			.sql("select account_id, position, score, finding, private_note from review_assessment"
					+ " where review_id = :id order by position, account_id")
			.param("id", id)
			.query((rs, n) -> new Assessment(this.accounts.find(rs.getObject(1, UUID.class)).displayName(),
					rs.getInt(2), rs.getInt(3), rs.getString(4), seesNotes ? rs.getString(5) : null))
			.list() : List.of();
		var seesDraft = seesNotes || steward || (host && summary.status().compareTo(ReviewStatus.REPLY) >= 0)
				|| summary.status() == ReviewStatus.PUBLISHED;
		List<Recommendation> recommendations = seesDraft ? recommendations(id) : List.of();
		List<TeamFinding> findings = seesDraft ? teamFindings(id) : List.of();
		// the city's own assessment is shared with its reviewers at once
		var seesSelf = seesNotes || host || steward || summary.status() == ReviewStatus.PUBLISHED;
		List<SelfAssessment> self = seesSelf ? selfAssessments(id) : List.of();
		// files follow what they are evidence of; a reviewer's private file is like a
		// private note
		var purposes = new ArrayList<String>(List.of(ReviewFiles.REQUEST));
		if (seesSelf) {
			purposes.add(ReviewFiles.SELF);
		}
		if (seesAssessments) {
			purposes.add(ReviewFiles.ASSESSMENT);
		}
		return new Review(summary, record(id), (String) row[0], (String) row[1], (String) row[2], (String) row[3],
				row[5] == null ? 0 : ((Number) row[5]).intValue(), criteria, team, self, assessments, findings,
				recommendations, (LocalDate) row[4], host, member, lead, secretariat,
				this.files.ofReview(id, purposes, seesNotes));
	}

	/** A published review for the open API; anything else is unknown there. */
	@Transactional(readOnly = true)
	public PublicReview publicReview(UUID id) {
		var summary = this.db
			.sql("select id, city_id, status, created_at, published_at from review where id = :id"
					+ " and status = 'PUBLISHED'")
			.param("id", id)
			.query(this::summaryRow)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		return toPublic(summary);
	}

	/** Published reviews for the open API, newest first. */
	@Transactional(readOnly = true)
	public Page<PublicReview> publicReviews(Pageable page) {
		var summaries = published(page);
		return summaries.map(this::toPublic);
	}

	/** Published reviews of one city, newest first (its profile shows them). */
	@Transactional(readOnly = true)
	public List<PublicReview> publishedForCity(UUID cityId) {
		return this.db
			.sql("select id, city_id, status, created_at, published_at from review where status = 'PUBLISHED'"
					+ " and city_id = :city order by published_at desc")
			.param("city", cityId)
			.query(this::summaryRow)
			.list()
			.stream()
			.map(this::toPublic)
			.toList();
	}

	/** Every published review's recommendations, for the bulk download. */
	@Transactional(readOnly = true)
	public void eachPublished(java.util.function.Consumer<PublicReview> action) {
		this.db
			.sql("select id, city_id, status, created_at, published_at from review where status = 'PUBLISHED'"
					+ " order by published_at, id")
			.query((rs, n) -> {
				// one review of a city that is no longer in the registry must not stop
				// the
				// whole bulk download; it is left out of it
				try {
					return summaryRow(rs, n);
				}
				catch (org.lccp.shared.web.NotFoundException ex) {
					return null;
				}
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.forEach((s) -> action.accept(toPublic(s)));
	}

	/**
	 * Open recommendations of every published review (not implemented, not dropped), for
	 * the secretariat.
	 */
	@Transactional(readOnly = true)
	public List<PublicReview> openRecommendations() {
		requireSecretariat();
		var result = new ArrayList<PublicReview>();
		eachPublished((r) -> {
			var open = r.recommendations()
				.stream()
				.filter((rec) -> rec.followUp() == FollowUpStatus.NOT_STARTED
						|| rec.followUp() == FollowUpStatus.IN_PROGRESS)
				.toList();
			if (!open.isEmpty()) {
				result.add(new PublicReview(r.id(), r.cityId(), r.city(), r.country(), r.year(), r.status(),
						r.publishedAt(), r.scope(), r.criteriaVersion(), r.record(), r.findings(), open));
			}
		});
		return result;
	}

	private Record record(UUID id) {
		return this.db
			.sql("select historical, demo, held, notes, source_note, gathering_id, publication_id from review"
					+ " where id = :id")
			.param("id", id)
			.query((rs, n) -> new Record(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class)))
			.single();
	}

	/** Published reviews whose workshop or field visit is the gathering. */
	@Transactional(readOnly = true)
	public List<Summary> ofGathering(UUID gatheringId) {
		return this.db
			.sql("select id, city_id, status, created_at, published_at from review where status = 'PUBLISHED'"
					+ " and gathering_id = :g order by published_at desc")
			.param("g", gatheringId)
			.query(this::summaryRow)
			.list();
	}

	/**
	 * Stores a review held before the platform as a published record, with only what its
	 * source says (demo data from the NEASPEC documents): the platform itself at start-up
	 * or the secretariat; {@code ArchitectureTests} keeps the callers to
	 * {@code ..demo..}.
	 */
	@Transactional
	public UUID recordHistorical(UUID cityId, @Nullable String scope, OffsetDateTime heldOn, String held,
			@Nullable String notes, String sourceNote, @Nullable UUID gatheringId) {
		requireSystemOrSecretariat();
		var id = UUID.randomUUID();
		this.db
			.sql("insert into review (id, city_id, scope, status, created_at, published_at, historical, held, notes,"
					+ " source_note, gathering_id) values (:id, :city, :scope, 'PUBLISHED', :at, :at, true, :held,"
					+ " :notes, :source, :g)")
			.param("id", id)
			.param("city", cityId)
			.param("scope", scope)
			.param("at", heldOn)
			.param("held", held)
			.param("notes", notes)
			.param("source", sourceNote)
			.param("g", gatheringId)
			.update();
		return id;
	}

	/**
	 * Opens a demo review at the review step with the newest criteria and an accepted
	 * team (demo data, labelled as such), so that every later step can be tried. Demo
	 * data only, as {@link #recordHistorical}.
	 */
	@Transactional
	public UUID openDemoReview(UUID cityId, UUID requestedBy, String scope, String languages, UUID lead,
			List<UUID> reviewers) {
		requireSystemOrSecretariat();
		var id = UUID.randomUUID();
		var set = this.db.sql("select id from review_criteria_set order by version_no desc limit 1")
			.query(UUID.class)
			.single();
		this.db
			.sql("insert into review (id, city_id, requested_by, scope, languages, status, created_at,"
					+ " criteria_set_id, demo) values (:id, :city, :by, :scope, :lang, 'IN_REVIEW', :now, :set, true)")
			.param("id", id)
			.param("city", cityId)
			.param("by", requestedBy)
			.param("scope", scope)
			.param("lang", languages)
			.param("now", now())
			.param("set", set)
			.update();
		this.db
			.sql("insert into review_member (review_id, account_id, lead, status) values (:id, :a, true, 'ACCEPTED')")
			.param("id", id)
			.param("a", lead)
			.update();
		for (var r : reviewers) {
			this.db
				.sql("insert into review_member (review_id, account_id, lead, status)"
						+ " values (:id, :a, false, 'ACCEPTED')")
				.param("id", id)
				.param("a", r)
				.update();
		}
		return id;
	}

	private PublicReview toPublic(Summary summary) {
		var row = this.db
			.sql("select r.scope, coalesce(s.version_no, 0) from review r left join review_criteria_set s"
					+ " on s.id = r.criteria_set_id where r.id = :id")
			.param("id", summary.id())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) })
			.single();
		return new PublicReview(summary.id(), summary.city().id(), summary.city().name(Locale.ENGLISH),
				summary.city().countryCode(), summary.year(), summary.status(), summary.publishedAt(), (String) row[0],
				(Integer) row[1], record(summary.id()), teamFindings(summary.id()), recommendations(summary.id()));
	}

	/** The criteria of the newest set version, for the secretariat's view. */
	@Transactional(readOnly = true)
	public int currentCriteriaVersion() {
		return this.db.sql("select max(version_no) from review_criteria_set").query(Integer.class).single();
	}

	/**
	 * Stores a new version of the criteria; reviews already opened keep the version they
	 * pinned.
	 */
	@Transactional
	public int newCriteriaVersion(String title, List<Criterion> criteria) {
		requireSecretariat();
		if (criteria.isEmpty()) {
			throw new ReviewRefusedException("", "review.error.noCriteria");
		}
		var version = currentCriteriaVersion() + 1;
		var id = UUID.randomUUID();
		this.db.sql("insert into review_criteria_set (id, version_no, title, created_at) values (:id, :v, :t, :now)")
			.param("id", id)
			.param("v", version)
			.param("t", title)
			.param("now", now())
			.update();
		for (var c : criteria) {
			this.db
				.sql("insert into review_criterion (set_id, position, title, guidance, evidence, scale_max, weight,"
						+ " sector) values (:s, :p, :t, :g, :e, :m, :w, :sec)")
				.param("s", id)
				.param("p", c.position())
				.param("t", c.title())
				.param("g", c.guidance())
				.param("e", c.evidence())
				.param("m", c.scaleMax())
				.param("w", c.weight())
				.param("sec", c.sector())
				.update();
		}
		this.audit.record("ReviewCriteriaSet", id, "create", "version " + version);
		return version;
	}

	// ---- step 1: request and decision

	/** A focal point asks for a review of their city's plan. */
	@Transactional
	public UUID request(UUID cityId, RequestForm form) {
		return request(cityId, form, List.of());
	}

	/**
	 * A focal point asks for a review with the plan's documents; a refused document
	 * refuses the whole request.
	 */
	@Transactional
	public UUID request(UUID cityId, RequestForm form,
			List<org.springframework.web.multipart.MultipartFile> documents) {
		this.cities.city(cityId);
		if (!CurrentUser.has(Role.CITY_FOCAL_POINT) || !this.cities.isFocalPoint(cityId, CurrentUser.id())) {
			throw new AccessDeniedException("not a focal point of this city");
		}
		var scope = required("scope", form.scope(), 500);
		var languages = required("languages", form.languages(), 100);
		var period = optional("period", form.period(), 200);
		var id = UUID.randomUUID();
		this.db
			.sql("insert into review (id, city_id, requested_by, scope, languages, preferred_period, status,"
					+ " created_at) values (:id, :city, :by, :scope, :lang, :period, 'REQUESTED', :now)")
			.param("id", id)
			.param("city", cityId)
			.param("by", CurrentUser.id())
			.param("scope", scope)
			.param("lang", languages)
			.param("period", period)
			.param("now", now())
			.update();
		this.audit.record("Review", id, "request", "city " + cityId + "; scope " + scope);
		for (var document : documents) {
			if (ReviewFiles.present(document)) {
				this.files.addToReview(id, ReviewFiles.REQUEST, null, false, document);
			}
		}
		return id;
	}

	/**
	 * The host city adds a document of its plan while the review is asked for or runs.
	 */
	@Transactional
	public void addDocument(UUID id, org.springframework.web.multipart.@Nullable MultipartFile document) {
		var summary = requireStatusIn(id, ReviewStatus.REQUESTED, ReviewStatus.IN_REVIEW);
		requireHost(summary);
		if (!ReviewFiles.present(document)) {
			throw new ReviewRefusedException("file", "review.error.noFile");
		}
		this.files.addToReview(id, ReviewFiles.REQUEST, null, false, document);
	}

	/**
	 * A file of the review the reader may see, or unknown (404): the same rules as the
	 * page, so a draft's files stay with its parties and private files with the team.
	 */
	@Transactional(readOnly = true)
	public ReviewViews.ReviewFile file(UUID id, UUID fileId) {
		return review(id).files()
			.stream()
			.filter((f) -> f.fileId().equals(fileId))
			.findFirst()
			.orElseThrow(ReviewNotFoundException::new);
	}

	/**
	 * The secretariat accepts (the review pins the newest criteria version) or declines
	 * with a reason.
	 */
	@Transactional
	public void decide(UUID id, DecisionForm form) {
		requireSecretariat();
		requireStatus(id, ReviewStatus.REQUESTED);
		if (form.decision() == ReviewForms.Decision.ACCEPT) {
			var set = this.db.sql("select id from review_criteria_set order by version_no desc limit 1")
				.query(UUID.class)
				.single();
			this.db.sql("update review set status = 'IN_REVIEW', criteria_set_id = :set where id = :id")
				.param("set", set)
				.param("id", id)
				.update();
			this.audit.record("Review", id, "accept", "criteria set " + set);
		}
		else if (form.decision() == ReviewForms.Decision.DECLINE) {
			var reason = required("reason", form.reason(), 1000);
			this.db.sql("update review set status = 'DECLINED', decline_reason = :r where id = :id")
				.param("r", reason)
				.param("id", id)
				.update();
			this.audit.record("Review", id, "decline", reason);
		}
		else {
			throw new ReviewRefusedException("decision", "review.error.decision");
		}
	}

	// ---- step 3: team

	/**
	 * The secretariat adds a reviewer. Nobody from the host city (its focal points) and
	 * nobody with a declared conflict may join; one lead per review.
	 */
	@Transactional
	public void addMember(UUID id, MemberForm form) {
		requireSecretariat();
		var summary = requireStatus(id, ReviewStatus.IN_REVIEW);
		var email = required("email", form.email(), 320);
		var account = this.accounts.findByEmail(email)
			.orElseThrow(() -> new ReviewRefusedException("email", "review.error.noAccount"));
		this.conflicts.requireOutsideHost(summary.city(), account);
		if (form.hasDeclaredConflict() || hasConflict(account.id(), summary.city().id())) {
			throw new ReviewRefusedException("email", "review.error.declaredConflict");
		}
		if (this.db.sql("select count(*) from review_objection where review_id = :id and account_id = :a")
			.param("id", id)
			.param("a", account.id())
			.query(Long.class)
			.single() > 0) {
			throw new ReviewRefusedException("email", "review.error.objected");
		}
		if (isInvitedOrMember(id, account.id())) {
			throw new ReviewRefusedException("email", "review.error.alreadyMember");
		}
		if (form.isLead() && this.db.sql("select count(*) from review_member where review_id = :id and lead")
			.param("id", id)
			.query(Long.class)
			.single() > 0) {
			throw new ReviewRefusedException("lead", "review.error.oneLead");
		}
		this.db
			.sql("insert into review_member (review_id, account_id, lead, status) values (:id, :a, :lead,"
					+ " 'INVITED')")
			.param("id", id)
			.param("a", account.id())
			.param("lead", form.isLead())
			.update();
		var locale = account.language().locale();
		var city = summary.city().name(locale);
		this.mailer.send(account.email(),
				this.texts.getMessage("review.mail.invitation.subject", new Object[] { city }, locale),
				this.texts.getMessage("review.mail.invitation.body",
						new Object[] { account.displayName(), city, this.web.link("/reviews/" + id + "/invitation") },
						locale));
		this.audit.record("Review", id, "invite-member", account.email() + (form.isLead() ? " (lead)" : ""));
	}

	/**
	 * The review as an invited reviewer sees it before answering: city and scope only.
	 */
	@Transactional(readOnly = true)
	public Invitation invitation(UUID id) {
		var summary = this.db.sql("select id, city_id, status, created_at, published_at from review where id = :id")
			.param("id", id)
			.query(this::summaryRow)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		if (CurrentUser.get().isEmpty() || !isInvited(id, CurrentUser.id())) {
			throw new ReviewNotFoundException();
		}
		var row = this.db.sql("select scope, languages, preferred_period from review where id = :id")
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		return new Invitation(summary, row[0], row[1], row[2]);
	}

	/**
	 * The invited reviewer accepts, declines, or declares a conflict of interest with the
	 * host city (which keeps them off every review of that city).
	 */
	@Transactional
	public void answerInvitation(UUID id, InvitationForm form) {
		var summary = requireStatus(id, ReviewStatus.IN_REVIEW);
		if (CurrentUser.get().isEmpty() || !isInvited(id, CurrentUser.id())) {
			throw new ReviewNotFoundException();
		}
		var me = CurrentUser.id();
		if (form.answer() == null) {
			throw new ReviewRefusedException("answer", "review.error.choice");
		}
		switch (form.answer()) {
			case ACCEPT -> {
				this.db.sql("update review_member set status = 'ACCEPTED' where review_id = :id and account_id = :a")
					.param("id", id)
					.param("a", me)
					.update();
				this.audit.record("Review", id, "accept-invitation", me.toString());
			}
			case DECLINE -> {
				removeMember(id, me);
				this.audit.record("Review", id, "decline-invitation", me.toString());
			}
			case CONFLICT -> {
				var reason = required("reason", form.reason(), 1000);
				removeMember(id, me);
				this.db
					.sql("insert into review_conflict (account_id, city_id, reason, declared_at)"
							+ " values (:a, :c, :r, :now) on conflict (account_id, city_id) do nothing")
					.param("a", me)
					.param("c", summary.city().id())
					.param("r", reason)
					.param("now", now())
					.update();
				this.audit.record("Review", id, "declare-conflict", me + ": " + reason);
			}
		}
	}

	/**
	 * The host city objects to a proposed reviewer with a reason; the person leaves the
	 * team and cannot be proposed again for this review.
	 */
	@Transactional
	public void object(UUID id, UUID accountId, ObjectionForm form) {
		var summary = requireStatus(id, ReviewStatus.IN_REVIEW);
		requireHost(summary);
		var reason = required("reason", form.reason(), 1000);
		if (!isInvitedOrMember(id, accountId)) {
			throw new ReviewNotFoundException();
		}
		removeMember(id, accountId);
		this.db
			.sql("insert into review_objection (review_id, account_id, reason, created_at) values (:id, :a, :r, :now)")
			.param("id", id)
			.param("a", accountId)
			.param("r", reason)
			.param("now", now())
			.update();
		this.audit.record("Review", id, "objection", accountId + ": " + reason);
	}

	/** The host city's objections, for the secretariat and the host. */
	@Transactional(readOnly = true)
	public List<Objection> objections(UUID id) {
		return this.db
			.sql("select account_id, reason, created_at from review_objection where review_id = :id"
					+ " order by created_at")
			.param("id", id)
			.query((rs, n) -> new Objection(this.accounts.find(rs.getObject(1, UUID.class)).displayName(),
					rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	private void removeMember(UUID id, UUID account) {
		this.db.sql("delete from review_member where review_id = :id and account_id = :a")
			.param("id", id)
			.param("a", account)
			.update();
	}

	private boolean hasConflict(UUID account, UUID city) {
		return this.db.sql("select count(*) from review_conflict where account_id = :a and city_id = :c")
			.param("a", account)
			.param("c", city)
			.query(Long.class)
			.single() > 0;
	}

	// ---- step 5: assessments

	/**
	 * A team member scores one criterion of the pinned version; a new score replaces
	 * theirs.
	 */
	@Transactional
	public void assess(UUID id, AssessmentForm form) {
		assess(id, form, null);
	}

	/** As {@link #assess(UUID, AssessmentForm)}, with an evidence file. */
	@Transactional
	public void assess(UUID id, AssessmentForm form,
			org.springframework.web.multipart.@Nullable MultipartFile evidence) {
		requireStatus(id, ReviewStatus.IN_REVIEW);
		if (CurrentUser.get().isEmpty() || !isMember(id, CurrentUser.id())) {
			throw new AccessDeniedException("not on the team");
		}
		var criterion = criterion(id, form.criterion());
		var score = score(form.score(), criterion);
		var finding = required("finding", form.finding(), TEXT_LIMIT);
		var note = optional("privateNote", form.privateNote(), TEXT_LIMIT);
		this.db
			.sql("insert into review_assessment (review_id, account_id, position, score, finding, private_note)"
					+ " values (:id, :a, :p, :s, :f, :n) on conflict (review_id, account_id, position) do update"
					+ " set score = excluded.score, finding = excluded.finding, private_note = excluded.private_note")
			.param("id", id)
			.param("a", CurrentUser.id())
			.param("p", criterion.position())
			.param("s", score)
			.param("f", finding)
			.param("n", note)
			.update();
		this.audit.record("Review", id, "assess", "criterion " + criterion.position() + ": " + score);
		if (ReviewFiles.present(evidence)) {
			this.files.addToReview(id, ReviewFiles.ASSESSMENT, criterion.position(), form.isEvidencePrivate(),
					evidence);
		}
	}

	// ---- step 4: self-assessment

	/**
	 * The host city scores itself on one criterion while the review runs; a new entry
	 * replaces its earlier one.
	 */
	@Transactional
	public void selfAssess(UUID id, SelfAssessmentForm form) {
		selfAssess(id, form, null);
	}

	/** As {@link #selfAssess(UUID, SelfAssessmentForm)}, with an evidence file. */
	@Transactional
	public void selfAssess(UUID id, SelfAssessmentForm form,
			org.springframework.web.multipart.@Nullable MultipartFile evidenceFile) {
		var summary = requireStatus(id, ReviewStatus.IN_REVIEW);
		requireHost(summary);
		var criterion = criterion(id, form.criterion());
		var score = score(form.score(), criterion);
		var narrative = required("narrative", form.narrative(), TEXT_LIMIT);
		var evidence = optional("evidence", form.evidence(), TEXT_LIMIT);
		this.db
			.sql("insert into review_self_assessment (review_id, position, score, narrative, evidence)"
					+ " values (:id, :p, :s, :n, :e) on conflict (review_id, position) do update"
					+ " set score = excluded.score, narrative = excluded.narrative, evidence = excluded.evidence")
			.param("id", id)
			.param("p", criterion.position())
			.param("s", score)
			.param("n", narrative)
			.param("e", evidence)
			.update();
		this.audit.record("Review", id, "self-assess", "criterion " + criterion.position() + ": " + score);
		if (ReviewFiles.present(evidenceFile)) {
			this.files.addToReview(id, ReviewFiles.SELF, criterion.position(), false, evidenceFile);
		}
	}

	// ---- step 5b: the lead reconciles the reviewers' scores into team findings

	/**
	 * The lead (or the secretariat) writes the team's finding on one criterion; it
	 * replaces an earlier one.
	 */
	@Transactional
	public void reconcile(UUID id, TeamFindingForm form) {
		requireStatus(id, ReviewStatus.IN_REVIEW);
		requireLeadOrSecretariat(id);
		var criterion = criterion(id, form.criterion());
		var score = score(form.score(), criterion);
		var finding = required("finding", form.finding(), TEXT_LIMIT);
		this.db
			.sql("insert into review_team_finding (review_id, position, score, finding) values (:id, :p, :s, :f)"
					+ " on conflict (review_id, position) do update set score = excluded.score,"
					+ " finding = excluded.finding")
			.param("id", id)
			.param("p", criterion.position())
			.param("s", score)
			.param("f", finding)
			.update();
		this.audit.record("Review", id, "team-finding", "criterion " + criterion.position() + ": " + score);
	}

	// ---- step 6: recommendations

	/** The lead (or the secretariat) adds a recommendation to the draft report. */
	@Transactional
	public long recommend(UUID id, RecommendationForm form) {
		requireStatus(id, ReviewStatus.IN_REVIEW);
		requireLeadOrSecretariat(id);
		var criterion = criterion(id, form.criterion());
		var priority = form.priority();
		if (priority == null) {
			throw new ReviewRefusedException("priority", "review.error.priority");
		}
		var text = required("text", form.text(), TEXT_LIMIT);
		var rec = this.db
			.sql("insert into review_recommendation (review_id, position, sector, priority, timeline, text)"
					+ " values (:id, :p, :sec, :pr, :t, :text) returning id")
			.param("id", id)
			.param("p", criterion.position())
			.param("sec", optional("sector", form.sector(), 40))
			.param("pr", priority.name())
			.param("t", optional("timeline", form.timeline(), 100))
			.param("text", text)
			.query(Long.class)
			.single();
		this.audit.record("Review", id, "recommend", "recommendation " + rec);
		return rec;
	}

	// ---- step 7: right of reply

	/**
	 * The secretariat sends the draft to the host city, which may answer until the
	 * deadline.
	 */
	@Transactional
	public void openReply(UUID id, ReplyStageForm form) {
		requireSecretariat();
		requireStatus(id, ReviewStatus.IN_REVIEW);
		var deadline = form.deadline();
		if (deadline == null) {
			throw new ReviewRefusedException("deadline", "review.error.date");
		}
		if (!deadline.isAfter(LocalDate.now(this.clock))) {
			throw new ReviewRefusedException("deadline", "review.error.deadlinePast");
		}
		if (recommendations(id).isEmpty()) {
			throw new ReviewRefusedException("deadline", "review.error.noRecommendations");
		}
		this.db.sql("update review set status = 'REPLY', reply_deadline = :d where id = :id")
			.param("d", deadline)
			.param("id", id)
			.update();
		this.audit.record("Review", id, "open-reply", "until " + deadline);
	}

	/** The host city answers one recommendation, up to and including the deadline day. */
	@Transactional
	public void reply(UUID id, long recommendationId, ReplyForm form) {
		var summary = requireStatus(id, ReviewStatus.REPLY);
		requireHost(summary);
		requireBeforeDeadline(id);
		var answer = choice("answer", form.answer());
		var comment = optional("comment", form.comment(), TEXT_LIMIT);
		var changed = this.db
			.sql("update review_recommendation set reply = :a, reply_comment = :c where id = :r and review_id = :id")
			.param("a", answer.name())
			.param("c", comment)
			.param("r", recommendationId)
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new ReviewNotFoundException();
		}
		this.audit.record("Review", id, "reply", "recommendation " + recommendationId + ": " + answer);
	}

	// ---- step 8: publication

	/** The host city answers the team's finding on one criterion, until the deadline. */
	@Transactional
	public void replyToFinding(UUID id, int position, ReplyForm form) {
		var summary = requireStatus(id, ReviewStatus.REPLY);
		requireHost(summary);
		requireBeforeDeadline(id);
		var answer = choice("answer", form.answer());
		var comment = optional("comment", form.comment(), TEXT_LIMIT);
		var changed = this.db
			.sql("update review_team_finding set reply = :a, reply_comment = :c where review_id = :id"
					+ " and position = :p")
			.param("a", answer.name())
			.param("c", comment)
			.param("id", id)
			.param("p", position)
			.update();
		if (changed == 0) {
			throw new ReviewNotFoundException();
		}
		this.audit.record("Review", id, "reply-finding", "criterion " + position + ": " + answer);
	}

	/** The secretariat publishes once every recommendation has the city's answer. */
	@Transactional
	public void publish(UUID id) {
		requireSecretariat();
		var summary = requireStatus(id, ReviewStatus.REPLY);
		var open = this.db.sql("select count(*) from review_recommendation where review_id = :id and reply is null")
			.param("id", id)
			.query(Long.class)
			.single();
		if (open > 0) {
			throw new ReviewRefusedException("", "review.error.unanswered", open);
		}
		var openFindings = this.db
			.sql("select count(*) from review_team_finding where review_id = :id and reply is null")
			.param("id", id)
			.query(Long.class)
			.single();
		if (openFindings > 0) {
			throw new ReviewRefusedException("", "review.error.unansweredFindings", openFindings);
		}
		var now = now();
		this.db.sql("update review set status = 'PUBLISHED', published_at = :now where id = :id")
			.param("now", now)
			.param("id", id)
			.update();
		this.audit.record("Review", id, "publish", null);
		// The report's publication in the hub follows in its own transaction
		// (ReportPublication): rendering the PDF and indexing it never undo the decision,
		// and the event publication registry keeps the announcement until it succeeded.
		this.events.publishEvent(new ReviewPublished(id, summary.city().id(), CurrentUser.id(), now.toInstant()));
	}

	/**
	 * The final report becomes a publication of the knowledge hub, written in the first
	 * of the review's languages, with its PDF; it links back to the review. Once only: a
	 * review that already has its publication keeps it.
	 * @return the publication's id
	 */
	@Transactional
	UUID publishReport(UUID id) {
		var existing = this.db.sql("select publication_id from review where id = :id and publication_id is not null")
			.param("id", id)
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var review = review(id);
		var language = ReviewReports.firstLanguage(review.languages());
		var locale = language.locale();
		var city = review.summary().city();
		var text = new ArrayList<String>();
		if (review.scope() != null) {
			text.add(review.scope());
		}
		review.teamFindings().forEach((f) -> text.add(f.finding()));
		review.recommendations().forEach((r) -> text.add(r.text()));
		var authors = String.join(", ", review.team().stream().map(Member::displayName).toList());
		var pdf = this.reports.review(review, locale);
		var publication = this.hub.publish(new HubPublications.Document(language.code(),
				this.texts.getMessage("review.page.title", new Object[] { city.name(locale) }, locale),
				this.texts.getMessage("review.publication.summary",
						new Object[] { city.name(locale), review.summary().year(), review.teamFindings().size(),
								review.recommendations().size() },
						locale),
				text, PublicationKind.REPORT, review.summary().year(), authors.isEmpty() ? null : authors, null,
				List.of(city.id()), List.of(), "/reviews/" + id,
				this.texts.getMessage("review.publication.source", null, locale),
				"review-" + city.nameEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
						+ review.summary().year() + ".pdf",
				pdf));
		this.db.sql("update review set publication_id = :p where id = :id")
			.param("p", publication)
			.param("id", id)
			.update();
		this.audit.record("Review", id, "publish-report", "publication " + publication);
		return publication;
	}

	// ---- step 9: follow-up

	/**
	 * The host city records how far it has come with a recommendation; history is kept.
	 */
	@Transactional
	public void followUp(UUID id, long recommendationId, FollowUpForm form) {
		var summary = requireStatus(id, ReviewStatus.PUBLISHED);
		requireHost(summary);
		var status = choice("status", form.status());
		var reason = optional("reason", form.reason(), TEXT_LIMIT);
		if (status == FollowUpStatus.DROPPED && reason == null) {
			throw new ReviewRefusedException("reason", "review.error.dropReason");
		}
		var before = this.db
			.sql("select follow_status from review_recommendation where id = :r and review_id = :id for update")
			.param("r", recommendationId)
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		this.db.sql("update review_recommendation set follow_status = :s where id = :r and review_id = :id")
			.param("s", status.name())
			.param("r", recommendationId)
			.param("id", id)
			.update();
		var now = now();
		this.db
			.sql("insert into review_follow_up (recommendation_id, status, reason, changed_by, changed_at)"
					+ " values (:r, :s, :reason, :by, :now)")
			.param("r", recommendationId)
			.param("s", status.name())
			.param("reason", reason)
			.param("by", CurrentUser.id())
			.param("now", now)
			.update();
		this.audit.record("Review", id, "follow-up", "recommendation " + recommendationId + ": " + status);
		var from = FollowUpStatus.valueOf(before);
		if (from != status) {
			this.events.publishEvent(new RecommendationStatusChanged(id, recommendationId, from, status, reason,
					CurrentUser.id(), now.toInstant()));
		}
	}

	// ---- follow-up reminders

	/**
	 * Mails the focal point who asked for a review when an open recommendation (not
	 * implemented, not dropped) has had no follow-up update, and no reminder, for a year;
	 * one mail per review. Rows are locked and skipped when another node holds them, so
	 * two nodes never send the same reminder. Not part of the facade: only the module's
	 * own timer ({@link FollowUpReminders}) runs it.
	 * @return how many mails were written
	 */
	@Transactional
	int sendDueReminders(OffsetDateTime now) {
		var due = this.db
			.sql("select rec.id, r.id, r.requested_by from review_recommendation rec join review r"
					+ " on r.id = rec.review_id where r.status = 'PUBLISHED' and not r.historical"
					+ " and r.requested_by is not null and rec.follow_status in ('NOT_STARTED', 'IN_PROGRESS')"
					+ " and greatest(r.published_at, rec.reminded_at, (select max(f.changed_at) from review_follow_up f"
					+ " where f.recommendation_id = rec.id)) < :cutoff order by r.id, rec.id"
					+ " for update of rec skip locked")
			.param("cutoff", now.minusYears(1))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class) })
			.list();
		var byReview = new java.util.LinkedHashMap<UUID, List<Long>>();
		var requester = new java.util.HashMap<UUID, UUID>();
		for (var row : due) {
			byReview.computeIfAbsent((UUID) row[1], (k) -> new ArrayList<>()).add((Long) row[0]);
			requester.put((UUID) row[1], (UUID) row[2]);
		}
		var sent = 0;
		for (var entry : byReview.entrySet()) {
			var account = this.accounts.find(requester.get(entry.getKey()));
			var locale = account.language().locale();
			var city = this.db.sql("select city_id from review where id = :id")
				.param("id", entry.getKey())
				.query(UUID.class)
				.single();
			var cityName = this.cities.city(city).name(locale);
			this.mailer
				.send(account.email(),
						this.texts.getMessage("review.mail.reminder.subject", new Object[] { cityName }, locale),
						this.texts.getMessage(
								"review.mail.reminder.body", new Object[] { account.displayName(), cityName,
										entry.getValue().size(), this.web.link("/reviews/" + entry.getKey()) },
								locale));
			this.db.sql("update review_recommendation set reminded_at = :now where id in (:ids)")
				.param("now", now)
				.param("ids", entry.getValue())
				.update();
			sent++;
		}
		return sent;
	}

	// ---- helpers

	private void requireBeforeDeadline(UUID id) {
		var deadline = this.db.sql("select reply_deadline from review where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
		if (LocalDate.now(this.clock).isAfter(deadline)) {
			throw new ReviewRefusedException("answer", "review.error.replyClosed", deadline.toString());
		}
	}

	private static int score(@Nullable Integer value, Criterion criterion) {
		var score = integer("score", value);
		if (score < 0 || score > criterion.scaleMax()) {
			throw new ReviewRefusedException("score", "review.error.scoreRange", 0, criterion.scaleMax());
		}
		return score;
	}

	private List<SelfAssessment> selfAssessments(UUID id) {
		return this.db
			.sql("select position, score, narrative, evidence from review_self_assessment where review_id = :id"
					+ " order by position")
			.param("id", id)
			.query((rs, n) -> new SelfAssessment(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private List<TeamFinding> teamFindings(UUID id) {
		return this.db
			.sql("select position, score, finding, reply, reply_comment from review_team_finding"
					+ " where review_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new TeamFinding(rs.getInt(1), rs.getInt(2), rs.getString(3),
					rs.getString(4) == null ? null : ReplyAnswer.valueOf(rs.getString(4)), rs.getString(5)))
			.list();
	}

	private List<Recommendation> recommendations(UUID id) {
		var list = new ArrayList<Recommendation>();
		this.db
			.sql("select id, position, sector, priority, timeline, text, reply, reply_comment, follow_status"
					+ " from review_recommendation where review_id = :id order by position, id")
			.param("id", id)
			.query((rs, n) -> {
				var rid = rs.getLong(1);
				var reply = rs.getString(7);
				return new Recommendation(rid, rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), reply == null ? null : ReplyAnswer.valueOf(reply), rs.getString(8),
						FollowUpStatus.valueOf(rs.getString(9)), List.of());
			})
			.list()
			.forEach((r) -> list.add(new Recommendation(r.id(), r.position(), r.sector(), r.priority(), r.timeline(),
					r.text(), r.reply(), r.replyComment(), r.followUp(), history(r.id()))));
		return list;
	}

	private List<FollowUp> history(long recommendationId) {
		return this.db
			.sql("select status, reason, changed_at from review_follow_up where recommendation_id = :r"
					+ " order by changed_at")
			.param("r", recommendationId)
			.query((rs, n) -> new FollowUp(FollowUpStatus.valueOf(rs.getString(1)), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	private List<Criterion> criteria(UUID setId) {
		return this.db
			.sql("select position, title, guidance, evidence, scale_max, weight, sector from review_criterion"
					+ " where set_id = :s order by position")
			.param("s", setId)
			.query((rs, n) -> new Criterion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getBigDecimal(6), rs.getString(7)))
			.list();
	}

	private Criterion criterion(UUID reviewId, @Nullable Integer position) {
		var number = integer("criterion", position);
		var set = this.db.sql("select criteria_set_id from review where id = :id")
			.param("id", reviewId)
			.query(UUID.class)
			.single();
		return criteria(set).stream()
			.filter((c) -> c.position() == number)
			.findFirst()
			.orElseThrow(() -> new ReviewRefusedException("criterion", "review.error.criterion"));
	}

	private Summary summaryRow(ResultSet rs, int n) throws SQLException {
		var published = rs.getObject(5, OffsetDateTime.class);
		return new Summary(rs.getObject(1, UUID.class), this.cities.city(rs.getObject(2, UUID.class)),
				ReviewStatus.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant(),
				published == null ? null : published.toInstant());
	}

	private Summary requireStatus(UUID id, ReviewStatus status) {
		var summary = this.db
			.sql("select id, city_id, status, created_at, published_at from review where id = :id for update")
			.param("id", id)
			.query(this::summaryRow)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		if (summary.status() != status) {
			throw new ReviewRefusedException("", "review.error.wrongStep");
		}
		return summary;
	}

	private Summary requireStatusIn(UUID id, ReviewStatus... allowed) {
		var summary = this.db
			.sql("select id, city_id, status, created_at, published_at from review where id = :id for update")
			.param("id", id)
			.query(this::summaryRow)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		if (!List.of(allowed).contains(summary.status())) {
			throw new ReviewRefusedException("", "review.error.wrongStep");
		}
		return summary;
	}

	/** An accepted reviewer: an invitation alone gives no access to the work. */
	private boolean isMember(UUID id, UUID account) {
		return memberCount(id, account, " and status = 'ACCEPTED'") > 0;
	}

	private boolean isInvited(UUID id, UUID account) {
		return memberCount(id, account, " and status = 'INVITED'") > 0;
	}

	private boolean isInvitedOrMember(UUID id, UUID account) {
		return memberCount(id, account, "") > 0;
	}

	private long memberCount(UUID id, UUID account, String condition) {
		return this.db.sql("select count(*) from review_member where review_id = :id and account_id = :a" + condition)
			.param("id", id)
			.param("a", account)
			.query(Long.class)
			.single();
	}

	private boolean isLead(UUID id, UUID account) {
		return this.db
			.sql("select count(*) from review_member where review_id = :id and account_id = :a and lead"
					+ " and status = 'ACCEPTED'")
			.param("id", id)
			.param("a", account)
			.query(Long.class)
			.single() > 0;
	}

	private void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	private void requireSystemOrSecretariat() {
		if (!CurrentUser.isSystemWork()) {
			requireSecretariat();
		}
	}

	private void requireLeadOrSecretariat(UUID id) {
		if (!CurrentUser.has(Role.SECRETARIAT) && (CurrentUser.get().isEmpty() || !isLead(id, CurrentUser.id()))) {
			throw new AccessDeniedException("lead or secretariat only");
		}
	}

	private void requireHost(Summary summary) {
		if (!CurrentUser.has(Role.CITY_FOCAL_POINT) || CurrentUser.get().isEmpty()
				|| !this.cities.isFocalPoint(summary.city().id(), CurrentUser.id())) {
			throw new AccessDeniedException("host city only");
		}
	}

	private static String required(String field, @Nullable String value, int limit) {
		var text = optional(field, value, limit);
		if (text == null) {
			throw new ReviewRefusedException(field, "review.error.required");
		}
		return text;
	}

	private static @Nullable String optional(String field, @Nullable String value, int limit) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var text = value.strip();
		if (text.length() > limit) {
			throw new ReviewRefusedException(field, "review.error.tooLong", limit);
		}
		if (text.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			throw new ReviewRefusedException(field, "review.error.characters");
		}
		return text;
	}

	/** A whole number the binder converted; a missing one is refused. */
	private static int integer(String field, @Nullable Integer value) {
		if (value == null) {
			throw new ReviewRefusedException(field, "review.error.number");
		}
		return value;
	}

	/** A choice the binder converted; a missing one is refused. */
	private static <E extends Enum<E>> E choice(String field, @Nullable E value) {
		if (value == null) {
			throw new ReviewRefusedException(field, "review.error.choice");
		}
		return value;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
