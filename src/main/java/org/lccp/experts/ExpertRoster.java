package org.lccp.experts;

import java.time.Clock;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.PastWork;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.Paging;
import org.lccp.shared.web.FieldChecks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's facade. Every write checks who may make it here: a member writes only the
 * own entry, only the secretariat lists or declines. Each change is audited in its
 * transaction. Public reads never see a field the expert keeps private, and public
 * filters match only what is shown, so a filter cannot reveal a hidden topic either.
 */
@Service
public class ExpertRoster {

	static final Role[] MEMBERS = { Role.MEMBER, Role.CITY_FOCAL_POINT, Role.EXPERT, Role.RESOURCE_CENTRE,
			Role.SECRETARIAT };

	private static final String COLUMNS = "id, account_id, name, headline, institution, country, biography, topics, "
			+ "sectors, tools, languages, countries_served, availability, available_from, available_until, "
			+ "public_fields, status, decision_note, source_note, applied_at, decided_at, version";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final AccountManagement accounts;

	private final ObjectProvider<PastWork> pastWork;

	private final Clock clock;

	ExpertRoster(JdbcClient jdbc, AuditLog audit, AccountManagement accounts, ObjectProvider<PastWork> pastWork,
			Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.pastWork = pastWork;
		this.clock = clock;
	}

	// ---- what other modules read

	/** Listed experts, by name, for other modules' suggestions. */
	@Transactional(readOnly = true)
	public List<ExpertSummary> vetted() {
		return this.jdbc.sql("select " + COLUMNS + " from expert_profile where status = 'LISTED' order by name, id")
			.query(ExpertRoster::view)
			.list()
			.stream()
			.map(ExpertView::summary)
			.toList();
	}

	/** The listed entry of an account, if it has one. */
	@Transactional(readOnly = true)
	public Optional<ExpertSummary> ofAccount(UUID accountId) {
		return this.jdbc.sql("select " + COLUMNS + " from expert_profile where account_id = :a and status = 'LISTED'")
			.param("a", accountId)
			.query(ExpertRoster::view)
			.optional()
			.map(ExpertView::summary);
	}

	// ---- the member's own entry

	/** The signed-in account's entry, whatever its status. */
	@Transactional(readOnly = true)
	public Optional<ExpertView> mine() {
		var me = CurrentUser.get().map(CurrentUser.AccountPrincipal::id);
		if (me.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + COLUMNS + " from expert_profile where account_id = :a")
			.param("a", me.get())
			.query(ExpertRoster::view)
			.optional();
	}

	/**
	 * The form a member starts from: the entry, or an empty one with the account's name.
	 */
	@Transactional(readOnly = true)
	public ExpertForm formForMe() {
		requireAny(MEMBERS);
		return mine().map(ExpertForm::of)
			.orElseGet(() -> ExpertForm.empty(this.accounts.find(CurrentUser.id()).displayName()));
	}

