package org.lccp.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lccp.knowledge.search.SearchAnalysis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The search index as a whole: how complete it is, and rebuilding it from the database
 * with progress that the operator can watch. Everyday changes reach the index with each
 * commit; a rebuild is for a new or damaged index, or a changed analysis.
 */
@Service
class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());

	private final @Nullable Path versionFile;

	/** The mass indexing under way, if any: cancelled when the node shuts down. */
	private final AtomicReference<java.util.concurrent.@Nullable CompletableFuture<?>> running = new AtomicReference<>();

	private final AtomicReference<@Nullable Thread> background = new AtomicReference<>();

	SearchIndex(EntityManagerFactory entityManagerFactory,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root,
			@Value("${lccp.search.backend:lucene}") String backend) {
		this.entityManagerFactory = entityManagerFactory;
		// A shared cluster's index is checked against the analysis by Hibernate Search at
		// start-up (schema validation); a file on one node would make every new node
		// rebuild it, emptying it for the others meanwhile.
		this.versionFile = root.isBlank() || backend.strip().equalsIgnoreCase("elasticsearch") ? null
				: Path.of(root, "lccp-analysis-version");
	}

	/**
	 * Rebuilds at start-up when the index holds fewer items than the database (a new data
	 * directory, say) or was built with another version of the analysis.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		try (var em = this.entityManagerFactory.createEntityManager()) {
			var stored = em.createQuery("select count(i) from KnowledgeItem i", Long.class).getSingleResult();
			var indexed = Search.session(em)
				.search(KnowledgeItem.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
			var version = builtWith();
			if (stored == 0) {
				rememberVersion();
			}
			else if (indexed < stored) {
				log.info("Search index holds {} of {} knowledge items; rebuilding it in the background", indexed,
						stored);
				start();
			}
			else if (this.versionFile != null && version != SearchAnalysis.VERSION) {
				log.info("Search index was built with analysis version {}, this platform uses {}; rebuilding it in "
						+ "the background", version, SearchAnalysis.VERSION);
				start();
			}
		}
	}

	/** The analysis version the index was last completely built with; 0 if unknown. */
	int builtWith() {
		if (this.versionFile == null || !Files.isRegularFile(this.versionFile)) {
			return 0;
		}
		try {
			return Integer.parseInt(Files.readString(this.versionFile).strip());
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
	}

	private void rememberVersion() {
		if (this.versionFile == null) {
			return;
		}
		try {
			Files.createDirectories(this.versionFile.getParent());
			Files.writeString(this.versionFile, Integer.toString(SearchAnalysis.VERSION));
		}
		catch (IOException ex) {
			log.warn("Could not note the search analysis version in {}: {}", this.versionFile, ex.getMessage());
		}
	}

	Progress progress() {
		return this.progress.get();
	}

	/** Starts a rebuild in the background unless one runs; false if one was running. */
	boolean start() {
		var current = this.progress.get();
		if (current.running()) {
			return false;
		}
		var thread = new Thread(() -> rebuild((p) -> {
		}), "search-index-rebuild");
		thread.setDaemon(true);
		this.progress.set(Progress.starting());
		this.background.set(thread);
		thread.start();
		return true;
	}

	/**
	 * Stops a rebuild that is still running when the node shuts down, before the entity
	 * manager factory closes: left alone, its mass-indexer agent (outbox-polling
	 * coordination) would go on polling a closed factory and log an error in a tight
	 * loop.
	 */
	@jakarta.annotation.PreDestroy
	void stopRebuild() {
		var indexing = this.running.getAndSet(null);
		if (indexing != null) {
			log.info("Node shutting down: the search index rebuild under way is cancelled");
			indexing.cancel(true);
		}
		var thread = this.background.getAndSet(null);
		if (thread != null && thread.isAlive()) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Rebuilds and waits; the listener hears about progress as it goes. */
	Progress rebuild(Consumer<Progress> listener) {
		var started = Instant.now();
		var total = new AtomicLong();
		var done = new AtomicLong();
		this.progress.set(new Progress(true, 0, 0, started, null, null));
		var monitor = new MassIndexingMonitor() {

			@Override
			public void addToTotalCount(long count) {
				total.addAndGet(count);
				report();
			}

			@Override
			public void documentsAdded(long count) {
				done.addAndGet(count);
				report();
			}

			@Override
			public void documentsBuilt(long count) {
			}

			@Override
			public void entitiesLoaded(long count) {
			}

			@Override
			public void indexingCompleted() {
			}

			private void report() {
				var now = new Progress(true, done.get(), total.get(), started, null, null);
				SearchIndex.this.progress.set(now);
				listener.accept(now);
			}

		};
		try (var em = this.entityManagerFactory.createEntityManager()) {
			var indexing = Search.session(em)
				.massIndexer(KnowledgeItem.class)
				// An index built with another analysis may hold its fields with other
				// options (offsets, term vectors), which Lucene refuses to mix with the
				// new ones: such a local index is recreated, not only emptied.
				.dropAndCreateSchemaOnStart(this.versionFile != null && builtWith() != SearchAnalysis.VERSION)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(200)
				// One segment at the end: a search looks each word of each field up in
				// every segment, and the rebuild left four on the demo data, where
				// looking words up was a seventh of the search page's time.
				.mergeSegmentsOnFinish(true)
				.monitor(monitor)
				.start()
				.toCompletableFuture();
			this.running.set(indexing);
			try {
				indexing.get();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause
						: new IllegalStateException(ex.getCause());
			}
			catch (java.util.concurrent.CancellationException ex) {
				return fail(done.get(), total.get(), started, "cancelled");
			}
			catch (InterruptedException ex) {
				indexing.cancel(true);
				throw ex;
			}
			finally {
				this.running.compareAndSet(indexing, null);
			}
			rememberVersion();
			var finished = new Progress(false, done.get(), total.get(), started, Instant.now(), null);
			this.progress.set(finished);
			listener.accept(finished);
			log.info("Search index rebuilt: {} items in {}", done.get(), Duration.between(started, Instant.now()));
			return finished;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fail(done.get(), total.get(), started, "interrupted");
		}
		catch (RuntimeException ex) {
			log.error("Search index rebuild failed", ex);
			return fail(done.get(), total.get(), started, ex.getClass().getSimpleName());
		}
	}

	private Progress fail(long done, long total, Instant started, String reason) {
		var failed = new Progress(false, done, total, started, Instant.now(), reason);
		this.progress.set(failed);
		return failed;
	}

	// Progress times are the system's, not the platform clock's: they measure how fast a
	// rebuild runs.
	/**
	 * Where a rebuild stands.
	 *
	 * @param failure why the last rebuild stopped, if it failed
	 */
	record Progress(boolean running, long done, long total, @Nullable Instant started, @Nullable Instant finished,
			@Nullable String failure) {

		static Progress idle() {
			return new Progress(false, 0, 0, null, null, null);
		}

		static Progress starting() {
			return new Progress(true, 0, 0, Instant.now(), null, null);
		}

		public int percent() {
			return (this.total == 0) ? (this.running ? 0 : 100) : (int) Math.min(100, this.done * 100 / this.total);
		}

		public long perSecond() {
			if (this.started == null) {
				return 0;
			}
			var end = (this.finished != null) ? this.finished : Instant.now();
			var millis = Math.max(1, Duration.between(this.started, end).toMillis());
			return this.done * 1000 / millis;
		}

	}

}
