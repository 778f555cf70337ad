package org.lccp.membership;

/**
 * Whether a member institution is in good standing or suspended by the secretariat.
 */
public enum InstitutionStatus {

	ACTIVE, SUSPENDED

}
