package org.lccp.gatherings;

/** How one participant takes part. */
public enum AttendanceMode {

	IN_PERSON, ONLINE

}
