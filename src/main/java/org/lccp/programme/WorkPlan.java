package org.lccp.programme;

import java.time.LocalDate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.LinkableRecords;
import org.lccp.shared.web.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly work plan: items in the four activity areas, each linked to the records that
 * deliver it. A link names another module's record by id; whether it exists is asked of
 * the module that keeps it ({@link LinkableRecords}), so that no link points nowhere
 * while the programme neither reads other modules' tables nor depends on the modules that
 * depend on it. Only the secretariat changes the plan ({@link SecretariatOnly}).
 */
@Service
public class WorkPlan {

	/** What a work-plan item can be delivered by and its page. */
	enum LinkKind {

		GATHERING(LinkableRecords.Kind.GATHERING, "/gatherings/"), REVIEW(LinkableRecords.Kind.REVIEW, "/reviews/"),
		STUDY(LinkableRecords.Kind.STUDY, "/studies/"),
		COMPARATIVE_STUDY(LinkableRecords.Kind.COMPARATIVE_STUDY, "/comparative-studies/"),
		PUBLICATION(LinkableRecords.Kind.PUBLICATION, "/publications/"),
		CASE_STUDY(LinkableRecords.Kind.CASE_STUDY, "/case-studies/"),
		CAPACITY_NEED(LinkableRecords.Kind.CAPACITY_NEED, "/capacity/needs/");

		private final LinkableRecords.Kind record;

		private final String path;

		LinkKind(LinkableRecords.Kind record, String path) {
			this.record = record;
			this.path = path;
		}

		String path(UUID id) {
			return this.path + id;
		}

	}

	/** Where an item stands. */
	enum Status {

		PLANNED, IN_PROGRESS, DONE, POSTPONED, DROPPED

	}

	public record Item(UUID id, int year, String activity, String area, @Nullable String lead,
			@Nullable String partners, @Nullable String budgetLine, @Nullable String timeline, String status,
			@Nullable String sourceNote, List<Link> links, int version) {

	}

	public record Link(String kind, UUID recordId, String path) {
	}

	/**
	 * The item form as posted. The year and the choices are typed: a value that does not
	 * convert is the binder's {@code typeMismatch} field error; {@link #add} checks the
	 * rest.
	 */
	record ItemForm(@Nullable Integer year, @Nullable String activity, @Nullable ActivityArea area,
			@Nullable String lead, @Nullable String partners, @Nullable String budgetLine, @Nullable String timeline,
			@Nullable Status status) {

		static ItemForm empty(int year) {
			return new ItemForm(year, "", null, "", "", "", "", Status.PLANNED);
		}

	}

	/**
	 * A link form as posted, typed by the binder: a kind that is no {@link LinkKind} or a
	 * record id that is no UUID is a {@code typeMismatch} field error.
	 */
	record LinkForm(@Nullable LinkKind kind, @Nullable UUID recordId) {

		static LinkForm empty() {
			return new LinkForm(null, null);
		}

	}

	/**
	 * A status change as posted: the status bound as a {@link Status}, the version the
	 * change was made over.
	 */
	record StatusForm(@Nullable Status status, @Nullable Integer version) {
	}

	private final Clock clock;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final List<LinkableRecords> records;

