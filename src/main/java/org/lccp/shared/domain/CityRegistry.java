package org.lccp.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The city registry as modules that point at cities see it without depending on the
 * cities module (which depends on them): a gathering's venue keeps the city's id, chosen
 * from here.
 */
public interface CityRegistry {

	/** The city with this id, named in the reader's language. */
	Optional<CityChoice> city(UUID id, Locale reader);

	/**
	 * The one city of the country known by this name in any of its languages (case does
	 * not count); empty when none is, or when two are and the name cannot say which.
	 */
	Optional<CityChoice> named(String country, String name);

	/**
	 * At most {@code limit} cities whose name in any language contains the query, in the
	 * country when one is given, by English name.
	 */
	List<CityChoice> search(@Nullable String country, @Nullable String query, int limit, Locale reader);

	/**
	 * A city to choose.
	 *
	 * @param name the name in the reader's language
	 * @param nameEn the English name, kept with records as the name they were made with
	 */
	record CityChoice(UUID id, String countryCode, String name, String nameEn) {
	}

}
