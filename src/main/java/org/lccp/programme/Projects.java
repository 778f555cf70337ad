package org.lccp.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.web.Decimals;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects run under the platform, the ledger of contributions and the offers to host a
 * forum. Amounts are exact decimals with their currency, never converted or rounded; a
 * contribution by a member institution names it by id, and its name is asked of the
 * membership facade when recorded. Only the secretariat records them
 * ({@link SecretariatOnly}).
 */
@Service
public class Projects {

	/** How a contribution is made. */
	enum Kind {

		FINANCIAL, IN_KIND

	}

	/** Where an offer to host stands. */
	enum HostStatus {

		OFFERED, CONFIRMED, WITHDRAWN

	}

	public record Project(UUID id, String title, String funder, @Nullable BigDecimal budget, @Nullable String currency,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String outputs, @Nullable String sourceNote) {
	}

	public record Contribution(UUID id, @Nullable UUID institutionId, String contributor, String kind,
			@Nullable BigDecimal amount, @Nullable String currency, @Nullable String description,
			@Nullable UUID projectId, @Nullable String projectTitle, LocalDate on, @Nullable String sourceNote) {
	}

	public record HostOffer(UUID id, String country, String offeredBy, String event, int year, String status,
			@Nullable String sourceNote) {
	}

	/** A currency's financial contributions added up, exactly. */
	public record Total(String currency, BigDecimal amount) {
	}

	/**
	 * A project as posted. The budget and the period are typed: a value that does not
	 * convert is the binder's {@code typeMismatch} field error; {@link #addProject}
	 * checks the rest.
	 */
	record ProjectForm(@Nullable String title, @Nullable String funder, @Nullable BigDecimal budget,
			@Nullable String currency, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo, @Nullable String outputs) {

		static ProjectForm empty() {
			return new ProjectForm("", "", null, "", null, null, "");
		}

	}

	/**
	 * A contribution as posted. Ids, kind, amount and date are typed: a value that does
	 * not convert is the binder's {@code typeMismatch} field error;
	 * {@link #addContribution} checks the rest.
	 */
	record ContributionForm(@Nullable UUID institutionId, @Nullable String contributor, @Nullable Kind kind,
			@Nullable BigDecimal amount, @Nullable String currency, @Nullable String description,
			@Nullable UUID projectId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate contributedOn) {

		static ContributionForm empty() {
			return new ContributionForm(null, "", Kind.FINANCIAL, null, "", "", null, null);
		}

	}

	/**
	 * An offer to host as posted. The country, the year and the status are typed: a value
	 * that does not convert (a code no country has) is the binder's {@code typeMismatch}
	 * field error; {@link #addHostOffer} checks the rest (a known country that is no
	 * NEASPEC member).
	 */
	record HostOfferForm(@Nullable CountryCode country, @Nullable String offeredBy, @Nullable String event,
			@Nullable Integer year, @Nullable HostStatus status) {

		static HostOfferForm empty() {
			return new HostOfferForm(null, "", "", null, HostStatus.OFFERED);
		}

	}

	private final Clock clock;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final MembershipManagement membership;

	Projects(JdbcClient jdbc, AuditLog audit, MembershipManagement membership, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.membership = membership;
	}

	// ---- projects

	@Transactional
	public UUID addProject(ProjectForm form) {
		SecretariatOnly.require();
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var checked = checkProject(form, v);
		var title = checked.title();
		var funder = checked.funder();
		var budget = checked.budget();
		var currency = checked.currency();
		var from = form.periodFrom();
		var to = form.periodTo();
		var outputs = checked.outputs();
		if (!v.isEmpty() || title == null || funder == null) {
			throw new InvalidProgrammeException(v);
		}
		var id = insertProject(title, funder, budget, currency, from, to, outputs, null);
		this.audit.record("ProgrammeProject", id, "ADDED",
				title + " (" + funder + (budget == null ? "" : ", " + budget.toPlainString() + " " + currency) + ")");
		return id;
	}