	/**
	 * Applies to be listed, or changes the own entry. A declined or withdrawn entry goes
	 * back to the secretariat; a listed one stays listed (the change is audited and the
	 * secretariat can decline it later). A form read before another change of the entry
	 * is refused rather than overwriting that change.
	 */
	@Transactional
	public UUID save(ExpertForm form) {
		requireAny(MEMBERS);
		var me = CurrentUser.id();
		var existing = mine();
		var v = new ArrayList<InvalidExpertException.Violation>();
		var checked = check(form, v);
		if (!v.isEmpty()) {
			throw new InvalidExpertException(v);
		}
		var name = checked.name();
		var headline = checked.headline();
		var institution = checked.institution();
		var country = checked.country();
		var biography = checked.biography();
		var topics = checked.topics();
		var sectors = checked.sectors();
		var tools = checked.tools();
		var languages = checked.languages();
		var served = checked.served();
		var availability = checked.availability();
		var from = form.availableFrom();
		var until = form.availableUntil();
		var publicFields = checked.publicFields();
		var now = OffsetDateTime.now(this.clock);
		if (existing.isEmpty()) {
			var id = UUID.randomUUID();
			this.jdbc.sql("insert into expert_profile (" + COLUMNS + ", updated_at) values (:id, :account, :name, "
					+ ":headline, :institution, :country, :biography, string_to_array(:topics, ','), "
					+ "string_to_array(:sectors, ','), string_to_array(:tools, ','), string_to_array(:languages, ','), "
					+ "string_to_array(:served, ','), :availability, :from, :until, string_to_array(:publicFields, ','), "
					+ "'APPLIED', null, null, :at, null, 0, :at)")
				.param("id", id)
				.param("account", me)
				.param("name", name)
				.param("headline", headline)
				.param("institution", institution)
				.param("country", country)
				.param("biography", biography)
				.param("topics", String.join(",", topics))
				.param("sectors", String.join(",", sectors))
				.param("tools", String.join(",", tools))
				.param("languages", String.join(",", languages))
				.param("served", String.join(",", served))
				.param("availability", availability)
				.param("from", from)
				.param("until", until)
				.param("publicFields", String.join(",", publicFields))
				.param("at", now)
				.update();
			this.audit.record("ExpertProfile", id, "APPLIED", name);
			return id;
		}
		var entry = existing.get();
		if (form.version() != null && !form.version().isBlank()
				&& !form.version().strip().equals(String.valueOf(entry.version()))) {
			throw new ConflictException("experts.error.stale");
		}
		var status = entry.status() == ExpertStatus.LISTED ? ExpertStatus.LISTED : ExpertStatus.APPLIED;
		var changed = this.jdbc.sql("update expert_profile set name = :name, headline = :headline, "
				+ "institution = :institution, country = :country, biography = :biography, "
				+ "topics = string_to_array(:topics, ','), sectors = string_to_array(:sectors, ','), "
				+ "tools = string_to_array(:tools, ','), languages = string_to_array(:languages, ','), "
				+ "countries_served = string_to_array(:served, ','), availability = :availability, "
				+ "available_from = :from, available_until = :until, public_fields = string_to_array(:publicFields, ','), "
				+ "status = :status, updated_at = :at, version = version + 1 where id = :id and version = :version")
			.param("id", entry.id())
			.param("version", entry.version())
			.param("name", name)
			.param("headline", headline)
			.param("institution", institution)
			.param("country", country)
			.param("biography", biography)
			.param("topics", String.join(",", topics))
			.param("sectors", String.join(",", sectors))
			.param("tools", String.join(",", tools))
			.param("languages", String.join(",", languages))
			.param("served", String.join(",", served))
			.param("availability", availability)
			.param("from", from)
			.param("until", until)
			.param("publicFields", String.join(",", publicFields))
			.param("status", status.name())
			.param("at", now)
			.update();
		if (changed == 0) {
			throw new ConflictException("experts.error.stale");
		}
		this.audit.record("ExpertProfile", entry.id(), status == entry.status() ? "CHANGED" : "APPLIED_AGAIN", name);
		return entry.id();
	}

	/**
	 * What the rules refuse in an entry form, for a form page that shows them beside the
	 * binder's conversion errors; empty when the entry may be saved.
	 */
	List<InvalidExpertException.Violation> violations(ExpertForm form) {
		var v = new ArrayList<InvalidExpertException.Violation>();
		check(form, v);
		return v;
	}

	private record CheckedEntry(@Nullable String name, @Nullable String headline, @Nullable String institution,
			@Nullable String country, @Nullable String biography, List<String> topics, List<String> sectors,
			List<String> tools, List<String> languages, List<String> served, @Nullable String availability,
			List<String> publicFields) {
	}

	private static CheckedEntry check(ExpertForm form, List<InvalidExpertException.Violation> v) {
		var check = checks(v);
		var name = check.text(form.name(), 200, "name", true);
		var headline = check.text(form.headline(), 300, "headline", false);
		var institution = check.text(form.institution(), 200, "institution", false);
		var country = check.country((form.country() == null) ? null : form.country().code(), false);
		var biography = check.text(form.biography(), 4000, "biography", false);
		var topics = check.names(form.topics(), "topics", true);
		var sectors = check.names(form.sectors(), "sectors", false);
		var tools = check.names(form.tools(), "tools", false);
		var languages = check.languages(form.languages());
		var served = form.countriesServed() == null ? List.<String>of() : form.countriesServed().codes();
		if (served.size() > 60) {
			v.add(new InvalidExpertException.Violation("countriesServed", "experts.error.tooLong"));
		}
		var availability = check.name(form.availability(), "availability");
		var from = check.date(form.availableFrom(), "availableFrom");
		var until = check.date(form.availableUntil(), "availableUntil");
		if (from != null && until != null && until.isBefore(from)) {
			v.add(new InvalidExpertException.Violation("availableUntil", "experts.error.periodReversed"));
		}
		var publicFields = check.names(form.publicFields(), "publicFields", false);
		return new CheckedEntry(name, headline, institution, country, biography, topics, sectors, tools, languages,
				served, availability, publicFields);
	}

