package org.lccp.cities;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Imports run as background jobs so that the page can show how many rows have been
 * checked and stored while a large file is worked through. The file is read in the
 * request; the check and the import (still all rows in one transaction, or none) run on
 * one worker thread with the security context of the account that started them. Jobs live
 * in the memory of the node that runs them and are forgotten an hour after they finished.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofHours(1);

	private final RegistryImport imports;

	private final ExecutorService worker = new DelegatingSecurityContextExecutorService(
			Executors.newSingleThreadExecutor((task) -> {
				var thread = new Thread(task, "lccp-import");
				thread.setDaemon(true);
				return thread;
			}));

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	ImportJobs(RegistryImport imports) {
		this.imports = imports;
	}

	/** Reads the file and starts checking (and, unless a dry run, importing) its rows. */
	UUID start(ImportKind kind, @Nullable String filename, InputStream content, boolean dryRun) {
		forgetOldJobs();
		var file = this.imports.read(kind, filename, content);
		var job = new Job(UUID.randomUUID(), CurrentUser.id(), kind, dryRun, file.rows().size());
		this.jobs.put(job.id, job);
		if (!file.problems().isEmpty()) {
			job.finish(RegistryImport.Result.failed(file.problems()));
		}
		else {
			this.worker.execute(() -> {
				try {
					job.finish(this.imports.run(kind, file.rows(), dryRun, job));
				}
				catch (RuntimeException ex) {
					log.error("Import {} failed", job.id, ex);
					job.finish(RegistryImport.Result
						.failed(List.of(new RegistryImport.Problem(0, "", "cities.import.error.failed"))));
				}
			});
		}
		return job.id;
	}

	/** Where a job of the signed-in account stands. */
	ImportStatus status(UUID id) {
		var job = this.jobs.get(id);
		if (job == null || !job.owner.equals(CurrentUser.id())) {
			throw new ImportJobNotFoundException(id);
		}
		return job.status();
	}

	private void forgetOldJobs() {
		var limit = Instant.now().minus(KEPT);
		this.jobs.values().removeIf((j) -> j.finishedAt != null && j.finishedAt.isBefore(limit));
	}

	/** A job cut short rolls back: the import is still all rows or none. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.worker.shutdown();
		if (!this.worker.awaitTermination(5, TimeUnit.SECONDS)) {
			this.worker.shutdownNow();
		}
	}

	/** The stages of a job. */
	public enum Stage {

		CHECKING, STORING, FINISHED

	}

	/**
	 * Where a job stands: rows checked and stored of the file's rows, and its result once
	 * finished.
	 */
	public record ImportStatus(UUID id, ImportKind kind, boolean dryRun, Stage stage, int total, int validated,
			int applied, RegistryImport.@Nullable Result result) {

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

	private static final class Job implements RegistryImport.Progress {

		final UUID id;

		final UUID owner;

		final ImportKind kind;

		final boolean dryRun;

		final int total;

		volatile Stage stage = Stage.CHECKING;

		volatile int validated;

		volatile int applied;

		volatile RegistryImport.@Nullable Result result;

		volatile @Nullable Instant finishedAt;

		Job(UUID id, UUID owner, ImportKind kind, boolean dryRun, int total) {
			this.id = id;
			this.owner = owner;
			this.kind = kind;
			this.dryRun = dryRun;
			this.total = total;
		}

		@Override
		public void validated(int rows) {
			this.validated = rows;
		}

		@Override
		public void applying() {
			this.stage = Stage.STORING;
		}

		@Override
		public void applied(int rows) {
			this.applied = rows;
		}

		void finish(RegistryImport.Result result) {
			this.result = result;
			this.finishedAt = Instant.now();
			this.stage = Stage.FINISHED;
		}

		ImportStatus status() {
			var stage = this.stage;
			return new ImportStatus(this.id, this.kind, this.dryRun, stage, this.total, this.validated, this.applied,
					stage == Stage.FINISHED ? this.result : null);
		}

	}

	/** No import job with this id for the signed-in account (or it is long finished). */
	static class ImportJobNotFoundException extends NotFoundException {

		ImportJobNotFoundException(UUID id) {
			super("cities.import.notFound", id);
		}

	}

}
