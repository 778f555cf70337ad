package org.lccp.membership;

/**
 * The secretariat's eligibility checklist for one application. All four must hold before
 * acceptance.
 *
 * @param eligibleType the institution is of an admitted kind (not a company)
 * @param lccActivity it works on low-carbon city development
 * @param contactVerified the contact person was confirmed to speak for the institution
 * @param notDuplicate it is not already a member (checked against the duplicate warning)
 */
public record Checklist(boolean eligibleType, boolean lccActivity, boolean contactVerified, boolean notDuplicate) {

	public boolean complete() {
		return this.eligibleType && this.lccActivity && this.contactVerified && this.notDuplicate;
	}

}