	/**
	 * The expert leaves the roster; the entry is kept (hidden) so that work stays
	 * attributed.
	 */
	@Transactional
	public void withdraw() {
		requireAny(MEMBERS);
		var entry = mine().orElseThrow(ExpertNotFoundException::new);
		setStatus(entry, ExpertStatus.WITHDRAWN, null);
		this.audit.record("ExpertProfile", entry.id(), "WITHDRAWN", entry.name());
	}

	// ---- the secretariat

	/** Entries waiting for a decision first, then the others by status and name. */
	@Transactional(readOnly = true)
	public List<ExpertView> forSecretariat() {
		requireAny(Role.SECRETARIAT);
		return this.jdbc
			.sql("select " + COLUMNS + " from expert_profile order by case status when 'APPLIED' then 0 "
					+ "when 'LISTED' then 1 when 'DECLINED' then 2 else 3 end, applied_at desc, id")
			.query(ExpertRoster::view)
			.list();
	}

	/** Lists an entry on the roster; the account becomes an expert. */
	@Transactional
	public void list(UUID id) {
		requireAny(Role.SECRETARIAT);
		var entry = find(id);
		if (entry.status() == ExpertStatus.WITHDRAWN) {
			throw new ConflictException("experts.error.withdrawn");
		}
		if (entry.status() == ExpertStatus.LISTED) {
			throw new ConflictException("experts.error.alreadyListed");
		}
		setStatus(entry, ExpertStatus.LISTED, null);
		this.accounts.grant(entry.accountId(), Role.EXPERT);
		this.audit.record("ExpertProfile", id, "LISTED", entry.name());
	}

	/**
	 * Declines an application (or takes a listed entry off the roster) with a reason the
	 * applicant sees.
	 */
	@Transactional
	public void decline(UUID id, @Nullable String reason) {
		requireAny(Role.SECRETARIAT);
		var entry = find(id);
		var v = new ArrayList<InvalidExpertException.Violation>();
		var check = checks(v);
		var why = check.text(reason, 1000, "reason", true);
		if (!v.isEmpty()) {
			throw new InvalidExpertException(v);
		}
		if (entry.status() == ExpertStatus.WITHDRAWN || entry.status() == ExpertStatus.DECLINED) {
			throw new ConflictException("experts.error.notOpen");
		}
		setStatus(entry, ExpertStatus.DECLINED, why);
		this.audit.record("ExpertProfile", id, "DECLINED", why);
	}

	// ---- public reading

	/** A filter of the public roster; each part matches only what experts show. */
	public record Filter(@Nullable Topic topic, @Nullable String language, @Nullable String country,
			@Nullable ExpertTool tool, boolean availableOnly) {

		public static Filter none() {
			return new Filter(null, null, null, null, false);
		}

	}

	/** Listed experts as the public sees them, by name. */
	@Transactional(readOnly = true)
	public Page<ExpertView> publicPage(Filter filter, int page, int size) {
		return publicPage(filter, Paging.of(page, size, 100));
	}

	/** Listed experts by name, a page of the caller's size (the API's maximum). */
	@Transactional(readOnly = true)
	public Page<ExpertView> publicPage(Filter filter, PageRequest request) {
		var where = new StringBuilder(" from expert_profile where status = 'LISTED'");
		if (filter.topic() != null) {
			where.append(" and 'TOPICS' = any(public_fields) and :topic = any(topics)");
		}
		if (filter.language() != null) {
			where.append(" and 'LANGUAGES' = any(public_fields) and :language = any(languages)");
		}
		if (filter.country() != null) {
			where.append(" and 'COUNTRIES_SERVED' = any(public_fields) and (:country = any(countries_served) "
					+ "or cardinality(countries_served) = 0)");
		}
		if (filter.tool() != null) {
			where.append(" and 'TOOLS' = any(public_fields) and :tool = any(tools)");
		}
		if (filter.availableOnly()) {
			where.append(" and 'AVAILABILITY' = any(public_fields) and availability <> 'NOT_AVAILABLE'");
		}
		var rows = bind(this.jdbc.sql("select " + COLUMNS + where + " order by name, id limit :limit offset :offset"),
				filter)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(ExpertRoster::view)
			.list()
			.stream()
			.map(ExpertView::forPublic)
			.toList();
		var total = bind(this.jdbc.sql("select count(*)" + where), filter).query(Long.class).single();
		return new PageImpl<>(rows, request, total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter) {
		if (filter.topic() != null) {
			spec = spec.param("topic", filter.topic().name());
		}
		if (filter.language() != null) {
			spec = spec.param("language", filter.language());
		}
		if (filter.country() != null) {
			spec = spec.param("country", filter.country());
		}
		if (filter.tool() != null) {
			spec = spec.param("tool", filter.tool().name());
		}
		return spec;
	}

	/**
	 * An entry as the reader may see it: the expert and the secretariat see all of it,
	 * the public only a listed entry's public part; anything else is not found.
	 */
	@Transactional(readOnly = true)
	public ExpertView profile(UUID id) {
		var entry = find(id);
		var me = CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null);
		if (CurrentUser.has(Role.SECRETARIAT) || entry.accountId().equals(me)) {
			return entry;
		}
		if (entry.status() != ExpertStatus.LISTED) {
			throw new ExpertNotFoundException();
		}
		return entry.forPublic();
	}