	WorkPlan(JdbcClient jdbc, AuditLog audit, Clock clock, List<LinkableRecords> records) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.records = records;
	}

	@Transactional
	public UUID add(ItemForm form) {
		SecretariatOnly.require();
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var year = year(form.year(), v);
		var activity = Reports.text(form.activity(), 300, "activity", true, v);
		var area = chosen(form.area(), "area", v);
		var status = chosen(form.status(), "status", v);
		var lead = Reports.text(form.lead(), 300, "lead", false, v);
		var partners = Reports.text(form.partners(), 1000, "partners", false, v);
		var budget = Reports.text(form.budgetLine(), 200, "budgetLine", false, v);
		var timeline = Reports.text(form.timeline(), 200, "timeline", false, v);
		if (!v.isEmpty() || year == null || activity == null || area == null || status == null) {
			throw new InvalidProgrammeException(v);
		}
		var id = insert(year, activity, area, lead, partners, budget, timeline, status, null);
		this.audit.record("WorkPlanItem", id, "ADDED", year + ": " + activity);
		return id;
	}

	/** Demo items: as the seed says, with the passage quoted. */
	UUID addQuoted(int year, String activity, ActivityArea area, @Nullable String lead, @Nullable String partners,
			Status status, String sourceNote) {
		return insert(year, activity, area.name(), lead, partners, null, null, status.name(), sourceNote);
	}

	private UUID insert(int year, String activity, String area, @Nullable String lead, @Nullable String partners,
			@Nullable String budget, @Nullable String timeline, String status, @Nullable String sourceNote) {
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into programme_workplan_item (id, year, activity, area, lead, partners, budget_line, "
					+ "timeline, status, source_note, created_at) values (:id, :year, :activity, :area, :lead, "
					+ ":partners, :budget, :timeline, :status, :source, :at)")
			.param("id", id)
			.param("year", year)
			.param("activity", activity)
			.param("area", area)
			.param("lead", lead)
			.param("partners", partners)
			.param("budget", budget)
			.param("timeline", timeline)
			.param("status", status)
			.param("source", sourceNote)
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		return id;
	}

	@Transactional
	public void changeStatus(UUID id, StatusForm form) {
		SecretariatOnly.require();
		var item = item(id);
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var code = chosen(form.status(), "status", v);
		if (code == null) {
			throw new InvalidProgrammeException(v);
		}
		var changed = this.jdbc
			.sql("update programme_workplan_item set status = :status, version = version + 1 where id = :id "
					+ "and version = :version")
			.param("status", code)
			.param("id", id)
			.param("version", (form.version() != null) ? form.version() : item.version())
			.update();
		if (changed == 0) {
			throw new ConflictException("programme.error.staleItem");
		}
		this.audit.record("WorkPlanItem", id, "STATUS", item.status() + " → " + code);
	}

	@Transactional
	public void link(UUID id, LinkForm form) {
		SecretariatOnly.require();
		item(id);
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var kind = chosen(form.kind(), "kind", v);
		var record = form.recordId();
		if (record == null) {
			v.add(new InvalidProgrammeException.Violation("recordId", "programme.error.recordId"));
		}
		else if (form.kind() != null && !exists(form.kind(), record)) {
			v.add(new InvalidProgrammeException.Violation("recordId", "programme.error.noSuchRecord"));
		}
		if (!v.isEmpty() || kind == null || record == null) {
			throw new InvalidProgrammeException(v);
		}
		var added = this.jdbc
			.sql("insert into programme_workplan_link (item_id, kind, record_id, linked_at) values (:id, :kind, "
					+ ":record, :at) on conflict do nothing")
			.param("id", id)
			.param("kind", kind)
			.param("record", record)
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		if (added == 0) {
			throw new ConflictException("programme.error.linkedTwice");
		}
		this.audit.record("WorkPlanItem", id, "LINKED", kind + " " + record);
	}

	/** A kind no running module keeps (left out of a module test) has no records. */
	private boolean exists(LinkKind kind, UUID record) {
		return this.records.stream()
			.filter((keeper) -> keeper.kinds().contains(kind.record))
			.anyMatch((keeper) -> keeper.exists(kind.record, record));
	}

	@Transactional(readOnly = true)
	public Item item(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, row) -> item(rs))
			.optional()
			.orElseThrow(ProgrammeNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Item> year(int year) {
		return this.jdbc.sql(SELECT + " where year = :year order by area, activity, id")
			.param("year", year)
			.query((rs, row) -> item(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		return this.jdbc.sql("select distinct year from programme_workplan_item order by year desc")
			.query(Integer.class)
			.list();
	}

	/**
	 * The items a report's "plans" section shows: those of the years the period touches
	 * and of the year after it, the plan submitted for approval.
	 */
	@Transactional(readOnly = true)
	public List<Item> itemsForReport(LocalDate from, LocalDate to) {
		return this.jdbc.sql(SELECT + " where year between :from and :to order by year, area, activity, id")
			.param("from", from.getYear())
			.param("to", to.getYear() + 1)
			.query((rs, row) -> item(rs))
			.list();
	}

	private static final String SELECT = "select id, year, activity, area, lead, partners, budget_line, timeline, "
			+ "status, source_note, version from programme_workplan_item";

	private Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
		var id = rs.getObject("id", UUID.class);
		var links = this.jdbc
			.sql("select kind, record_id from programme_workplan_link where item_id = :id order by linked_at, kind")
			.param("id", id)
			.query((r, n) -> {
				var kind = LinkKind.valueOf(r.getString("kind"));
				var record = r.getObject("record_id", UUID.class);
				return new Link(kind.name(), record, kind.path(record));
			})
			.list();
		return new Item(id, rs.getInt("year"), rs.getString("activity"), rs.getString("area"), rs.getString("lead"),
				rs.getString("partners"), rs.getString("budget_line"), rs.getString("timeline"), rs.getString("status"),
				rs.getString("source_note"), links, rs.getInt("version"));
	}

	/**
	 * What the rules refuse in an item form, for a form page that shows them beside the
	 * binder's conversion errors; empty when the item may be added.
	 */
	/**
	 * What the rules refuse in a link form without looking the record up, for a form page
	 * that shows them beside the binder's conversion errors.
	 */
	static List<InvalidProgrammeException.Violation> violations(LinkForm form) {
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		chosen(form.kind(), "kind", v);
		if (form.recordId() == null) {
			v.add(new InvalidProgrammeException.Violation("recordId", "programme.error.recordId"));
		}
		return v;
	}

	static List<InvalidProgrammeException.Violation> violations(ItemForm form) {
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		year(form.year(), v);
		Reports.text(form.activity(), 300, "activity", true, v);
		chosen(form.area(), "area", v);
		chosen(form.status(), "status", v);
		Reports.text(form.lead(), 300, "lead", false, v);
		Reports.text(form.partners(), 1000, "partners", false, v);
		Reports.text(form.budgetLine(), 200, "budgetLine", false, v);
		Reports.text(form.timeline(), 200, "timeline", false, v);
		return v;
	}

	private static @Nullable Integer year(@Nullable Integer year, List<InvalidProgrammeException.Violation> v) {
		if (year != null && year >= 1990 && year <= 2200) {
			return year;
		}
		v.add(new InvalidProgrammeException.Violation("year", "programme.error.year"));
		return null;
	}

	/** The name of a choice the binder converted; a missing one is refused. */
	static @Nullable String chosen(@Nullable Enum<?> value, String field, List<InvalidProgrammeException.Violation> v) {
		if (value == null) {
			v.add(new InvalidProgrammeException.Violation(field, "programme.error.choice"));
			return null;
		}
		return value.name();
	}

}
