package org.lccp.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Content of other modules about a city, for its profile page: a module that knows about
 * cities offers it here instead of the city module depending on every such module.
 */
public interface CityContent {

	/** Published entries about the city, in the reader's language where possible. */
	List<Entry> about(UUID cityId, Locale reader);

	/**
	 * One entry of a city profile.
	 *
	 * @param sectionKey message key of the profile section it belongs in
	 * @param kindKey message key of what it is
	 * @param language language of the title
	 */
	record Entry(String sectionKey, String kindKey, String title, String path, String language) {
	}

}
