package org.lccp.capacity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.experts.ExpertRoster;
import org.lccp.experts.Topic;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.Paging;
import org.lccp.shared.web.FieldChecks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity module's facade. Every write checks who may make it here, not only in the
 * web layer: a need's poster (or the secretariat) edits and accepts for the need, an
 * offer's poster for the offer, and only the secretariat proposes and records delivery.
 * Each change is audited in its transaction.
 */
@Service
public class CapacityManagement {

	private static final String NEED_COLUMNS = "id, title, description, topics, sector, kind, languages, country, "
			+ "audience, funding, wanted_from, wanted_until, status, source_note, posted_by, created_at, recommendation_id, "
			+ "study_id";

	private static final String OFFER_COLUMNS = "id, title, provider, description, topics, kinds, languages, "
			+ "countries, available_from, available_until, cost_shared, status, source_note, posted_by, created_at";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ExpertRoster roster;

	private final GatheringManagement gatherings;

	private final CapacityMails mails;

	private final ApplicationEventPublisher events;

	/**
	 * Proposals, deliveries and changes are dated by the platform's clock, as reminders
	 * are.
	 */
	private final java.time.Clock clock;

	private final org.lccp.programme.Stewardship stewardship;

	CapacityManagement(JdbcClient jdbc, AuditLog audit, ExpertRoster roster, GatheringManagement gatherings,
			CapacityMails mails, ApplicationEventPublisher events, org.lccp.programme.Stewardship stewardship,
			java.time.Clock clock) {
		this.stewardship = stewardship;
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.roster = roster;
		this.gatherings = gatherings;
		this.mails = mails;
		this.events = events;
	}

	// ---- needs

	@Transactional
	public UUID postNeed(NeedForm form) {
		requireAny(Role.CITY_FOCAL_POINT, Role.MEMBER, Role.SECRETARIAT);
		var v = new ArrayList<InvalidCapacityException.Violation>();
		var need = checkNeed(form, v);
		if (!v.isEmpty()) {
			throw new InvalidCapacityException(v);
		}
		var title = need.title();
		var topics = need.topics();
		var kind = need.kind();
		var sector = need.sector();
		var languages = need.languages();
		var country = need.country();
		var from = form.wantedFrom();
		var until = form.wantedUntil();
		var description = need.description();
		var audience = need.audience();
		var funding = need.funding();
		var recommendation = form.recommendation();
		var study = form.study();
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into capacity_need (" + NEED_COLUMNS + ") values (:id, :title, :description, "
					+ "string_to_array(:topics, ','), :sector, :kind, string_to_array(:languages, ','), :country, "
					+ ":audience, :funding, :from, :until, 'OPEN', null, :by, :at, :recommendation, :study)")
			.param("recommendation", recommendation)
			.param("study", study)
			.param("id", id)
			.param("title", title)
			.param("description", description)
			.param("topics", String.join(",", topics))
			.param("sector", sector)
			.param("kind", kind)
			.param("languages", String.join(",", languages))
			.param("country", country)
			.param("audience", audience)
			.param("funding", funding)
			.param("from", from)
			.param("until", until)
			.param("by", CurrentUser.id())
			.param("at", java.time.OffsetDateTime.now(this.clock))
			.update();
		this.audit.record("CapacityNeed", id, "POSTED", title);
		return id;
	}

	/**
	 * What the rules refuse in a need form, for a form page that shows them beside the
	 * binder's conversion errors; empty when the need may be posted.
	 */
	List<InvalidCapacityException.Violation> needViolations(NeedForm form) {
		var v = new ArrayList<InvalidCapacityException.Violation>();
		checkNeed(form, v);
		return v;
	}

	private record CheckedNeed(@Nullable String title, List<String> topics, @Nullable String kind,
			@Nullable String sector, List<String> languages, @Nullable String country, @Nullable String description,
			@Nullable String audience, @Nullable String funding) {
	}

