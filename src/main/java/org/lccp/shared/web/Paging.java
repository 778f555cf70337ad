package org.lccp.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one place where page numbers and sizes from requests become database pages. A list
 * reaches at most {@link #MAX_OFFSET} rows deep: beyond, PostgreSQL's OFFSET scans for
 * nothing and page × size overflows the int that JPA's first result is. Pages for people
 * are clamped into range ({@link #of}): a wrong number in an address shows the last
 * reachable page instead of an error. The API tells clients their mistake instead
 * ({@link #check}): a 400 problem detail naming the allowed ranges.
 */
public final class Paging {

	public static final int MAX_OFFSET = 1_000_000;

	private Paging() {
	}

	/**
	 * A page clamped into range: negative numbers become 0, sizes 1 to {@code maxSize}.
	 */
	public static PageRequest of(int page, int size, int maxSize) {
		return of(page, size, maxSize, Sort.unsorted());
	}

	public static PageRequest of(int page, int size, int maxSize, Sort sort) {
		var pageSize = Math.min(Math.max(1, size), maxSize);
		return PageRequest.of(clampPage(page, pageSize), pageSize, sort);
	}

	/** The page number within {@code 0 … MAX_OFFSET / size}. */
	public static int clampPage(int page, int size) {
		return Math.min(Math.max(0, page), MAX_OFFSET / Math.max(1, size));
	}

	/**
	 * Refuses, as a bad request, a page or size an API client cannot have meant:
	 * negative, zero-sized, or deeper than {@link #MAX_OFFSET}. A size above
	 * {@code maxSize} is not refused: the API documents it as capped, and the answer's
	 * page size says so.
	 */
	public static void check(int page, int size, int maxSize) {
		if (page < 0 || size < 1 || (long) page * Math.min(size, maxSize) > MAX_OFFSET) {
			throw new BadPage(maxSize, MAX_OFFSET / Math.max(1, Math.min(size, maxSize)));
		}
	}

	/** An API request for a page that cannot exist. */
	static final class BadPage extends DomainException {

		BadPage(int maxSize, int lastPage) {
			super("error.page", String.valueOf(lastPage), String.valueOf(maxSize));
		}

	}

}
