package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * The stored values (titles, summaries, texts, facets) of items recently shown as hits,
 * each for the version of the local index it was read from, as Solr keeps its document
 * cache: reading them from the index for every page of hits was an eighth of the demo
 * search page's time (BENCHMARKS.md, issue 17), half of it in decompressing the index's
 * stored blocks, and the same items come back for many queries. The search itself —
 * matching, scoring, counting, marking — runs for every query; only the values an item
 * holds are kept, and under another version of the index (any item added, changed or
 * removed) they are read again.
 */
final class StoredHits {

	/**
	 * Memory the kept values may take, estimated as two bytes per character of their
	 * texts and 16 per value.
	 */
	static final long KEPT_BYTES = 16L * 1024 * 1024;

	private final Cache<UUID, Kept> kept = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((UUID id, Kept values) -> values.weight())
		.build();

	/** The values of an item read under this version of the index, if kept. */
	@Nullable List<?> get(UUID id, List<Object> version) {
		var values = this.kept.getIfPresent(id);
		return (values == null || !values.version().equals(version)) ? null : values.row();
	}

	/** Keeps an item's values as read under a version of the index (never older). */
	void put(UUID id, List<Object> version, List<?> row) {
		this.kept.put(id, new Kept(version, Collections.unmodifiableList(new ArrayList<>(row))));
	}

	private record Kept(List<Object> version, List<?> row) {

		int weight() {
			long weight = 64;
			for (var value : this.row) {
				weight += 16 + weigh(value);
			}
			return (int) Math.min(Integer.MAX_VALUE, weight);
		}

		private static long weigh(@Nullable Object value) {
			if (value instanceof String text) {
				return 2L * text.length();
			}
			if (value instanceof List<?> list) {
				long weight = 0;
				for (var one : list) {
					weight += 16 + weigh(one);
				}
				return weight;
			}
			return 0;
		}

	}

}
