package org.lccp.programme;

import java.time.LocalDate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource centres: the secretariat invites a member institution to serve a programme
 * area for a term; an account of that institution (the applicant whose membership
 * application admitted it, as the membership facade tells) accepts, which gives it the
 * resource-centre role, or declines; an accepted centre files one activity report a year
 * of its term. Who may answer is checked here, not only in the web layer.
 */
@Service
public class ResourceCentres {

	enum Status {

		INVITED, ACCEPTED, DECLINED

	}

	public record Centre(UUID id, UUID institutionId, String institutionName, String area, LocalDate termFrom,
			LocalDate termTo, String status, int version, List<Report> reports) {
	}

	public record Report(int year, String text, OffsetDateTime filedAt) {
	}

	/**
	 * An invitation as posted, typed by the binder: an institution id that is no UUID, an
	 * area that is no {@link ActivityArea} or a term date that is no date is a
	 * {@code typeMismatch} field error; {@link #invite} checks the rest.
	 */
	record InvitationForm(@Nullable UUID institutionId, @Nullable ActivityArea area,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termTo) {

		static InvitationForm empty() {
			return new InvitationForm(null, null, null, null);
		}

	}

	/**
	 * A yearly report as posted; a year that does not convert is the binder's
	 * {@code typeMismatch} field error.
	 */
	record ReportForm(@Nullable Integer year, @Nullable String text) {

		static ReportForm empty() {
			return new ReportForm(null, "");
		}

	}

	private final Clock clock;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final AccountManagement accounts;

	private final MembershipManagement membership;

	ResourceCentres(JdbcClient jdbc, AuditLog audit, AccountManagement accounts, MembershipManagement membership,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.membership = membership;
	}

	@Transactional
	public UUID invite(InvitationForm form) {
		SecretariatOnly.require();
		var v = violations(form);
		var institution = form.institutionId();
		var name = institution == null ? null : this.membership.activeInstitutionName(institution).orElse(null);
		if (institution != null && name == null) {
			v.add(0, new InvalidProgrammeException.Violation("institutionId", "programme.error.institution"));
		}
		var area = form.area();
		var from = form.termFrom();
		var to = form.termTo();
		if (!v.isEmpty() || institution == null || name == null || area == null || from == null || to == null) {
			throw new InvalidProgrammeException(v);
		}
		var id = UUID.randomUUID();
		var added = this.jdbc
			.sql("insert into programme_resource_centre (id, institution_id, institution_name, area, term_from, "
					+ "term_to, status, invited_at) values (:id, :inst, :name, :area, :from, :to, 'INVITED', :at) "
					+ "on conflict do nothing")
			.param("id", id)
			.param("inst", institution)
			.param("name", name)
			.param("area", area.name())
			.param("from", from)
			.param("to", to)
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		if (added == 0) {
			throw new ConflictException("programme.error.invitedTwice");
		}
		this.audit.record("ResourceCentre", id, "INVITED", name + " · " + area + " · " + from + " – " + to);
		return id;
	}

	/**
	 * What the rules refuse in an invitation without asking the membership module, for a
	 * form page that shows them beside the binder's conversion errors.
	 */
	static List<InvalidProgrammeException.Violation> violations(InvitationForm form) {
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		if (form.institutionId() == null) {
			v.add(new InvalidProgrammeException.Violation("institutionId", "programme.error.institution"));
		}
		WorkPlan.chosen(form.area(), "area", v);
		var from = required(form.termFrom(), "termFrom", v);
		var to = required(form.termTo(), "termTo", v);
		if (from != null && to != null && to.isBefore(from)) {
			v.add(new InvalidProgrammeException.Violation("termTo", "programme.error.periodReversed"));
		}
		return v;
	}

	private static @Nullable LocalDate required(@Nullable LocalDate date, String field,
			List<InvalidProgrammeException.Violation> v) {
		if (date == null) {
			v.add(new InvalidProgrammeException.Violation(field, "programme.error.required"));
		}
		return date;
	}

