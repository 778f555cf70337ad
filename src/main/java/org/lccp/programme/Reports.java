package org.lccp.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.ActivityFigures;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.Dates;
import org.lccp.shared.web.InputText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's reports to the Senior Officials Meeting. Figures are never typed: a
 * report counts the platform's records through every module's {@link ActivityFigures} for
 * its period, in its language, and keeps them with the narrative as a numbered version;
 * editing the narrative or counting again adds a version. Every change is audited in its
 * transaction. Reports are the secretariat's working documents until submitted, so every
 * method, read or write, refuses anyone else ({@link SecretariatOnly}) as the address
 * rules do; the demo data generates its report through {@link #generateForDemo}.
 */
@Service
public class Reports {

	/**
	 * The order of the figures in the report: the modules in the order of the seed notes.
	 */
	static final List<String> ORDER = List.of("members.", "knowledge.", "gatherings.", "reviews.", "capacity.",
			"projects.", "contributions.", "hosting.", "workplan.");

	private static final int MAX_NARRATIVE = 20_000;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final List<ActivityFigures> sources;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	Reports(JdbcClient jdbc, AuditLog audit, List<ActivityFigures> sources, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.audit = audit;
		this.sources = sources;
		this.messages = messages;
	}

	/** A kept report and its latest version number. */
	public record Report(UUID id, String title, LocalDate from, LocalDate to, String language, int latest,
			Instant createdAt) {

		public Locale locale() {
			return Language.fromCode(this.language).orElse(Language.EN).locale();
		}

	}

	/**
	 * One version: the figures as counted then and the narrative of the four sections.
	 */
	public record Version(int number, List<ActivityFigures.Figure> figures, String background, String progress,
			String plans, String issues, Instant createdAt) {

	}

	/** A decision of the meeting. */
	public record Decision(UUID id, String meeting, LocalDate decidedOn, String text, Instant recordedAt) {
	}

	// ---- figures

	/** The figures of a period, counted now, in the order of the report. */
	@Transactional(readOnly = true)
	public List<ActivityFigures.Figure> count(LocalDate from, LocalDate to, Locale reader) {
		SecretariatOnly.require();
		return countFor(from, to, reader);
	}

	private List<ActivityFigures.Figure> countFor(LocalDate from, LocalDate to, Locale reader) {
		var all = new ArrayList<ActivityFigures.Figure>();
		for (var source : this.sources) {
			all.addAll(source.figures(from, to, reader));
		}
		all.sort(Comparator.comparingInt(Reports::position));
		return all;
	}

	private static int position(ActivityFigures.Figure figure) {
		for (var i = 0; i < ORDER.size(); i++) {
			if (figure.key().startsWith(ORDER.get(i))) {
				return i;
			}
		}
		return ORDER.size();
	}

	// ---- reports

	@Transactional
	public UUID generate(ReportForms.Generate form) {
		SecretariatOnly.require();
		return generateForDemo(form);
	}

	/**
	 * The demo's report, generated while nobody is signed in (so no author is kept); the
	 * demo loader is the only caller.
	 */
	@Transactional
	UUID generateForDemo(ReportForms.Generate form) {
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var title = text(form.title(), 300, "title", true, v);
		var from = date(form.from(), "from", v);
		var to = date(form.to(), "to", v);
		if (from != null && to != null && to.isBefore(from)) {
			v.add(new InvalidProgrammeException.Violation("to", "programme.error.periodReversed"));
		}
		var language = form.language() == null ? null : Language.fromCode(form.language().strip()).orElse(null);
		if (language == null) {
			v.add(new InvalidProgrammeException.Violation("language", "programme.error.language"));
		}
		if (!v.isEmpty() || from == null || to == null || language == null || title == null) {
			throw new InvalidProgrammeException(v);
		}
		var id = UUID.randomUUID();
		var now = OffsetDateTime.now(this.clock);
		this.jdbc
			.sql("insert into programme_report (id, title, period_from, period_to, language, created_by, created_at) "
					+ "values (:id, :title, :from, :to, :language, :by, :at)")
			.param("id", id)
			.param("title", title)
			.param("from", from)
			.param("to", to)
			.param("language", language.code())
			.param("by", CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null))
			.param("at", now)
			.update();
		var locale = language.locale();
		var period = message("programme.report.period", locale, from.toString(), to.toString());
		insertVersion(id, 1, countFor(from, to, locale), message("programme.narrative.background", locale),
				message("programme.narrative.progress", locale, period), message("programme.narrative.plans", locale),
				message("programme.narrative.issues", locale));
		this.audit.record("ProgrammeReport", id, "GENERATED",
				title + " (" + from + " – " + to + ", " + language.code() + ")");
		return id;
	}

	@Transactional(readOnly = true)
	public List<Report> reports() {
		SecretariatOnly.require();
		return this.jdbc.sql(REPORT_SELECT + " order by r.period_to desc, r.created_at desc")
			.query(Reports::report)
			.list();
	}

	@Transactional(readOnly = true)
	public Report report(UUID id) {
		SecretariatOnly.require();
		return this.jdbc.sql(REPORT_SELECT + " where r.id = :id")
			.param("id", id)
			.query(Reports::report)
			.optional()
			.orElseThrow(ProgrammeNotFoundException::new);
	}

	/** A version of the report; the latest when {@code number} is null. */
	@Transactional(readOnly = true)
	public Version version(UUID id, @Nullable Integer number) {
		SecretariatOnly.require();
		var report = report(id);
		var wanted = number == null ? report.latest() : number;
		return this.jdbc
			.sql("select number, figures, background, progress, plans, issues, created_at "
					+ "from programme_report_version where report_id = :id and number = :n")
			.param("id", id)
			.param("n", wanted)
			.query((rs, row) -> new Version(rs.getInt("number"), figures(rs.getString("figures")),
					rs.getString("background"), rs.getString("progress"), rs.getString("plans"), rs.getString("issues"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional()
			.orElseThrow(ProgrammeNotFoundException::new);
	}

	/** The narrative edited: a new version with the same figures. */
	@Transactional
	public int editNarrative(UUID id, ReportForms.Narrative form) {
		SecretariatOnly.require();
		var report = lock(id);
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var background = text(form.background(), MAX_NARRATIVE, "background", false, v);
		var progress = text(form.progress(), MAX_NARRATIVE, "progress", false, v);
		var plans = text(form.plans(), MAX_NARRATIVE, "plans", false, v);
		var issues = text(form.issues(), MAX_NARRATIVE, "issues", false, v);
		if (!v.isEmpty()) {
			throw new InvalidProgrammeException(v);
		}
		stale(report, form.basedOn());
		var previous = version(id, report.latest());
		var number = report.latest() + 1;
		insertVersion(id, number, previous.figures(), orEmpty(background), orEmpty(progress), orEmpty(plans),
				orEmpty(issues));
		this.audit.record("ProgrammeReport", id, "NARRATIVE_EDITED", "version " + number);
		return number;
	}

	/**
	 * The figures counted again from today's records: a new version with the same
	 * narrative.
	 */
	@Transactional
	public int recount(UUID id, @Nullable String basedOn) {
		SecretariatOnly.require();
		var report = lock(id);
		stale(report, basedOn);
		var previous = version(id, report.latest());
		var number = report.latest() + 1;
		insertVersion(id, number, countFor(report.from(), report.to(), report.locale()), previous.background(),
				previous.progress(), previous.plans(), previous.issues());
		this.audit.record("ProgrammeReport", id, "RECOUNTED", "version " + number);
		return number;
	}

	@Transactional
	public UUID recordDecision(UUID reportId, ReportForms.Decision form) {
		SecretariatOnly.require();
		report(reportId);
		var v = new ArrayList<InvalidProgrammeException.Violation>();
		var meeting = text(form.meeting(), 200, "meeting", true, v);
		var decidedOn = date(form.decidedOn(), "decidedOn", v);
		var text = text(form.text(), 4000, "text", true, v);
		if (!v.isEmpty() || meeting == null || decidedOn == null || text == null) {
			if (v.isEmpty()) {
				v.add(new InvalidProgrammeException.Violation("decidedOn", "programme.error.required"));
			}
			throw new InvalidProgrammeException(v);
		}
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into programme_decision (id, report_id, meeting, decided_on, text, recorded_by, recorded_at) "
					+ "values (:id, :report, :meeting, :on, :text, :by, :at)")
			.param("id", id)
			.param("report", reportId)
			.param("meeting", meeting)
			.param("on", decidedOn)
			.param("text", text)
			.param("by", CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null))
			.param("at", OffsetDateTime.now(this.clock))
			.update();
		this.audit.record("ProgrammeDecision", id, "RECORDED", meeting + ": " + text);
		return id;
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(UUID reportId) {
		SecretariatOnly.require();
		return this.jdbc
			.sql("select id, meeting, decided_on, text, recorded_at from programme_decision where report_id = :id "
					+ "order by decided_on, recorded_at")
			.param("id", reportId)
			.query((rs, row) -> new Decision(rs.getObject("id", UUID.class), rs.getString("meeting"),
					rs.getObject("decided_on", LocalDate.class), rs.getString("text"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	// ---- helpers

	private static final String REPORT_SELECT = "select r.id, r.title, r.period_from, r.period_to, r.language, "
			+ "r.created_at, (select max(number) from programme_report_version v where v.report_id = r.id) as latest "
			+ "from programme_report r";

	private static Report report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Report(rs.getObject("id", UUID.class), rs.getString("title"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getString("language"), rs.getInt("latest"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/** Locks the report so that two editors cannot both add the same version number. */
	private Report lock(UUID id) {
		this.jdbc.sql("select id from programme_report where id = :id for update")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.orElseThrow(ProgrammeNotFoundException::new);
		return report(id);
	}

	private static void stale(Report report, @Nullable String basedOn) {
		if (basedOn != null && !basedOn.isBlank() && !basedOn.strip().equals(Integer.toString(report.latest()))) {
			throw new ConflictException("programme.error.stale", report.latest());
		}
	}

	private void insertVersion(UUID id, int number, List<ActivityFigures.Figure> figures, String background,
			String progress, String plans, String issues) {
		this.jdbc
			.sql("insert into programme_report_version (report_id, number, figures, background, progress, plans, "
					+ "issues, created_by, created_at) values (:id, :n, :figures, :background, :progress, :plans, "
					+ ":issues, :by, :at)")
			.param("id", id)
			.param("n", number)
			.param("figures", this.json.writeValueAsString(figures))
			.param("background", background)
			.param("progress", progress)
			.param("plans", plans)
			.param("issues", issues)
			.param("by", CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null))
			.param("at", OffsetDateTime.now(this.clock))
			.update();
	}

	private List<ActivityFigures.Figure> figures(String stored) {
		return this.json.readValue(stored, new TypeReference<List<ActivityFigures.Figure>>() {
		});
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	static @Nullable String text(@Nullable String value, int max, String field, boolean required,
			List<InvalidProgrammeException.Violation> v) {
		var cleaned = InputText.clean(value);
		if (cleaned == null || cleaned.isBlank()) {
			if (required) {
				v.add(new InvalidProgrammeException.Violation(field, "programme.error.required"));
			}
			return null;
		}
		var text = cleaned.strip();
		if (text.length() > max) {
			v.add(new InvalidProgrammeException.Violation(field, "programme.error.tooLong"));
			return null;
		}
		return text;
	}

	static @Nullable LocalDate date(@Nullable String value, String field, List<InvalidProgrammeException.Violation> v) {
		if (value == null || value.isBlank()) {
			v.add(new InvalidProgrammeException.Violation(field, "programme.error.required"));
			return null;
		}
		var date = Dates.parseDate(value);
		if (date == null) {
			v.add(new InvalidProgrammeException.Violation(field,
					Dates.outOfRange(value) ? "programme.error.dateRange" : "programme.error.date"));
		}
		return date;
	}

}
