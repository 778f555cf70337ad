package org.lccp.capacity;

/**
 * A brokered match: proposed by the secretariat, accepted by both sides, planned, then
 * delivered (which closes the need).
 */
public enum MatchStatus {

	PROPOSED, ACCEPTED, PLANNED, DELIVERED, DECLINED

}