	/** The institution's answer; {@code accept} false declines. */
	@Transactional
	public void answer(UUID id, boolean accept) {
		var account = signedIn();
		var centre = centre(id);
		requireOfInstitution(centre, account);
		var changed = this.jdbc
			.sql("update programme_resource_centre set status = :status, answered_at = :at, answered_by = :by, "
					+ "version = version + 1 where id = :id and status = 'INVITED'")
			.param("status", accept ? Status.ACCEPTED.name() : Status.DECLINED.name())
			.param("at", OffsetDateTime.now(this.clock))
			.param("by", account)
			.param("id", id)
			.update();
		if (changed == 0) {
			throw new ConflictException("programme.error.answeredAlready");
		}
		if (accept) {
			this.accounts.grantToSignedInAccount(Role.RESOURCE_CENTRE);
		}
		this.audit.record("ResourceCentre", id, accept ? "ACCEPTED" : "DECLINED", centre.institutionName());
	}

	@Transactional
	public void fileReport(UUID id, ReportForm form) {
		var account = signedIn();
		var centre = centre(id);
		requireOfInstitution(centre, account);
		if (!Status.ACCEPTED.name().equals(centre.status())) {
			throw new ConflictException("programme.error.notAccepted");
		}
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var year = form.year();
		if (year == null || year < centre.termFrom().getYear() || year > centre.termTo().getYear()) {
			v.add(new InvalidProgrammeException.Violation("year", "programme.error.yearOutsideTerm"));
		}
		var text = Reports.text(form.text(), 20_000, "text", true, v);
		if (!v.isEmpty() || year == null || text == null) {
			throw new InvalidProgrammeException(v);
		}
		var added = this.jdbc
			.sql("insert into programme_centre_report (centre_id, year, text, filed_by, filed_at) values (:id, :year, "
					+ ":text, :by, :at) on conflict do nothing")
			.param("id", id)
			.param("year", year)
			.param("text", text)
			.param("by", account)
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		if (added == 0) {
			throw new ConflictException("programme.error.reportedTwice");
		}
		this.audit.record("ResourceCentre", id, "REPORT_FILED", Integer.toString(year));
	}

	/** Whether the signed-in account may answer for the centre's institution. */
	@Transactional(readOnly = true)
	public boolean mayAnswer(Centre centre) {
		return CurrentUser.get().map((p) -> ofInstitution(centre, p.id())).orElse(false);
	}

	private static UUID signedIn() {
		return CurrentUser.get()
			.map(CurrentUser.AccountPrincipal::id)
			.orElseThrow(() -> new AccessDeniedException("Not an account of the institution"));
	}

	private void requireOfInstitution(Centre centre, UUID account) {
		if (!ofInstitution(centre, account)) {
			throw new AccessDeniedException("Not an account of the institution");
		}
	}

	private boolean ofInstitution(Centre centre, UUID account) {
		return this.membership.institutionsAppliedFor(account).contains(centre.institutionId());
	}

	@Transactional(readOnly = true)
	public List<Centre> centres() {
		return this.jdbc.sql(SELECT + " order by term_from desc, institution_name")
			.query((rs, row) -> centre(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Centre centre(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, row) -> centre(rs))
			.optional()
			.orElseThrow(ProgrammeNotFoundException::new);
	}

	private static final String SELECT = "select id, institution_id, institution_name, area, term_from, term_to, "
			+ "status, version from programme_resource_centre";

	private Centre centre(java.sql.ResultSet rs) throws java.sql.SQLException {
		var id = rs.getObject("id", UUID.class);
		var reports = this.jdbc
			.sql("select year, text, filed_at from programme_centre_report where centre_id = :id order by year")
			.param("id", id)
			.query((r, n) -> new Report(r.getInt("year"), r.getString("text"),
					r.getObject("filed_at", OffsetDateTime.class)))
			.list();
		return new Centre(id, rs.getObject("institution_id", UUID.class), rs.getString("institution_name"),
				rs.getString("area"), rs.getObject("term_from", LocalDate.class),
				rs.getObject("term_to", LocalDate.class), rs.getString("status"), rs.getInt("version"), reports);
	}

}
