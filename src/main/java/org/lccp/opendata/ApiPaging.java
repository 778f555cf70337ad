package org.lccp.opendata;

import org.lccp.shared.web.Paging;

import org.springframework.data.domain.PageRequest;

/**
 * Pages of the open-data API: at most {@value #MAX_SIZE} rows each (a larger size is
 * served as {@value #MAX_SIZE}, and the answer's page size says so); a page that cannot
 * exist is refused as a bad request by {@link Paging#check}, whose depth bound pages for
 * people share.
 */
public final class ApiPaging {

	public static final int MAX_SIZE = 500;

	private ApiPaging() {
	}

	/** Refuses a negative, zero-sized or too deep page as a 400 problem detail. */
	public static void check(int page, int size) {
		Paging.check(page, size, MAX_SIZE);
	}

	/** The page to read, its size capped at {@value #MAX_SIZE}. */
	public static PageRequest of(int page, int size) {
		return Paging.of(page, size, MAX_SIZE);
	}

}
