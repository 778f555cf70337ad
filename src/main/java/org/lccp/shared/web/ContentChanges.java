package org.lccp.shared.web;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the page cache when records changed, on this node at once and on the others
 * within {@code lccp.web.page-cache.check-interval}. A change is any insert, update or
 * delete through JPA that commits (every module's writes are audited through JPA, so a
 * change written with plain JDBC commits an audit entry with it); the node then advances
 * the {@code page_generation} sequence, which every node reads on its interval. Mail
 * delivery bookkeeping does not count: nothing a reader sees depends on it.
 */
@Component
class ContentChanges implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ContentChanges.class);

	/** Entities whose changes no public page shows. */
	private static final Set<String> BOOKKEEPING = Set.of("MailMessage");

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcTemplate jdbc;

	private final AtomicLong generation = new AtomicLong();

	private volatile long shared = -1;

	private volatile Runnable onChange = () -> {
	};

	ContentChanges(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
	}

	/**
	 * Changes whenever records may have changed; pages cached under another are stale.
	 */
	long generation() {
		return this.generation.get();
	}

	void onChange(Runnable action) {
		this.onChange = action;
	}

	@Override
	public void afterSingletonsInstantiated() {
		var registry = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		var listener = new Listener();
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
	}

	/** Reads what other nodes (and this one) announced. */
	@Scheduled(fixedDelayString = "${lccp.web.page-cache.check-interval:1s}")
	void look() {
		try {
			var now = this.jdbc.queryForObject("select last_value from page_generation", Long.class);
			if (now != null && now != this.shared) {
				var first = this.shared < 0;
				this.shared = now;
				if (!first) {
					changed();
				}
			}
		}
		catch (DataAccessException ex) {
			// The database is away: nothing can change meanwhile, and the next look sees
			// what changed before.
			log.debug("Could not read page_generation: {}", ex.getMessage());
		}
	}

	private void changed() {
		this.generation.incrementAndGet();
		this.onChange.run();
	}

	private void committed() {
		changed();
		try {
			this.jdbc.queryForObject("select nextval('page_generation')", Long.class);
		}
		catch (DataAccessException ex) {
			log.debug("Could not announce a change to other nodes: {}", ex.getMessage());
		}
	}

	private void touched(Object entity) {
		if (entity == null || BOOKKEEPING.contains(entity.getClass().getSimpleName())) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			committed();
			return;
		}
		// Synchronizations belong to the current transaction (an inner one started with
		// REQUIRES_NEW has its own list), so each transaction announces once.
		if (TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Announcement.class::isInstance)) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new Announcement());
	}

	private final class Announcement implements TransactionSynchronization {

		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_COMMITTED) {
				committed();
			}
		}

	}

	private final class Listener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
			PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			touched(event.getEntity());
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			touched(event.getEntity());
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			touched(event.getEntity());
		}

		@Override
		public void onPostRecreateCollection(org.hibernate.event.spi.PostCollectionRecreateEvent event) {
			collection(event);
		}

		@Override
		public void onPostUpdateCollection(org.hibernate.event.spi.PostCollectionUpdateEvent event) {
			collection(event);
		}

		@Override
		public void onPostRemoveCollection(org.hibernate.event.spi.PostCollectionRemoveEvent event) {
			collection(event);
		}

		private void collection(AbstractCollectionEvent event) {
			touched(event.getAffectedOwnerOrNull());
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return false;
		}

	}

}
