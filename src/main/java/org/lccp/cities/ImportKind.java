package org.lccp.cities;

/** What an import file holds. */
public enum ImportKind {

	CITIES, TARGETS

}
