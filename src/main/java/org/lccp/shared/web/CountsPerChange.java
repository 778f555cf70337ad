package org.lccp.shared.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
		return (T) this.counts.get(new Key(generation(), key), (k) -> producer.get());
	}

	/**
	 * Values of many keys at once (the reader's names of cities), each looked up at most
	 * once per change of records: {@code producer} is given the keys not known yet and
	 * returns the values it found; a key it leaves out is remembered as having none and
	 * is left out of the answer too.
	 * @param keys compared by equality; a record type of the caller's own keeps them
	 * apart from every other figure kept here
	 */
	@SuppressWarnings("unchecked")
	public <K, V> Map<K, V> values(Collection<K> keys, Function<Set<K>, Map<K, V>> producer) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		var generation = generation();
		var wanted = new ArrayList<Key>(keys.size());
		keys.forEach((k) -> wanted.add(new Key(generation, k)));
		var known = this.counts.getAll(wanted, (missing) -> {
			var asked = new HashSet<K>();
			missing.forEach((m) -> asked.add((K) m.what()));
			var found = producer.apply(asked);
			var made = new HashMap<Key, Object>();
			missing.forEach((m) -> {
				var value = found.get((K) m.what());
				made.put(m, (value == null) ? NONE : value);
			});
			return made;
		});
		var values = new HashMap<K, V>();
		known.forEach((key, value) -> {
			if (value != NONE) {
				values.put((K) key.what(), (V) value);
			}
		});
		return values;
	}

	private long generation() {
		var generation = this.changes.generation();
		if (generation != this.seen) {
			// a figure made under an earlier generation has another key: it is never read
			this.counts.invalidateAll();
			this.seen = generation;
		}
		return generation;
	}

	/** Kept for a key that has no value, so that it is not looked up again. */
	private static final Object NONE = new Object();

	private record Key(long generation, Object what) {
	}

}