	private static CheckedNeed checkNeed(NeedForm form, List<InvalidCapacityException.Violation> v) {
		var check = checks(v);
		var title = check.text(form.title(), 200, "title", true);
		var topics = check.names(form.topics(), "topics", true);
		var kind = check.name(form.kind(), "kind");
		var sector = form.sector() == null ? null : form.sector().name();
		var languages = check.languages(form.languages());
		var country = check.country((form.country() == null) ? null : form.country().code(), true);
		var from = check.date(form.wantedFrom(), "wantedFrom");
		var until = check.date(form.wantedUntil(), "wantedUntil");
		if (from != null && until != null && until.isBefore(from)) {
			v.add(new InvalidCapacityException.Violation("wantedUntil", "capacity.error.periodReversed"));
		}
		var description = check.text(form.description(), 4000, "description", false);
		var audience = check.text(form.audience(), 300, "audience", false);
		var funding = check.text(form.funding(), 300, "funding", false);
		return new CheckedNeed(title, topics, kind, sector, languages, country, description, audience, funding);
	}

	@Transactional(readOnly = true)
	public Views.Need need(UUID id) {
		return this.jdbc.sql("select " + NEED_COLUMNS + " from capacity_need where id = :id")
			.param("id", id)
			.query(CapacityManagement::need)
			.optional()
			.orElseThrow(CapacityNotFoundException::new);
	}

	/** Open needs, newest first. */
	@Transactional(readOnly = true)
	public Page<Views.Need> openNeeds(int page, int size) {
		return openNeeds(Paging.of(page, size, 100));
	}

