package org.lccp.cities;

/** What a neutrality pledge promises. */
public enum NeutralityKind {

	CARBON_NEUTRAL, GHG_NEUTRAL, NET_ZERO, CLIMATE_NEUTRAL

}