	/**
	 * Past work on the platform, gathered from every module that offers it; empty for the
	 * public when the expert keeps it private.
	 */
	@Transactional(readOnly = true)
	public List<PastWork.Item> pastWork(ExpertView entry, Locale reader) {
		var me = CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null);
		var mayRead = entry.publicFields().contains(PublicField.PAST_WORK) || CurrentUser.has(Role.SECRETARIAT)
				|| entry.accountId().equals(me);
		if (!mayRead) {
			return List.of();
		}
		return this.pastWork.orderedStream()
			.flatMap((source) -> source.of(entry.accountId(), reader).stream())
			.sorted(Comparator.comparing((PastWork.Item i) -> i.year() == null ? 0 : i.year())
				.reversed()
				.thenComparing(PastWork.Item::title))
			.toList();
	}

	/** Every listed entry's public part, for the bulk download. */
	@Transactional(readOnly = true)
	public List<ExpertView> publicEntries() {
		return this.jdbc.sql("select " + COLUMNS + " from expert_profile where status = 'LISTED' order by name, id")
			.query(ExpertRoster::view)
			.list()
			.stream()
			.map(ExpertView::forPublic)
			.toList();
	}

	// ---- helpers

	private ExpertView find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from expert_profile where id = :id")
			.param("id", id)
			.query(ExpertRoster::view)
			.optional()
			.orElseThrow(ExpertNotFoundException::new);
	}

	private void setStatus(ExpertView entry, ExpertStatus status, @Nullable String note) {
		var decided = status == ExpertStatus.LISTED || status == ExpertStatus.DECLINED;
		this.jdbc
			.sql("update expert_profile set status = :status, decision_note = :note, "
					+ "decided_at = case when :decided then now() else decided_at end, "
					+ "decided_by = case when :decided then :by else decided_by end, updated_at = now(), "
					+ "version = version + 1 where id = :id")
			.param("status", status.name())
			.param("note", note)
			.param("decided", decided)
			.param("by", CurrentUser.id())
			.param("id", entry.id())
			.update();
	}

	/** Checks that record their refusals in {@code v}. */
	private static FieldChecks checks(List<InvalidExpertException.Violation> v) {
		return new FieldChecks("experts.error.",
				(field, key) -> v.add(new InvalidExpertException.Violation(field, key)));
	}

	private static void requireAny(Role... roles) {
		for (var r : roles) {
			if (CurrentUser.has(r)) {
				return;
			}
		}
		throw new AccessDeniedException("experts: role required");
	}

	private static List<String> array(ResultSet rs, String column) throws SQLException {
		Array a = rs.getArray(column);
		return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
	}

	private static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
		var set = EnumSet.noneOf(type);
		for (var s : array(rs, column)) {
			set.add(Enum.valueOf(type, s));
		}
		return set;
	}

	private static ExpertView view(ResultSet rs, int row) throws SQLException {
		var decided = rs.getObject("decided_at", OffsetDateTime.class);
		return new ExpertView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("name"), rs.getString("headline"), rs.getString("institution"), rs.getString("country"),
				rs.getString("biography"), enums(rs, "topics", Topic.class), new LinkedHashSet<>(array(rs, "sectors")),
				enums(rs, "tools", ExpertTool.class), new LinkedHashSet<>(array(rs, "languages")),
				array(rs, "countries_served").stream().collect(Collectors.toCollection(LinkedHashSet::new)),
				Availability.valueOf(rs.getString("availability")), rs.getObject("available_from", LocalDate.class),
				rs.getObject("available_until", LocalDate.class), enums(rs, "public_fields", PublicField.class),
				ExpertStatus.valueOf(rs.getString("status")), rs.getString("decision_note"),
				rs.getString("source_note"), rs.getObject("applied_at", OffsetDateTime.class).toInstant(),
				decided == null ? null : decided.toInstant(), rs.getInt("version"));
	}

}
