package org.lccp.shared.web;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Totals of paged lists ("page 3 of 600 items") kept until the next committed change of
 * records on any node ({@link ContentChanges}). Counting the matching rows is the one
 * part of reading a page whose cost grows with the table (an index-only scan over every
 * match); the page itself is read through an index, so with its total kept the page costs
 * the same at a hundred thousand items as at a thousand.
 */
@Component
public class CountsPerChange {

	private final ContentChanges changes;

	private final Cache<Key, Object> counts = Caffeine.newBuilder().maximumSize(20_000).build();

	private volatile long seen = -1;

	CountsPerChange(ContentChanges changes) {
		this.changes = changes;
	}

	/**
	 * The count of what {@code key} names, counted by {@code counter} at most once per
	 * change of records.
	 * @param key what is counted (a list and its filters), compared by equality
	 */
	public long count(Object key, LongSupplier counter) {
		return value(key, counter::getAsLong);
	}

	/**
	 * A figure derived from many records (counts per country, the longest gathering),
	 * computed by {@code producer} at most once per change of records.
	 * @param key what is computed, compared by equality; keys of counts and of values
	 * must not collide
	 */
	@SuppressWarnings("unchecked")
	public <T> T value(Object key, Supplier<T> producer) {
		var generation = this.changes.generation();
		if (generation != this.seen) {
			// a figure made under an earlier generation has another key: it is never read
			this.counts.invalidateAll();
			this.seen = generation;
		}
		return (T) this.counts.get(new Key(generation, key), (k) -> producer.get());
	}

	private record Key(long generation, Object what) {
	}

}
