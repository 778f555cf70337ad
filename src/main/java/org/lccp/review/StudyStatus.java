package org.lccp.review;

/** Steps of an analytical study for a newcomer city. */
public enum StudyStatus {

	/** The city stated its interest and baseline; the secretariat assigns experts. */
	REQUESTED,
	/** Experts are assigned and write the study. */
	IN_PROGRESS,
	/** The experts delivered; the city comments and chooses who may read it. */
	DELIVERED,
	/** Published to everyone or to members only, as the city chose. */
	PUBLISHED

}
