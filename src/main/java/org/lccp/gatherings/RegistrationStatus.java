package org.lccp.gatherings;

/** Where a registration stands. */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
