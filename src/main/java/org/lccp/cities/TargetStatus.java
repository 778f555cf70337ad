package org.lccp.cities;

/** Where a target stands. */
public enum TargetStatus {

	ADOPTED, PROPOSED, ACHIEVED, MISSED, SUPERSEDED

}
