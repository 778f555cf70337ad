package org.lccp.opendata;

import java.time.Clock;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.jspecify.annotations.Nullable;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.jobs.BackgroundJobs;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.DomainException;
import org.lccp.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports run as background jobs so that the page can show how many rows have been
 * checked and stored while a large file is worked through. The file is read in the
 * request by the module's {@link OpenDataImport} and its rows are stored with the job in
 * PostgreSQL; the check and the import run on whichever node picks the job up
 * ({@link BackgroundJobs}), on behalf of the account that started it, and every node can
 * show where a job stands. The import and the job's result are committed together, so a
 * job taken over after a node stopped starts again from a clean state: still all rows or
 * none. Finished jobs are forgotten after an hour.
 */
@Component
public class ImportJobs {

	/**
	 * The scheduler's name of the task; still the one the cities module gave it, so that
	 * jobs submitted before the import moved here are run after an upgrade.
	 */
	public static final String TASK = "cities-import";

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofHours(1);

	private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {
	};

	private final Map<String, OpenDataImport> imports;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AccountManagement accounts;

	private final BackgroundJobs jobs;

	private final OneTimeTask<Void> task;

	private final TransactionTemplate inOne;

	private final TransactionTemplate onItsOwn;

	private final Clock clock;

	ImportJobs(List<OpenDataImport> imports, JdbcTemplate jdbc, JsonMapper json, AccountManagement accounts,
			BackgroundJobs jobs, @Lazy OneTimeTask<Void> openDataImportTask, PlatformTransactionManager transactions,
			Clock clock) {
		this.clock = clock;
		this.imports = imports.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(OpenDataImport::kind, (i) -> i));
		this.jdbc = jdbc;
		this.json = json;
		this.accounts = accounts;
		this.jobs = jobs;
		this.task = openDataImportTask;
		this.inOne = new TransactionTemplate(transactions);
		this.onItsOwn = new TransactionTemplate(transactions);
		this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Reads the file with the import of this kind and submits the check (and, unless a
	 * dry run, the import) of its rows for the signed-in account.
	 * @return the job, whose status {@link #status} tells
	 */
	public UUID start(String kind, @Nullable String filename, InputStream content, boolean dryRun) {
		var importer = importer(kind);
		forgetOldJobs();
		var file = importer.read(filename, content);
		var id = UUID.randomUUID();
		var now = OffsetDateTime.now(this.clock);
		if (!file.problems().isEmpty()) {
			this.jdbc.update(
					"insert into open_data_import_job (id, owner_id, kind, dry_run, total, stage, result, created_at, "
							+ "finished_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)",
					id, CurrentUser.id(), kind, dryRun, file.rows().size(), Stage.FINISHED.name(),
					this.json.writeValueAsString(OpenDataImport.Result.failed(file.problems())), now, now);
			return id;
		}
		this.inOne.executeWithoutResult((tx) -> {
			this.jdbc.update(
					"insert into open_data_import_job (id, owner_id, kind, dry_run, total, stage, rows, created_at) "
							+ "values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)",
					id, CurrentUser.id(), kind, dryRun, file.rows().size(), Stage.CHECKING.name(),
					this.json.writeValueAsString(file.rows()), now);
			this.jobs.submit(this.task, id.toString());
		});
		return id;
	}

	/** Runs a submitted job; called by the scheduler on whichever node picked it up. */
	void run(UUID id) {
		var job = this.jdbc
			.query("select owner_id, kind, dry_run, stage, rows from open_data_import_job where id = ?",
					(rs) -> rs.next() ? new Submitted(rs.getObject("owner_id", UUID.class), rs.getString("kind"),
							rs.getBoolean("dry_run"), Stage.valueOf(rs.getString("stage")), rs.getString("rows"))
							: null,
					id);
		if (job == null || job.stage() == Stage.FINISHED || job.rows() == null) {
			return;
		}
		var importer = this.imports.get(job.kind());
		if (importer == null) {
			finish(id, OpenDataImport.Result
				.failed(List.of(new OpenDataImport.Problem(0, "", "opendata.import.error.failed"))));
			return;
		}
		var rows = this.json.readValue(job.rows(), ROWS);
		var progress = new ProgressWriter(id, rows.size());
		try {
			this.inOne.executeWithoutResult((tx) -> {
				var result = this.accounts.actingAs(job.owner(), () -> importer.run(rows, job.dryRun(), progress));
				finish(id, result);
			});
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			finish(id, OpenDataImport.Result
				.failed(List.of(new OpenDataImport.Problem(0, "", "opendata.import.error.failed"))));
		}
	}

	private void finish(UUID id, OpenDataImport.Result result) {
		this.jdbc.update(
				"update open_data_import_job set stage = ?, result = cast(? as jsonb), rows = null, finished_at = ? where id = ?",
				Stage.FINISHED.name(), this.json.writeValueAsString(result), OffsetDateTime.now(this.clock), id);
	}

	/**
	 * Where a job of the signed-in account stands.
	 * @throws ImportJobNotFoundException for a job of another account, or none
	 */
	public ImportStatus status(UUID id) {
		var status = this.jdbc.query(
				"select owner_id, kind, dry_run, stage, total, validated, applied, result from open_data_import_job where id = ?",
				(rs) -> rs.next() ? status(id, rs) : null, id);
		if (status == null || !status.owner().equals(CurrentUser.id())) {
			throw new ImportJobNotFoundException(id);
		}
		return status.status();
	}

	private Owned status(UUID id, ResultSet rs) throws SQLException {
		var stage = Stage.valueOf(rs.getString("stage"));
		var result = rs.getString("result");
		return new Owned(rs.getObject("owner_id", UUID.class),
				new ImportStatus(id, rs.getString("kind"), rs.getBoolean("dry_run"), stage, rs.getInt("total"),
						rs.getInt("validated"), rs.getInt("applied"), (stage == Stage.FINISHED && result != null)
								? this.json.readValue(result, OpenDataImport.Result.class) : null));
	}

	private void forgetOldJobs() {
		this.jdbc.update("delete from open_data_import_job where finished_at < ?",
				OffsetDateTime.now(this.clock).minus(KEPT));
	}

	/** The stages of a job. */
	public enum Stage {

		CHECKING, STORING, FINISHED

	}

	/**
	 * Where a job stands: rows checked and stored of the file's rows, and its result once
	 * finished.
	 */
	public record ImportStatus(UUID id, String kind, boolean dryRun, Stage stage, int total, int validated, int applied,
			OpenDataImport.@Nullable Result result) {

		public boolean finished() {
			return this.stage == Stage.FINISHED;
		}

		/**
		 * Steps done for the progress bar: each row is checked, then (unless dry) stored.
		 */
		public int done() {
			return this.validated + this.applied;
		}

		public int steps() {
			return Math.max(1, this.dryRun ? this.total : 2 * this.total);
		}

	}

	private record Submitted(UUID owner, String kind, boolean dryRun, Stage stage, @Nullable String rows) {
	}

	private record Owned(UUID owner, ImportStatus status) {
	}

	/**
	 * Writes progress in its own short transactions, so that other requests (on any node)
	 * see it while the import's own transaction is still open; about a hundred writes per
	 * job, not one per row.
	 */
	private final class ProgressWriter implements OpenDataImport.Progress {

		private final UUID id;

		private final int step;

		ProgressWriter(UUID id, int total) {
			this.id = id;
			this.step = Math.max(1, total / 100);
		}

		@Override
		public void validated(int rows) {
			if (rows % this.step == 0) {
				write("update open_data_import_job set validated = ? where id = ?", rows);
			}
		}

		@Override
		public void applying() {
			ImportJobs.this.onItsOwn.executeWithoutResult((tx) -> ImportJobs.this.jdbc.update(
					"update open_data_import_job set stage = ?, validated = total where id = ?", Stage.STORING.name(),
					this.id));
		}

		@Override
		public void applied(int rows) {
			if (rows % this.step == 0) {
				write("update open_data_import_job set applied = ? where id = ?", rows);
			}
		}

		private void write(String sql, int rows) {
			ImportJobs.this.onItsOwn.executeWithoutResult((tx) -> ImportJobs.this.jdbc.update(sql, rows, this.id));
		}

	}

	private OpenDataImport importer(String kind) {
		var importer = this.imports.get(kind);
		if (importer == null) {
			throw new UnknownImportException();
		}
		return importer;
	}

	/** No import job with this id for the signed-in account (or it is long finished). */
	static class ImportJobNotFoundException extends NotFoundException {

		ImportJobNotFoundException(UUID id) {
			super("opendata.import.notFound", id);
		}

	}

	/** No module offers an import of this kind: the request was not made by the form. */
	static class UnknownImportException extends DomainException {

		UnknownImportException() {
			super("error.400.text");
		}

	}

	/** The task the scheduler runs for each submitted import. */
	@Configuration(proxyBeanMethods = false)
	static class ImportTask {

		@Bean
		OneTimeTask<Void> openDataImportTask(@Lazy ImportJobs jobs) {
			return Tasks.oneTime(TASK).execute((instance, context) -> jobs.run(UUID.fromString(instance.getId())));
		}

	}

}
