package org.lccp.review;

import java.time.Clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.CityView;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.knowledge.HubPublications;
import org.lccp.knowledge.PublicationKind;
import org.lccp.review.StudyForms.StudyCommentForm;
import org.lccp.review.StudyForms.StudyDeliveryForm;
import org.lccp.review.StudyForms.StudyExpertForm;
import org.lccp.review.StudyForms.StudyRequestForm;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analytical studies for cities new to low-carbon planning. Until publication a study is
 * known only to the city's focal points, its experts and the secretariat; once published
 * it is open to everyone or to members only, as the city chose.
 */
@Service
public class StudyManagement {

	private static final int TEXT = ReviewManagement.TEXT_LIMIT;

	private final JdbcClient db;

	private final CityDirectory cities;

	private final AccountManagement accounts;

	private final AuditLog audit;

	private final ReviewReports reports;

	private final HubPublications hub;

	private final MessageSource texts;

	private final ReviewFiles files;

	private final ConflictRules conflicts;

	private final Clock clock;

	StudyManagement(JdbcClient db, CityDirectory cities, AccountManagement accounts, AuditLog audit,
			ReviewReports reports, HubPublications hub, MessageSource texts, ReviewFiles files, ConflictRules conflicts,
			Clock clock) {
		this.conflicts = conflicts;
		this.files = files;
		this.reports = reports;
		this.hub = hub;
		this.texts = texts;
		this.db = db;
		this.cities = cities;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** A study in lists. */
	public record StudySummary(UUID id, CityView city, StudyStatus status, @Nullable StudyVisibility visibility,
			OffsetDateTime createdAt) {
	}

	/** A study as the reader may see it, with what the reader may do. */
	public record Study(StudySummary summary, String interests, @Nullable String population, @Nullable String gdp,
			@Nullable String energyUse, @Nullable String inventory, @Nullable String existingPlans,
			@Nullable String priorities, @Nullable String capacities, @Nullable String findings,
			@Nullable String options, @Nullable String suggestedPeers, @Nullable String cityComment,
			List<String> experts, boolean host, boolean expert, boolean secretariat, @Nullable UUID publicationId,
			List<ReviewViews.ReviewFile> files) {

		/**
		 * Where the study is read in the knowledge hub, or null (members-only studies).
		 */
		public @Nullable String publicationPath() {
			return this.publicationId == null ? null : "/publications/" + this.publicationId;
		}

	}

	/** Published studies the reader may read, newest first. */
	@Transactional(readOnly = true)
	public List<StudySummary> published() {
		var member = CurrentUser.has(Role.MEMBER) || CurrentUser.has(Role.SECRETARIAT);
		return this.db
			.sql("select id, city_id, status, visibility, created_at from review_study where status = 'PUBLISHED'"
					+ (member ? "" : " and visibility = 'PUBLIC'") + " order by published_at desc")
			.query(this::summaryRow)
			.list();
	}

	@Transactional(readOnly = true)
	public Study study(UUID id) {
		var summary = this.db.sql("select id, city_id, status, visibility, created_at from review_study where id = :id")
			.param("id", id)
			.query(this::summaryRow)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		var secretariat = CurrentUser.has(Role.SECRETARIAT);
		var signedIn = CurrentUser.get().isPresent();
		var host = signedIn && CurrentUser.has(Role.CITY_FOCAL_POINT)
				&& this.cities.isFocalPoint(summary.city().id(), CurrentUser.id());
		var expert = signedIn && isExpert(id, CurrentUser.id());
		var party = secretariat || host || expert;
		var readable = party || (summary.status() == StudyStatus.PUBLISHED
				&& (summary.visibility() == StudyVisibility.PUBLIC || CurrentUser.has(Role.MEMBER)));
		if (!readable) {
			throw new ReviewNotFoundException();
		}
		var experts = this.db.sql("select account_id from review_study_expert where study_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list()
			.stream()
			.map((a) -> this.accounts.find(a).displayName())
			.toList();
		return this.db
			.sql("select interests, population, gdp, energy_use, inventory, existing_plans, priorities, capacities,"
					+ " findings, options, suggested_peers, city_comment, publication_id from review_study"
					+ " where id = :id")
			.param("id", id)
			.query((rs, n) -> new Study(summary, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getString(11), rs.getString(12), experts, host, expert, secretariat,
					rs.getObject(13, UUID.class), this.files.ofStudy(id)))
			.single();
	}

	/**
	 * Refuses anyone but a focal point of the city (before a baseline file is even read).
	 */
	public void requireHost(UUID cityId) {
		this.cities.city(cityId);
		if (!CurrentUser.has(Role.CITY_FOCAL_POINT) || !this.cities.isFocalPoint(cityId, CurrentUser.id())) {
			throw new AccessDeniedException("not a focal point of this city");
		}
	}

	/** A focal point states the city's interest with its baseline information. */
	@Transactional
	public UUID request(UUID cityId, StudyRequestForm form) {
		this.cities.city(cityId);
		if (!CurrentUser.has(Role.CITY_FOCAL_POINT) || !this.cities.isFocalPoint(cityId, CurrentUser.id())) {
			throw new AccessDeniedException("not a focal point of this city");
		}
		var id = UUID.randomUUID();
		this.db
			.sql("insert into review_study (id, city_id, requested_by, status, interests, population, gdp, energy_use,"
					+ " inventory, existing_plans, priorities, capacities, created_at) values (:id, :city, :by,"
					+ " 'REQUESTED', :interests, :population, :gdp, :energy, :inventory, :plans, :priorities,"
					+ " :capacities, :now)")
			.param("id", id)
			.param("city", cityId)
			.param("by", CurrentUser.id())
			.param("interests", required("interests", form.interests(), 2000))
			.param("population", optional("population", form.population(), 100))
			.param("gdp", optional("gdp", form.gdp(), 100))
			.param("energy", optional("energyUse", form.energyUse(), TEXT))
			.param("inventory", optional("inventory", form.inventory(), TEXT))
			.param("plans", optional("existingPlans", form.existingPlans(), TEXT))
			.param("priorities", optional("priorities", form.priorities(), TEXT))
			.param("capacities", optional("capacities", form.capacities(), TEXT))
			.param("now", now())
			.update();
		this.audit.record("Study", id, "request", "city " + cityId);
		return id;
	}

	/** The secretariat assigns an expert (never a focal point of the city). */
	@Transactional
	public void assign(UUID id, StudyExpertForm form) {
		requireSecretariat();
		var summary = requireStatus(id, StudyStatus.REQUESTED, StudyStatus.IN_PROGRESS);
		var account = this.accounts.findByEmail(required("email", form.email(), 320))
			.orElseThrow(() -> new ReviewRefusedException("email", "review.error.noAccount"));
		this.conflicts.requireOutsideHost(summary.city(), account);
		if (isExpert(id, account.id())) {
			throw new ReviewRefusedException("email", "review.error.alreadyMember");
		}
		this.db.sql("insert into review_study_expert (study_id, account_id) values (:id, :a)")
			.param("id", id)
			.param("a", account.id())
			.update();
		this.db.sql("update review_study set status = 'IN_PROGRESS' where id = :id").param("id", id).update();
		this.audit.record("Study", id, "assign-expert", account.email());
	}

	/** An assigned expert delivers the study. */
	@Transactional
	public void deliver(UUID id, StudyDeliveryForm form) {
		deliver(id, form, null);
	}

	/** An assigned expert delivers the study with its document. */
	@Transactional
	public void deliver(UUID id, StudyDeliveryForm form,
			org.springframework.web.multipart.@Nullable MultipartFile document) {
		// unknown study first (404), then someone else's (403), then the wrong step
		var exists = this.db.sql("select count(*) from review_study where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new ReviewNotFoundException();
		}
		if (CurrentUser.get().isEmpty() || !isExpert(id, CurrentUser.id())) {
			throw new AccessDeniedException("not an expert of this study");
		}
		requireStatus(id, StudyStatus.IN_PROGRESS);
		this.db
			.sql("update review_study set findings = :f, options = :o, suggested_peers = :p, status = 'DELIVERED'"
					+ " where id = :id")
			.param("f", required("findings", form.findings(), TEXT))
			.param("o", required("options", form.options(), TEXT))
			.param("p", optional("suggestedPeers", form.suggestedPeers(), 2000))
			.param("id", id)
			.update();
		this.audit.record("Study", id, "deliver", "");
		if (ReviewFiles.present(document)) {
			this.files.addToStudy(id, document);
		}
	}

	/** The city comments and chooses who may read the published study. */
	@Transactional
	public void comment(UUID id, StudyCommentForm form) {
		var summary = requireStatus(id, StudyStatus.DELIVERED);
		if (!CurrentUser.has(Role.CITY_FOCAL_POINT)
				|| !this.cities.isFocalPoint(summary.city().id(), CurrentUser.id())) {
			throw new AccessDeniedException("host city only");
		}
		var visibility = form.visibility();
		if (visibility == null) {
			throw new ReviewRefusedException("visibility", "review.error.choice");
		}
		this.db.sql("update review_study set city_comment = :c, visibility = :v where id = :id")
			.param("c", required("comment", form.comment(), TEXT))
			.param("v", visibility.name())
			.param("id", id)
			.update();
		this.audit.record("Study", id, "comment", visibility.name());
	}

	/** The secretariat publishes once the city has commented and chosen its readers. */
	@Transactional
	public void publish(UUID id) {
		requireSecretariat();
		requireStatus(id, StudyStatus.DELIVERED);
		var ready = this.db
			.sql("select count(*) from review_study where id = :id and city_comment is not null"
					+ " and visibility is not null")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (!ready) {
			throw new ReviewRefusedException("", "study.error.noComment");
		}
		this.db.sql("update review_study set status = 'PUBLISHED', published_at = :now where id = :id")
			.param("now", now())
			.param("id", id)
			.update();
		var study = study(id);
		UUID publication = null;
		// a members-only study stays out of the hub, which everyone reads
		if (study.summary().visibility() == StudyVisibility.PUBLIC) {
			publication = publishInHub(id, study);
		}
		this.audit.record("Study", id, "publish", publication == null ? "members only" : "publication " + publication);
	}

	/** A file of the study, for whoever may read the study; otherwise unknown. */
	@Transactional(readOnly = true)
	public ReviewViews.ReviewFile file(UUID id, UUID fileId) {
		return study(id).files()
			.stream()
			.filter((f) -> f.fileId().equals(fileId))
			.findFirst()
			.orElseThrow(ReviewNotFoundException::new);
	}

	private UUID publishInHub(UUID id, Study study) {
		var requester = this.db.sql("select requested_by from review_study where id = :id")
			.param("id", id)
			.query(UUID.class)
			.single();
		var locale = this.accounts.find(requester).language().locale();
		var city = study.summary().city();
		var year = study.summary().createdAt().getYear();
		var text = new java.util.ArrayList<String>();
		text.add(study.interests());
		text.add(study.findings());
		text.add(study.options());
		text.add(study.suggestedPeers());
		text.add(study.cityComment());
		var publication = this.hub.publish(new HubPublications.Document(org.lccp.shared.i18n.Language.of(locale).code(),
				this.texts.getMessage("study.page.title", new Object[] { city.name(locale) }, locale), study.findings(),
				text, PublicationKind.STUDY, year,
				study.experts().isEmpty() ? null : String.join(", ", study.experts()), null, List.of(city.id()),
				List.of(), "/studies/" + id, this.texts.getMessage("study.publication.source", null, locale),
				"study-" + city.nameEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + year + ".pdf",
				this.reports.study(study, locale)));
		this.db.sql("update review_study set publication_id = :p where id = :id")
			.param("p", publication)
			.param("id", id)
			.update();
		return publication;
	}

	private StudySummary requireStatus(UUID id, StudyStatus... allowed) {
		var summary = this.db
			.sql("select id, city_id, status, visibility, created_at from review_study where id = :id for update")
			.param("id", id)
			.query(this::summaryRow)
			.optional()
			.orElseThrow(ReviewNotFoundException::new);
		if (!List.of(allowed).contains(summary.status())) {
			throw new ReviewRefusedException("", "review.error.wrongStep");
		}
		return summary;
	}

	private boolean isExpert(UUID id, UUID account) {
		return this.db.sql("select count(*) from review_study_expert where study_id = :id and account_id = :a")
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

	private StudySummary summaryRow(ResultSet rs, int n) throws SQLException {
		var visibility = rs.getString(4);
		return new StudySummary(rs.getObject(1, UUID.class), this.cities.city(rs.getObject(2, UUID.class)),
				StudyStatus.valueOf(rs.getString(3)), visibility == null ? null : StudyVisibility.valueOf(visibility),
				rs.getObject(5, OffsetDateTime.class));
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

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
