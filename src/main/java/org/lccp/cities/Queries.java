package org.lccp.cities;

import java.util.ArrayList;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the city list and the target registry, built from only the conditions given.
 * (A fixed query with {@code :x is null or …} for every filter makes PostgreSQL's generic
 * plans scan whole tables once there are hundreds of thousands of rows.)
 */
final class Queries {

	private Queries() {
	}

	static Specification<City> cities(@Nullable String country, String like) {
		return (root, query, cb) -> {
			var where = new ArrayList<Predicate>();
			if (country != null && !country.isBlank()) {
				where.add(cb.equal(root.get("countryCode"), country.toUpperCase(Locale.ROOT)));
			}
			if (!like.isEmpty()) {
				where.add(cb.like(root.get("searchText"), like));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static Specification<ClimateTarget> targets(TargetRegistry.TargetFilter filter) {
		return (root, query, cb) -> {
			var where = new ArrayList<Predicate>();
			if (filter.country() != null && !filter.country().isBlank()) {
				where.add(cb.equal(root.get("countryCode"), filter.country().toUpperCase(Locale.ROOT)));
			}
			if (filter.type() != null) {
				where.add(cb.equal(root.get("type"), filter.type()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.city() != null) {
				where.add(cb.equal(root.get("cityId"), filter.city()));
			}
			if (filter.scope() == TargetRegistry.TargetFilter.Scope.CITY) {
				where.add(cb.isNotNull(root.get("cityId")));
			}
			if (filter.scope() == TargetRegistry.TargetFilter.Scope.NATIONAL) {
				where.add(cb.isNull(root.get("cityId")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
