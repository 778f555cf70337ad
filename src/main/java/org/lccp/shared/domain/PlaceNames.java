package org.lccp.shared.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Names of places in the reader's language, for modules that keep a place as typed text
 * (a gathering's venue city) and cannot depend on the module that knows cities. Pages use
 * it as {@code @placeNames}.
 */
public interface PlaceNames {

	/**
	 * The name of the city known by {@code name} (in any language) in {@code country}, in
	 * the reader's language; the name as given when no city has it.
	 */
	LocalName city(@Nullable String country, @Nullable String name, Locale reader);

	/**
	 * A name and the language it is written in.
	 *
	 * @param text the name
	 * @param language the language of the text where it differs from the reader's (so a
	 * page marks it with {@code lang}); null when it is the reader's or unknown
	 */
	record LocalName(String text, @Nullable String language) {
	}

}