	/** Open needs, newest first, a page of the caller's size (the API's maximum). */
	@Transactional(readOnly = true)
	public Page<Views.Need> openNeeds(PageRequest request) {
		var rows = this.jdbc
			.sql("select " + NEED_COLUMNS + " from capacity_need where status <> 'CLOSED' "
					+ "order by created_at desc, id limit :limit offset :offset")
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(CapacityManagement::need)
			.list();
		var total = this.jdbc.sql("select count(*) from capacity_need where status <> 'CLOSED'")
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, request, total);
	}

	// ---- offers

	@Transactional
	public UUID postOffer(OfferForm form) {
		requireAny(Role.EXPERT, Role.RESOURCE_CENTRE, Role.MEMBER, Role.SECRETARIAT);
		var v = new ArrayList<InvalidCapacityException.Violation>();
		var offer = checkOffer(form, v);
		if (!v.isEmpty()) {
			throw new InvalidCapacityException(v);
		}
		var title = offer.title();
		var provider = offer.provider();
		var topics = offer.topics();
		var kinds = offer.kinds();
		var languages = offer.languages();
		var countries = form.countries() == null ? List.<String>of() : form.countries().codes();
		var from = form.availableFrom();
		var until = form.availableUntil();
		var description = offer.description();
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into capacity_offer (" + OFFER_COLUMNS + ") values (:id, :title, :provider, "
					+ ":description, string_to_array(:topics, ','), string_to_array(:kinds, ','), "
					+ "string_to_array(:languages, ','), string_to_array(:countries, ','), :from, :until, :cost, "
					+ "'OPEN', null, :by, :at)")
			.param("id", id)
			.param("title", title)
			.param("provider", provider)
			.param("description", description)
			.param("topics", String.join(",", topics))
			.param("kinds", String.join(",", kinds))
			.param("languages", String.join(",", languages))
			.param("countries", String.join(",", countries))
			.param("from", from)
			.param("until", until)
			.param("cost", "on".equals(form.costShared()) || "true".equals(form.costShared()))
			.param("by", CurrentUser.id())
			.param("at", java.time.OffsetDateTime.now(this.clock))
			.update();
		this.audit.record("CapacityOffer", id, "POSTED", title);
		return id;
	}

	/**
	 * What the rules refuse in an offer form, for a form page that shows them beside the
	 * binder's conversion errors; empty when the offer may be posted.
	 */
	List<InvalidCapacityException.Violation> offerViolations(OfferForm form) {
		var v = new ArrayList<InvalidCapacityException.Violation>();
		checkOffer(form, v);
		return v;
	}

	private record CheckedOffer(@Nullable String title, @Nullable String provider, List<String> topics,
			List<String> kinds, List<String> languages, @Nullable String description) {
	}

	private static CheckedOffer checkOffer(OfferForm form, List<InvalidCapacityException.Violation> v) {
		var check = checks(v);
		var title = check.text(form.title(), 200, "title", true);
		var provider = check.text(form.provider(), 200, "provider", true);
		var topics = check.names(form.topics(), "topics", true);
		var kinds = check.names(form.kinds(), "kinds", true);
		var languages = check.languages(form.languages());
		var from = check.date(form.availableFrom(), "availableFrom");
		var until = check.date(form.availableUntil(), "availableUntil");
		if (from != null && until != null && until.isBefore(from)) {
			v.add(new InvalidCapacityException.Violation("availableUntil", "capacity.error.periodReversed"));
		}
		var description = check.text(form.description(), 4000, "description", false);
		return new CheckedOffer(title, provider, topics, kinds, languages, description);
	}

	@Transactional(readOnly = true)
	public Views.Offer offer(UUID id) {
		return this.jdbc.sql("select " + OFFER_COLUMNS + " from capacity_offer where id = :id")
			.param("id", id)
			.query(CapacityManagement::offer)
			.optional()
			.orElseThrow(CapacityNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Page<Views.Offer> openOffers(int page, int size) {
		return openOffers(Paging.of(page, size, 100));
	}

	/** Open offers, newest first, a page of the caller's size (the API's maximum). */
	@Transactional(readOnly = true)
	public Page<Views.Offer> openOffers(PageRequest request) {
		var rows = this.jdbc
			.sql("select " + OFFER_COLUMNS + " from capacity_offer where status = 'OPEN' "
					+ "order by created_at desc, id limit :limit offset :offset")
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(CapacityManagement::offer)
			.list();
		var total = this.jdbc.sql("select count(*) from capacity_offer where status = 'OPEN'")
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, request, total);
	}

	// ---- matching

	/** How many suggestions a page shows and the API gives by default. */
	public static final int SHOWN = 20;

	/** The most the API gives in one answer. */
	public static final int MAX_SHOWN = 100;

	/** The best {@link #SHOWN} open offers for a need. */
	@Transactional(readOnly = true)
	public List<Matching.Suggestion> suggestions(UUID needId) {
		return suggestions(needId, SHOWN);
	}

	/**
	 * The best open offers for a need. The database narrows to offers sharing a topic
	 * (array overlap {@code &&} on a GIN index); {@link Matching} scores and explains
	 * them and only the best {@code limit} are kept: at 10,000 offers thousands share a
	 * topic, and writing every one of them into a page or an answer cost far more than
	 * scoring.
	 */
	@Transactional(readOnly = true)
	public List<Matching.Suggestion> suggestions(UUID needId, int limit) {
		var need = need(needId);
		var offers = this.jdbc
			.sql("select " + OFFER_COLUMNS + " from capacity_offer where status = 'OPEN' "
					+ "and topics && string_to_array(:topics, ',')::varchar[]")
			.param("topics", String.join(",", need.topics()))
			.query(CapacityManagement::offer)
			.list();
		var ratings = pastRatings();
		var ranked = Matching.rank(need, offers, (account) -> ratings.getOrDefault(account, Matching.PastRatings.NONE));
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	/**
	 * Listed experts of the roster ranked for a need, with the reasons; experts already
	 * proposed for it are left out.
	 */
	@Transactional(readOnly = true)
	public List<Matching.ExpertSuggestion> expertSuggestions(UUID needId) {
		var need = need(needId);
		requireBroker(need);
		var proposed = new java.util.HashSet<>(
				this.jdbc.sql("select expert_id from capacity_match where need_id = :id and expert_id is not null")
					.param("id", needId)
					.query(UUID.class)
					.list());
		var experts = this.roster.vetted().stream().filter((e) -> !proposed.contains(e.id())).toList();
		var ratings = pastRatings();
		var ranked = Matching.rankExperts(need, experts,
				(account) -> ratings.getOrDefault(account, Matching.PastRatings.NONE));
		return ranked.subList(0, Math.min(SHOWN, ranked.size()));
	}

	/**
	 * Average ratings of delivered assistance per providing account (offer poster or
	 * expert).
	 */
	private java.util.Map<UUID, Matching.PastRatings> pastRatings() {
		var out = new java.util.HashMap<UUID, Matching.PastRatings>();
		this.jdbc
			.sql("select coalesce(m.expert_account, o.posted_by) as account, count(*) as n, "
					+ "avg(m.feedback_score) as average from capacity_match m left join capacity_offer o "
					+ "on o.id = m.offer_id where m.status = 'DELIVERED' and m.feedback_score is not null "
					+ "group by coalesce(m.expert_account, o.posted_by)")
			.query((rs) -> {
				var account = rs.getObject("account", UUID.class);
				if (account != null) {
					out.put(account, new Matching.PastRatings(rs.getInt("n"), rs.getDouble("average")));
				}
			});
		return out;
	}

	/**
	 * The best {@link #SHOWN} open needs an offer could serve (the same scoring seen from
	 * the other side).
	 */
	@Transactional(readOnly = true)
	public List<NeedSuggestion> needsFor(UUID offerId) {
		var offer = offer(offerId);
		var needs = this.jdbc
			.sql("select " + NEED_COLUMNS + " from capacity_need where status = 'OPEN' "
					+ "and topics && string_to_array(:topics, ',')::varchar[]")
			.param("topics", String.join(",", offer.topics()))
			.query(CapacityManagement::need)
			.list();
		var out = new ArrayList<NeedSuggestion>();
		for (var n : needs) {
			var s = Matching.score(n, offer);
			if (s != null) {
				out.add(new NeedSuggestion(n, s.score(), s.reasons()));
			}
		}
		out.sort((a, b) -> Integer.compare(b.score(), a.score()));
		return out.subList(0, Math.min(SHOWN, out.size()));
	}

	/** A need suggested for an offer. */
	public record NeedSuggestion(Views.Need need, int score, List<Matching.Reason> reasons) {
	}

	// ---- brokering

	@Transactional
	public UUID propose(UUID needId, UUID offerId) {
		var need = openNeedToBroker(needId);
		var offer = offer(offerId);
		var match = Matching.score(need, offer);
		var id = recordProposal(need, match == null ? null : match.score(), "offer_id", offerId,
				"insert into capacity_match (id, need_id, offer_id, score, status, proposed_at) "
						+ "values (:id, :n, :other, :score, 'PROPOSED', :now)",
				(spec) -> spec);
		this.mails.proposed(need, offer.title(), offer.postedBy(), id);
		return id;
	}

	/** The secretariat proposes an expert of the roster for a need. */
	@Transactional
	public UUID proposeExpert(UUID needId, UUID expertId) {
		var need = openNeedToBroker(needId);
		var expert = this.roster.vetted()
			.stream()
			.filter((e) -> e.id().equals(expertId))
			.findFirst()
			.orElseThrow(() -> new InvalidCapacityException(
					List.of(new InvalidCapacityException.Violation("", "capacity.error.notListed"))));
		var match = Matching.scoreExpert(need, expert, Matching.PastRatings.NONE);
		var id = recordProposal(need, match == null ? null : match.score(), "expert_id", expertId,
				"insert into capacity_match (id, need_id, expert_id, expert_account, provider_name, score, status, "
						+ "proposed_at) values (:id, :n, :other, :account, :name, :score, 'PROPOSED', :now)",
				(spec) -> spec.param("account", expert.accountId()).param("name", expert.name()));
		this.mails.proposed(need, expert.name(), expert.accountId(), id);
		return id;
	}

	/** A need the signed-in account may broker, still open for proposals. */
	private Views.Need openNeedToBroker(UUID needId) {
		var need = need(needId);
		requireBroker(need);
		if ("CLOSED".equals(need.status())) {
			throw new ConflictException("capacity.error.needClosed");
		}
		return need;
	}

	/**
	 * Stores a proposal of an offer or an expert ({@code column} and {@code other}) for a
	 * need, refusing one without a common topic and a second proposal of the same pair.
	 */
	private UUID recordProposal(Views.Need need, @Nullable Integer score, String column, UUID other, String insert,
			java.util.function.UnaryOperator<JdbcClient.StatementSpec> extra) {
		if (score == null) {
			throw new InvalidCapacityException(
					List.of(new InvalidCapacityException.Violation("", "capacity.error.noCommonTopic")));
		}
		var existing = this.jdbc
			.sql("select count(*) from capacity_match where need_id = :n and " + column + " = :other")
			.param("n", need.id())
			.param("other", other)
			.query(Long.class)
			.single();
		if (existing > 0) {
			throw new ConflictException("capacity.error.proposedTwice");
		}
		var id = UUID.randomUUID();
		extra
			.apply(this.jdbc.sql(insert)
				.param("id", id)
				.param("n", need.id())
				.param("other", other)
				.param("score", score)
				.param("now", java.time.OffsetDateTime.now(this.clock)))
			.update();
		this.audit.record("CapacityMatch", id, "PROPOSED",
				"need=" + need.id() + " " + column.replace("_id", "") + "=" + other);
		return id;
	}

	@Transactional(readOnly = true)
	public Views.Match match(UUID id) {
		return this.jdbc.sql(MATCH_SELECT + " where m.id = :id")
			.param("id", id)
			.query(CapacityManagement::match)
			.optional()
			.orElseThrow(CapacityNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Views.Match> matchesOfNeed(UUID needId) {
		return this.jdbc.sql(MATCH_SELECT + " where m.need_id = :id order by m.score desc, m.proposed_at")
			.param("id", needId)
			.query(CapacityManagement::match)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Views.Match> matchesOfOffer(UUID offerId) {
		return this.jdbc.sql(MATCH_SELECT + " where m.offer_id = :id order by m.score desc, m.proposed_at")
			.param("id", offerId)
			.query(CapacityManagement::match)
			.list();
	}

	/**
	 * The signed-in account accepts for its side (need poster, offer poster; the
	 * secretariat may accept for either on someone's behalf). Both sides accepted makes
	 * the match ACCEPTED.
	 */
	@Transactional
	public void accept(UUID matchId) {
		var m = match(matchId);
		if (!"PROPOSED".equals(m.status())) {
			throw new ConflictException("capacity.error.notProposed");
		}
		var need = need(m.needId());
		var provider = providerAccount(m);
		var secretariat = CurrentUser.has(Role.SECRETARIAT);
		var me = CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null);
		var forNeed = secretariat || (me != null && me.equals(need.postedBy()));
		var forOffer = secretariat || (me != null && me.equals(provider));
		if (!forNeed && !forOffer) {
			throw new AccessDeniedException("not a side of this match");
		}
		var needAccepted = m.needAccepted() || forNeed;
		var offerAccepted = m.offerAccepted() || forOffer;
		var status = needAccepted && offerAccepted ? "ACCEPTED" : "PROPOSED";
		this.jdbc
			.sql("update capacity_match set need_accepted = :na, offer_accepted = :oa, status = :s, "
					+ "version = version + 1 where id = :id")
			.param("na", needAccepted)
			.param("oa", offerAccepted)
			.param("s", status)
			.param("id", matchId)
			.update();
		if ("ACCEPTED".equals(status)) {
			this.jdbc.sql("update capacity_need set status = 'MATCHED' where id = :id and status = 'OPEN'")
				.param("id", m.needId())
				.update();
			this.mails.accepted(need, m.offerTitle(), provider, matchId);
		}
		this.audit.record("CapacityMatch", matchId, "ACCEPTED",
				(forNeed ? "need side " : "") + (forOffer ? "offer side " : "") + "→ " + status);
	}

	/**
	 * The secretariat plans an accepted match: a date and, when held as one, a
	 * gathering's id.
	 */
	@Transactional
	public void plan(UUID matchId, PlanForm form) {
		requireAny(Role.SECRETARIAT);
		var m = match(matchId);
		if (!"ACCEPTED".equals(m.status()) && !"PLANNED".equals(m.status())) {
			throw new ConflictException("capacity.error.notAccepted");
		}
		var v = new ArrayList<InvalidCapacityException.Violation>();
		var on = checkPlan(form, v);
		UUID gathering = null;
		if (form.gatheringId() != null && !form.gatheringId().isBlank()) {
			try {
				gathering = UUID.fromString(form.gatheringId().strip());
				var type = this.gatherings.gathering(gathering).summary().type();
				if (!HELD_AS.contains(type)) {
					v.add(new InvalidCapacityException.Violation("gatheringId", "capacity.error.gatheringType"));
				}
			}
			catch (IllegalArgumentException | org.lccp.shared.web.NotFoundException ex) {
				v.add(new InvalidCapacityException.Violation("gatheringId", "capacity.error.gathering"));
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidCapacityException(v);
		}
		this.jdbc
			.sql("update capacity_match set status = 'PLANNED', planned_on = :on, gathering_id = :g, "
					+ "version = version + 1 where id = :id")
			.param("on", on)
			.param("g", gathering)
			.param("id", matchId)
			.update();
		this.audit.record("CapacityMatch", matchId, "PLANNED", "on=" + on + " gathering=" + gathering);
	}

	/** The secretariat records the delivered assistance; the need closes. */
	@Transactional
	public void deliver(UUID matchId, OutcomeForm form) {
		requireAny(Role.SECRETARIAT);
		var m = match(matchId);
		if (!"PLANNED".equals(m.status())) {
			throw new ConflictException("capacity.error.notPlanned");
		}
		var v = new ArrayList<InvalidCapacityException.Violation>();
		var checked = checkOutcome(form, v);
		if (!v.isEmpty()) {
			throw new InvalidCapacityException(v);
		}
		var participants = form.participants();
		var outcome = checked.outcome();
		var feedback = checked.feedback();
		var rating = form.rating();
		var changes = checked.changes();
		var evidence = checked.evidence();
		this.jdbc
			.sql("update capacity_match set status = 'DELIVERED', participants = :p, outcome = :o, feedback = :f, "
					+ "feedback_score = :r, changes = :c, evidence_url = :e, delivered_at = :now, "
					+ "version = version + 1 where id = :id")
			.param("p", participants)
			.param("o", outcome)
			.param("f", feedback)
			.param("r", rating)
			.param("c", changes)
			.param("e", evidence)
			.param("now", java.time.OffsetDateTime.now(this.clock))
			.param("id", matchId)
			.update();
		this.jdbc.sql("update capacity_need set status = 'CLOSED' where id = :id").param("id", m.needId()).update();
		this.audit.record("CapacityMatch", matchId, "DELIVERED", "participants=" + participants + " rating=" + rating);
		this.audit.record("CapacityNeed", m.needId(), "CLOSED", "delivered by match " + matchId);
		var need = need(m.needId());
		this.events.publishEvent(new AssistanceDelivered(matchId, need.id(), need.title(), need.recommendationId(),
				need.studyId(), m.gatheringId(), CurrentUser.id()));
	}

	/**
	 * What the rules refuse in a plan form without looking up the gathering, for a page
	 * that shows them beside the binder's conversion errors.
	 */
	static List<InvalidCapacityException.Violation> planViolations(PlanForm form) {
		var v = new ArrayList<InvalidCapacityException.Violation>();
		checkPlan(form, v);
		return v;
	}

	private static @Nullable LocalDate checkPlan(PlanForm form, List<InvalidCapacityException.Violation> v) {
		var on = checks(v).date(form.plannedOn(), "plannedOn");
		if (on == null && v.isEmpty()) {
			v.add(new InvalidCapacityException.Violation("plannedOn", "capacity.error.required"));
		}
		return on;
	}

	/**
	 * What the rules refuse in an outcome form, for a page that shows them beside the
	 * binder's conversion errors.
	 */
	static List<InvalidCapacityException.Violation> outcomeViolations(OutcomeForm form) {
		var v = new ArrayList<InvalidCapacityException.Violation>();
		checkOutcome(form, v);
		return v;
	}

	private record CheckedOutcome(@Nullable String outcome, @Nullable String feedback, @Nullable String changes,
			@Nullable String evidence) {
	}

	private static CheckedOutcome checkOutcome(OutcomeForm form, List<InvalidCapacityException.Violation> v) {
		var check = checks(v);
		var participants = form.participants();
		if (participants == null || participants < 0 || participants > 100_000) {
			v.add(new InvalidCapacityException.Violation("participants", "capacity.error.participants"));
		}
		var outcome = check.text(form.outcome(), 4000, "outcome", true);
		var feedback = check.text(form.feedback(), 4000, "feedback", false);
		var changes = check.text(form.changes(), 4000, "changes", false);
		var rating = form.rating();
		if (rating != null && (rating < 1 || rating > 5)) {
			v.add(new InvalidCapacityException.Violation("rating", "capacity.error.rating"));
		}
		var evidence = check.text(form.evidenceUrl(), 500, "evidenceUrl", false);
		if (evidence != null && !evidence.matches("(?i)https?://[^\\s<>\"]+")) {
			v.add(new InvalidCapacityException.Violation("evidenceUrl", "capacity.error.url"));
		}
		return new CheckedOutcome(outcome, feedback, changes, evidence);
	}

	/** Gatherings a match can be held as. */
	static final java.util.Set<GatheringType> HELD_AS = java.util.EnumSet.of(GatheringType.TRAINING,
			GatheringType.WORKSHOP, GatheringType.WEBINAR, GatheringType.FIELD_VISIT);

	/** Upcoming and recent gatherings a match can be held as, for the planning form. */
	@Transactional(readOnly = true)
	public List<GatheringManagement.GatheringSummary> gatheringsToHoldAs() {
		var out = new ArrayList<GatheringManagement.GatheringSummary>();
		for (var type : HELD_AS) {
			var filter = new GatheringManagement.Filter(type, null, null, null);
			out.addAll(this.gatherings.calendar(false, filter, 0, 50).getContent());
			out.addAll(this.gatherings.calendar(true, filter, 0, 10).getContent());
		}
		out.sort(java.util.Comparator.comparing(GatheringManagement.GatheringSummary::startsAt));
		return out;
	}

	/** Matches held as a gathering, for that gathering's page. */
	@Transactional(readOnly = true)
	public List<Views.Match> matchesHeldAs(UUID gatheringId) {
		return this.jdbc.sql(MATCH_SELECT + " where m.gathering_id = :id order by m.proposed_at")
			.param("id", gatheringId)
			.query(CapacityManagement::match)
			.list();
	}

	/**
	 * Reminds the sides of a proposal unanswered for a week, once per match; rows are
	 * locked and skipped when another node holds them. Not part of the facade: only the
	 * module's own timer ({@link MatchReminders}) runs it.
	 * @return how many matches were reminded
	 */
	@Transactional
	int sendDueReminders(java.time.OffsetDateTime now) {
		var due = this.jdbc
			.sql(MATCH_SELECT + " where m.status = 'PROPOSED' and m.reminded_at is null and m.proposed_at < :cutoff "
					+ "order by m.proposed_at for update of m skip locked")
			.param("cutoff", now.minusDays(7))
			.query(CapacityManagement::match)
			.list();
		for (var m : due) {
			var need = need(m.needId());
			this.mails.reminder(need, m.offerTitle(), m.needAccepted() ? null : need.postedBy(),
					m.offerAccepted() ? null : providerAccount(m), m.id());
			this.jdbc.sql("update capacity_match set reminded_at = :now where id = :id")
				.param("now", now)
				.param("id", m.id())
				.update();
		}
		return due.size();
	}

	private @Nullable UUID providerAccount(Views.Match m) {
		if (m.expertAccount() != null) {
			return m.expertAccount();
		}
		return m.offerId() == null ? null : offer(m.offerId()).postedBy();
	}

	/** Planning fields as posted. */
	public record PlanForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedOn,
			@Nullable String gatheringId) {
	}

	/**
	 * Outcome fields as posted; numbers that do not convert are the binder's
	 * {@code typeMismatch} field errors.
	 */
	public record OutcomeForm(@Nullable Integer participants, @Nullable String outcome, @Nullable String feedback,
			@Nullable Integer rating, @Nullable String changes, @Nullable String evidenceUrl) {
	}

	// ---- helpers

	private static final String MATCH_SELECT = "select m.id, m.need_id, n.title as need_title, m.offer_id, "
			+ "coalesce(o.title, m.provider_name) as offer_title, m.expert_id, m.expert_account, m.score, m.status, "
			+ "m.need_accepted, m.offer_accepted, m.gathering_id, m.planned_on, m.participants, m.outcome, "
			+ "m.feedback, m.feedback_score, m.changes, m.evidence_url, m.version from capacity_match m "
			+ "join capacity_need n on n.id = m.need_id left join capacity_offer o on o.id = m.offer_id";

	/**
	 * Whether the signed-in account brokers this need: the secretariat, or a resource
	 * centre during its term for a programme area the need belongs to
	 * ({@link NeedAreas}).
	 */
	public boolean canBroker(Views.Need need) {
		if (CurrentUser.has(Role.SECRETARIAT)) {
			return true;
		}
		var areas = this.stewardship.areasOfCurrentUser();
		return !areas.isEmpty() && NeedAreas.of(need).stream().anyMatch(areas::contains);
	}

	/** Open needs of the programme areas the signed-in resource centre stewards. */
	@Transactional(readOnly = true)
	public List<Views.Need> stewardedNeeds() {
		var areas = this.stewardship.areasOfCurrentUser();
		if (areas.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + NEED_COLUMNS + " from capacity_need where status <> 'CLOSED' "
					+ "order by created_at desc, id limit 500")
			.query(CapacityManagement::need)
			.list()
			.stream()
			.filter((n) -> NeedAreas.of(n).stream().anyMatch(areas::contains))
			.toList();
	}

	private void requireBroker(Views.Need need) {
		if (!canBroker(need)) {
			throw new AccessDeniedException("capacity: not a broker of this need");
		}
	}

	/** Checks that record their refusals in {@code v}. */
	private static FieldChecks checks(List<InvalidCapacityException.Violation> v) {
		return new FieldChecks("capacity.error.",
				(field, key) -> v.add(new InvalidCapacityException.Violation(field, key)));
	}

	private static void requireAny(Role... roles) {
		for (var r : roles) {
			if (CurrentUser.has(r)) {
				return;
			}
		}
		throw new AccessDeniedException("capacity: role required");
	}

	private static List<String> array(ResultSet rs, String column) throws SQLException {
		Array a = rs.getArray(column);
		return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
	}

	private static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static @Nullable LocalDate localDate(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Views.Need need(ResultSet rs, int row) throws SQLException {
		return new Views.Need(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				array(rs, "topics"), rs.getString("sector"), rs.getString("kind"), array(rs, "languages"),
				rs.getString("country"), rs.getString("audience"), rs.getString("funding"),
				localDate(rs, "wanted_from"), localDate(rs, "wanted_until"), rs.getString("status"),
				rs.getString("source_note"), uuid(rs, "posted_by"),
				rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("recommendation_id", Long.class), uuid(rs, "study_id"));
	}

	private static Views.Offer offer(ResultSet rs, int row) throws SQLException {
		return new Views.Offer(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("provider"),
				rs.getString("description"), array(rs, "topics"), array(rs, "kinds"), array(rs, "languages"),
				array(rs, "countries"), localDate(rs, "available_from"), localDate(rs, "available_until"),
				rs.getBoolean("cost_shared"), rs.getString("status"), rs.getString("source_note"),
				uuid(rs, "posted_by"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
	}

	private static Views.Match match(ResultSet rs, int row) throws SQLException {
		var participants = rs.getObject("participants", Integer.class);
		return new Views.Match(rs.getObject("id", UUID.class), rs.getObject("need_id", UUID.class),
				rs.getString("need_title"), uuid(rs, "offer_id"), rs.getString("offer_title"), uuid(rs, "expert_id"),
				uuid(rs, "expert_account"), rs.getInt("score"), rs.getString("status"), rs.getBoolean("need_accepted"),
				rs.getBoolean("offer_accepted"), uuid(rs, "gathering_id"), localDate(rs, "planned_on"), participants,
				rs.getString("outcome"), rs.getString("feedback"), rs.getObject("feedback_score", Integer.class),
				rs.getString("changes"), rs.getString("evidence_url"), rs.getInt("version"));
	}

}
