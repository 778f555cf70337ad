package org.lccp.opendata;

import org.lccp.shared.web.DomainException;
import org.lccp.shared.web.Paging;

import org.springframework.data.domain.PageRequest;

/**
 * Pages of the open-data API: at most {@value #MAX_SIZE} rows each (a larger size is
 * served as {@value #MAX_SIZE}, and the answer's page size says so); a page that cannot
 * exist is refused as a bad request by {@link Paging#check}, whose depth bound pages for
 * people share. The refusal names the parameter that cannot be served ({@code page} or
 * {@code size}), so that a controller marked {@link OpenDataApi} lists it in the
 * problem's {@code errors}.
 */
public final class ApiPaging {

	public static final int MAX_SIZE = 500;

	private ApiPaging() {
	}

	/**
	 * Refuses a negative, zero-sized or too deep page as a 400 problem detail, with the
	 * same text as {@link Paging#check}.
	 */
	public static void check(int page, int size) {
		if (size < 1) {
			throw new PageRefused("size", size);
		}
		if (page < 0 || (long) page * Math.min(size, MAX_SIZE) > Paging.MAX_OFFSET) {
			throw new PageRefused("page", size);
		}
	}

	/** The page to read, its size capped at {@value #MAX_SIZE}. */
	public static PageRequest of(int page, int size) {
		return Paging.of(page, size, MAX_SIZE);
	}

	/**
	 * A page the API cannot serve; {@link #parameter()} is the query parameter to blame.
	 * Outside controllers marked {@link OpenDataApi} it is shared.web's 400 problem
	 * detail.
	 */
	public static final class PageRefused extends DomainException {

		private final String parameter;

		PageRefused(String parameter, int size) {
			super("error.page", String.valueOf(Paging.MAX_OFFSET / Math.max(1, Math.min(size, MAX_SIZE))),
					String.valueOf(MAX_SIZE));
			this.parameter = parameter;
		}

		public String parameter() {
			return this.parameter;
		}

	}

}
