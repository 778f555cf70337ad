package org.lccp.review;

/** The host city's answer to a recommendation in its right of reply. */
public enum ReplyAnswer {

	ACCEPTED, PARTLY, NOT_ACCEPTED

}
