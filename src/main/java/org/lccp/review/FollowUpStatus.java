package org.lccp.review;

/** How far a city has come with one recommendation after publication. */
public enum FollowUpStatus {

	NOT_STARTED, IN_PROGRESS, IMPLEMENTED, DROPPED

}
