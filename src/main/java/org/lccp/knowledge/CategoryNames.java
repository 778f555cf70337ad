package org.lccp.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.lccp.knowledge.KnowledgeViews.Label;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The categories' names by language, read on every search page (its facet labels) and
 * changed by the secretariat a few times a year: kept for a minute instead of read from
 * the database for each page. This node forgets them when a category is added here;
 * another node shows the new category's name within the minute.
 */
@Component
class CategoryNames {

	private final Cache<String, List<Label>> byLanguage = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(16)
		.build();

	List<Label> in(String language, Function<String, List<Label>> read) {
		return this.byLanguage.get(language, read);
	}

	/** Forgets the names once the transaction that changed a category has committed. */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CategoryNames.this.byLanguage.invalidateAll();
				}
			});
		}
		else {
			this.byLanguage.invalidateAll();
		}
	}

}