	/**
	 * What the rules refuse in a project form, for a form page that shows them beside the
	 * binder's conversion errors; empty when the project may be added.
	 */
	static List<InvalidProgrammeException.Violation> projectViolations(ProjectForm form) {
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		checkProject(form, v);
		return v;
	}

	private record CheckedProject(@Nullable String title, @Nullable String funder, @Nullable BigDecimal budget,
			@Nullable String currency, @Nullable String outputs) {
	}

	private static CheckedProject checkProject(ProjectForm form, List<InvalidProgrammeException.Violation> v) {
		var title = Reports.text(form.title(), 300, "title", true, v);
		var funder = Reports.text(form.funder(), 300, "funder", true, v);
		var budget = amount(form.budget(), "budget", v);
		var currency = currency(form.currency(), budget != null, "currency", v);
		if (form.periodFrom() != null && form.periodTo() != null && form.periodTo().isBefore(form.periodFrom())) {
			v.add(new InvalidProgrammeException.Violation("periodTo", "programme.error.periodReversed"));
		}
		var outputs = Reports.text(form.outputs(), 4000, "outputs", false, v);
		return new CheckedProject(title, funder, budget, currency, outputs);
	}

	UUID insertProject(String title, String funder, @Nullable BigDecimal budget, @Nullable String currency,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String outputs, @Nullable String source) {
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into programme_project (id, title, funder, budget, currency, period_from, period_to, outputs, "
					+ "source_note, created_at) values (:id, :title, :funder, :budget, :currency, :from, :to, "
					+ ":outputs, :source, :at)")
			.param("id", id)
			.param("title", title)
			.param("funder", funder)
			.param("budget", budget)
			.param("currency", currency)
			.param("from", from)
			.param("to", to)
			.param("outputs", outputs)
			.param("source", source)
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<Project> projects() {
		return this.jdbc.sql(PROJECT_SELECT + " order by coalesce(period_from, created_at::date) desc, title")
			.query((rs, row) -> project(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Project project(UUID id) {
		return this.jdbc.sql(PROJECT_SELECT + " where id = :id")
			.param("id", id)
			.query((rs, row) -> project(rs))
			.optional()
			.orElseThrow(ProgrammeNotFoundException::new);
	}

	// ---- contributions

	@Transactional
	public UUID addContribution(ContributionForm form) {
		SecretariatOnly.require();
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var checked = checkContribution(form, v);
		var institution = form.institutionId();
		var contributor = checked.contributor();
		var kind = checked.kind();
		var amount = checked.amount();
		var currency = checked.currency();
		var description = checked.description();
		var project = form.projectId();
		var on = form.contributedOn();
		if (!v.isEmpty() || contributor == null || kind == null || on == null) {
			throw new InvalidProgrammeException(v);
		}
		var id = insertContribution(institution, contributor, kind, amount, currency, description, project, on, null);
		this.audit.record("ProgrammeContribution", id, "RECORDED",
				contributor + ": " + kind + (amount == null ? "" : " " + amount.toPlainString() + " " + currency));
		return id;
	}

	/**
	 * What the rules refuse in a contribution form, for a form page that shows them
	 * beside the binder's conversion errors; empty when the contribution may be recorded.
	 */
	List<InvalidProgrammeException.Violation> contributionViolations(ContributionForm form) {
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		checkContribution(form, v);
		return v;
	}

	private record CheckedContribution(@Nullable String contributor, @Nullable String kind, @Nullable BigDecimal amount,
			@Nullable String currency, @Nullable String description) {
	}

	private CheckedContribution checkContribution(ContributionForm form, List<InvalidProgrammeException.Violation> v) {
		var institution = form.institutionId();
		String institutionName = null;
		if (institution != null) {
			institutionName = this.membership.institutionName(institution).orElse(null);
			if (institutionName == null) {
				v.add(new InvalidProgrammeException.Violation("institutionId", "programme.error.institution"));
			}
		}
		var contributor = Reports.text(form.contributor(), 300, "contributor", false, v);
		if (contributor == null) {
			contributor = institutionName;
		}
		if (contributor == null && !hasErrorOn(v, "institutionId")) {
			v.add(new InvalidProgrammeException.Violation("contributor", "programme.error.contributor"));
		}
		var kind = WorkPlan.chosen(form.kind(), "kind", v);
		var amount = amount(form.amount(), "amount", v);
		var currency = currency(form.currency(), amount != null, "currency", v);
		if (form.kind() == Kind.FINANCIAL && amount == null && !hasErrorOn(v, "amount")) {
			v.add(new InvalidProgrammeException.Violation("amount", "programme.error.required"));
		}
		var description = Reports.text(form.description(), 1000, "description", false, v);
		if (form.kind() == Kind.IN_KIND && description == null && !hasErrorOn(v, "description")) {
			v.add(new InvalidProgrammeException.Violation("description", "programme.error.required"));
		}
		var project = form.projectId();
		if (project != null && this.jdbc.sql("select count(*) from programme_project where id = :id")
			.param("id", project)
			.query(Long.class)
			.single() == 0) {
			v.add(new InvalidProgrammeException.Violation("projectId", "programme.error.noProject"));
		}
		if (form.contributedOn() == null) {
			v.add(new InvalidProgrammeException.Violation("contributedOn", "programme.error.required"));
		}
		return new CheckedContribution(contributor, kind, amount, currency, description);
	}

	UUID insertContribution(@Nullable UUID institution, String contributor, String kind, @Nullable BigDecimal amount,
			@Nullable String currency, @Nullable String description, @Nullable UUID project, LocalDate on,
			@Nullable String source) {
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into programme_contribution (id, institution_id, contributor, kind, amount, currency, "
					+ "description, project_id, contributed_on, source_note, created_at) values (:id, :institution, "
					+ ":contributor, :kind, :amount, :currency, :description, :project, :on, :source, :at)")
			.param("id", id)
			.param("institution", institution)
			.param("contributor", contributor)
			.param("kind", kind)
			.param("amount", amount)
			.param("currency", currency)
			.param("description", description)
			.param("project", project)
			.param("on", on)
			.param("source", source)
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		return id;
	}

	/** The ledger, newest first; of one project when {@code project} is given. */
	@Transactional(readOnly = true)
	public List<Contribution> ledger(@Nullable UUID project) {
		return this.jdbc
			.sql("select c.id, c.institution_id, c.contributor, c.kind, c.amount, c.currency, c.description, "
					+ "c.project_id, p.title as project_title, c.contributed_on, c.source_note from "
					+ "programme_contribution c left join programme_project p on p.id = c.project_id "
					+ "where (cast(:project as uuid) is null or c.project_id = :project) "
					+ "order by c.contributed_on desc, c.contributor")
			.param("project", project)
			.query((rs, row) -> new Contribution(rs.getObject("id", UUID.class),
					rs.getObject("institution_id", UUID.class), rs.getString("contributor"), rs.getString("kind"),
					rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("description"),
					rs.getObject("project_id", UUID.class), rs.getString("project_title"),
					rs.getObject("contributed_on", LocalDate.class), rs.getString("source_note")))
			.list();
	}

	/**
	 * Financial contributions added up per currency, exactly (the database sums
	 * numerics).
	 */
	@Transactional(readOnly = true)
	public List<Total> totals() {
		return this.jdbc
			.sql("select currency, sum(amount) as total from programme_contribution where amount is not null "
					+ "group by currency order by currency")
			.query((rs, row) -> new Total(rs.getString("currency"), rs.getBigDecimal("total")))
			.list();
	}

	// ---- offers to host

	@Transactional
	public UUID addHostOffer(HostOfferForm form) {
		SecretariatOnly.require();
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var checked = checkHostOffer(form, v);
		var country = checked.country();
		var offeredBy = checked.offeredBy();
		var event = checked.event();
		var year = checked.year();
		var status = checked.status();
		if (!v.isEmpty() || offeredBy == null || event == null || year == null || status == null) {
			throw new InvalidProgrammeException(v);
		}
		var id = insertHostOffer(country, offeredBy, event, year, status, null);
		this.audit.record("ProgrammeHostOffer", id, "RECORDED", country + " " + event + " " + year);
		return id;
	}

	/**
	 * What the rules refuse in a host-offer form, for a form page that shows them beside
	 * the binder's conversion errors; empty when the offer may be recorded.
	 */
	static List<InvalidProgrammeException.Violation> hostOfferViolations(HostOfferForm form) {
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		checkHostOffer(form, v);
		return v;
	}

	private record CheckedHostOffer(String country, @Nullable String offeredBy, @Nullable String event,
			@Nullable Integer year, @Nullable String status) {
	}

	private static CheckedHostOffer checkHostOffer(HostOfferForm form, List<InvalidProgrammeException.Violation> v) {
		var country = form.country() == null ? "" : form.country().code();
		if (!Countries.NEASPEC_MEMBERS.contains(country)) {
			v.add(new InvalidProgrammeException.Violation("country", "programme.error.country"));
		}
		var offeredBy = Reports.text(form.offeredBy(), 300, "offeredBy", true, v);
		var event = Reports.text(form.event(), 300, "event", true, v);
		var year = form.year();
		if (year == null || year < 1990 || year > 2200) {
			v.add(new InvalidProgrammeException.Violation("year", "programme.error.year"));
			year = null;
		}
		var status = WorkPlan.chosen(form.status(), "status", v);
		return new CheckedHostOffer(country, offeredBy, event, year, status);
	}

	UUID insertHostOffer(String country, String offeredBy, String event, int year, String status,
			@Nullable String source) {
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into programme_host_offer (id, country, offered_by, event, year, status, source_note, "
					+ "created_at) values (:id, :country, :by, :event, :year, :status, :source, :at)")
			.param("id", id)
			.param("country", country)
			.param("by", offeredBy)
			.param("event", event)
			.param("year", year)
			.param("status", status)
			.param("source", source)
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<HostOffer> hostOffers() {
		return this.jdbc
			.sql("select id, country, offered_by, event, year, status, source_note from programme_host_offer "
					+ "order by year desc, country")
			.query((rs, row) -> new HostOffer(rs.getObject("id", UUID.class), rs.getString("country"),
					rs.getString("offered_by"), rs.getString("event"), rs.getInt("year"), rs.getString("status"),
					rs.getString("source_note")))
			.list();
	}

	// ---- helpers

	private static final String PROJECT_SELECT = "select id, title, funder, budget, currency, period_from, period_to, "
			+ "outputs, source_note from programme_project";

	private static Project project(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Project(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("funder"),
				rs.getBigDecimal("budget"), rs.getString("currency"), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), rs.getString("outputs"), rs.getString("source_note"));
	}

	private static boolean hasErrorOn(List<InvalidProgrammeException.Violation> v, String field) {
		return v.stream().anyMatch((x) -> x.field().equals(field));
	}

	static @Nullable BigDecimal amount(@Nullable BigDecimal value, String field,
			List<InvalidProgrammeException.Violation> v) {
		if (value == null) {
			return null;
		}
		if (value.signum() >= 0 && Decimals.fits(value, 16, 2)) {
			try {
				return value.setScale(2);
			}
			catch (ArithmeticException ex) {
				// reported below
			}
		}
		v.add(new InvalidProgrammeException.Violation(field, "programme.error.amount"));
		return null;
	}

	private static @Nullable String currency(@Nullable String text, boolean needed, String field,
			List<InvalidProgrammeException.Violation> v) {
		var code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			if (needed) {
				v.add(new InvalidProgrammeException.Violation(field, "programme.error.amountNeedsCurrency"));
			}
			return null;
		}
		if (!code.matches("[A-Z]{3}")) {
			v.add(new InvalidProgrammeException.Violation(field, "programme.error.currency"));
			return null;
		}
		return code;
	}

}
