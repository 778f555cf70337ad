package org.lccp.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Content of other modules about a city or a gathering, for that record's page: a module
 * that refers to cities or gatherings offers its entries here, so the city and gathering
 * modules need not depend on every module that mentions them.
 */
public interface ContentAbout {

	/** Published entries about the subject, in the reader's language where possible. */
	List<Entry> about(Subject subject, UUID id, Locale reader);

	/** What the entries are about. */
	enum Subject {

		CITY, GATHERING

	}

	/**
	 * One entry of a city's or gathering's page.
	 *
	 * @param sectionKey message key of the section it belongs in
	 * @param kindKey message key of what it is
	 * @param language language of the title
	 */
	record Entry(String sectionKey, String kindKey, String title, String path, String language) {
	}

}
