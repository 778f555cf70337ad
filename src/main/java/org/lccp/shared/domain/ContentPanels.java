package org.lccp.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Panels other modules add to a city's profile or a target's page: a template fragment
 * and the data it shows, so that the cities module renders them without depending on the
 * modules that offer them (pathways shows its progress chart this way).
 */
public interface ContentPanels {

	/**
	 * The panels about the subject, in the reader's language; empty when there is nothing
	 * to show.
	 */
	List<Panel> panels(Subject subject, UUID id, Locale reader);

	/** What the panels are about. */
	enum Subject {

		CITY, TARGET

	}

	/**
	 * One panel.
	 *
	 * @param template template holding the fragment, e.g. {@code pathways/panel}
	 * @param fragment the fragment's name; it reads its data as {@code panel}
	 * @param model the data the fragment shows
	 */
	record Panel(String template, String fragment, Object model) {
	}

}
