package org.lccp.review;

/**
 * Where a review stands: asked for, declined, accepted and under review, waiting for the
 * city's reply, or published. Only published reviews are seen beyond the host, the team
 * and the secretariat.
 */
public enum ReviewStatus {

	REQUESTED, DECLINED, IN_REVIEW, REPLY, PUBLISHED

}
