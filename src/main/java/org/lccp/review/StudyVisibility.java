package org.lccp.review;

/** Who may read a published analytical study: the city's choice. */
public enum StudyVisibility {

	PUBLIC, MEMBERS

}
