package org.lccp.experts;

/**
 * Where an entry stands: applied and waiting for the secretariat, listed on the roster,
 * declined with a reason (the applicant may change the entry and apply again), or
 * withdrawn by the expert.
 */
public enum ExpertStatus {

	APPLIED, LISTED, DECLINED, WITHDRAWN

}
