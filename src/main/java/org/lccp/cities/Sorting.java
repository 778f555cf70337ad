package org.lccp.cities;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lccp.opendata.ApiPaging;
import org.lccp.shared.web.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Sort orders the pages and the API accept, by public name; anything else falls back to
 * the default order instead of failing.
 */
final class Sorting {

	static final Map<String, String> CITY = Map.of("name", "nameEn", "country", "countryCode", "updated", "updatedAt");

	static final Map<String, String> TARGET = Map.of("country", "countryCode", "type", "type", "baseYear", "baseYear",
			"targetYear", "targetYear", "cut", "reductionPercent", "title", "title", "status", "status", "updated",
			"updatedAt");

	static final int MAX_SIZE = ApiPaging.MAX_SIZE;

	private Sorting() {
	}

	/**
	 * @param sort {@code name} or {@code name,desc}
	 */
	static Pageable page(int page, int size, @Nullable String sort, Map<String, String> allowed, String fallback) {
		var order = Sort.by(allowed.get(fallback)).ascending();
		if (sort != null && !sort.isBlank()) {
			var parts = sort.split(",");
			var property = allowed.get(parts[0].strip());
			if (property != null) {
				var desc = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
				order = Sort.by(desc ? Sort.Order.desc(property).nullsLast() : Sort.Order.asc(property));
			}
		}
		return Paging.of(page, size, MAX_SIZE, order.and(Sort.by("id")));
	}

}
