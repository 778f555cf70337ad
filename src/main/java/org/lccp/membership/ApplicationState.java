package org.lccp.membership;

/**
 * States of a membership application. ACCEPTED and REJECTED are final.
 */
public enum ApplicationState {

	DRAFT, SUBMITTED, MORE_INFO_REQUESTED, ACCEPTED, REJECTED;

	public boolean isFinal() {
		return this == ACCEPTED || this == REJECTED;
	}

	public boolean editableByApplicant() {
		return this == DRAFT || this == MORE_INFO_REQUESTED;
	}

}
