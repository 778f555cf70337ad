package org.lccp.experts;

/**
 * Parts of a roster entry an expert may choose to show publicly. The name is always shown
 * for a listed expert (a roster without names helps nobody); everything else only when
 * chosen.
 */
public enum PublicField {

	INSTITUTION, COUNTRY, BIOGRAPHY, TOPICS, SECTORS, TOOLS, LANGUAGES, COUNTRIES_SERVED, AVAILABILITY, PAST_WORK

}
