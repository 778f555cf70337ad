package org.lccp.opendata;

import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.OpenDataChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bulk download of all public data, kept ready: built once at start-up and rebuilt in
 * the background after the open data changed. Changes announced within the debounce
 * window ({@code lccp.opendata.bulk-debounce}) share one rebuild; changes made through
 * other nodes are noticed by a periodic comparison of the data's fingerprint (every
 * module's {@code OpenDataTables.version()}). The new ZIP is written beside the served
 * one and then renamed over it in one atomic step, so a download always gets a complete
 * file — the previous one until the new one is done.
 */
@Component
class BulkDownload {

	private static final Logger log = LoggerFactory.getLogger(BulkDownload.class);

	private final OpenData openData;

	private final Clock clock;

	private final Duration debounce;

	private final Duration checkInterval;

	private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor((task) -> {
		var thread = new Thread(task, "lccp-bulk-download");
		thread.setDaemon(true);
		return thread;
	});

	/** Whether a rebuild is scheduled and has not started yet. */
	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final AtomicReference<@Nullable Bulk> current = new AtomicReference<>();

	private final java.util.concurrent.atomic.AtomicLong builds = new java.util.concurrent.atomic.AtomicLong();

	private final Path directory;

	private final Path file;

	BulkDownload(OpenData openData, OpenDataProperties properties, Environment environment, Clock clock)
			throws IOException {
		this.clock = clock;
		this.openData = openData;
		var settings = properties.withFormerNames(environment);
		this.debounce = java.util.Objects.requireNonNull(settings.bulkDebounce());
		this.checkInterval = java.util.Objects.requireNonNull(settings.bulkCheckInterval());
		this.directory = Files.createTempDirectory("lccp-open-data-");
		this.file = this.directory.resolve("lccp-open-data.zip");
	}

	/**
	 * The built download; only before the first build is complete does the caller wait
	 * for it.
	 */
	Bulk get() {
		var bulk = this.current.get();
		if (bulk != null) {
			return bulk;
		}
		try {
			return this.builder.submit(() -> {
				var built = this.current.get();
				return built != null ? built : build();
			}).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the bulk download was built", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("the bulk download could not be built", ex.getCause());
		}
	}

	/** The download built last, without waiting for one; empty before the first build. */
	java.util.Optional<Bulk> built() {
		return java.util.Optional.ofNullable(this.current.get());
	}

	/** How many downloads this node has built. */
	long builds() {
		return this.builds.get();
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildAtStartUp() {
		this.builder.execute(this::buildQuietly);
		var interval = this.checkInterval.toMillis();
		this.builder.scheduleWithFixedDelay(this::checkForChanges, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * The data changed: once the change is committed, rebuild after the window has
	 * passed. A plain listener with a commit callback rather than a transactional event
	 * listener, whose every publication Spring Modulith would store: a lost announcement
	 * only delays the rebuild until the next fingerprint check.
	 */
	@EventListener
	void on(OpenDataChanged changed) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					requestRebuild();
				}
			});
		}
		else {
			requestRebuild();
		}
	}

	/**
	 * Changes written through other nodes publish no event here: compare fingerprints.
	 * Runs on the builder's own thread, which {@link #stop()} interrupts, so that a check
	 * waiting for a database that is already gone does not hold up the shutdown.
	 */
	void checkForChanges() {
		try {
			var bulk = this.current.get();
			if (bulk != null && !bulk.version().equals(this.openData.version())) {
				requestRebuild();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not compare the bulk download with the data: {}", ex.getMessage());
		}
	}

	void requestRebuild() {
		if (this.scheduled.compareAndSet(false, true)) {
			this.builder.schedule(() -> {
				this.scheduled.set(false);
				buildQuietly();
			}, this.debounce.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void buildQuietly() {
		try {
			build();
		}
		catch (RuntimeException ex) {
			// the previous download stays served; the next change or check tries again
			log.error("The bulk download could not be rebuilt", ex);
		}
	}

	/** Runs on the builder thread only, so builds never overlap. */
	private Bulk build() {
		var started = System.nanoTime();
		var version = this.openData.version();
		try {
			var next = Files.createTempFile(this.directory, "building-", ".zip");
			try {
				try (var out = Files.newOutputStream(next)) {
					OpenData.zip(this.openData.all(), out);
				}
				Files.move(next, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(next);
			}
			var bulk = new Bulk(this.file, this.clock.instant(), version, Files.size(this.file));
			this.current.set(bulk);
			this.builds.incrementAndGet();
			log.info("Bulk download rebuilt in {} ms ({} bytes)",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), bulk.size());
			return bulk;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PreDestroy
	void stop() throws IOException {
		this.builder.shutdownNow();
		try {
			this.builder.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (var files = Files.list(this.directory)) {
			for (var f : files.toList()) {
				Files.deleteIfExists(f);
			}
		}
		Files.deleteIfExists(this.directory);
	}

	/** A complete ZIP: where it is, when it was built, from which data fingerprint. */
	record Bulk(Path file, Instant builtAt, String version, long size) {
	}

}
