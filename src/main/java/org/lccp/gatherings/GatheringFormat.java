package org.lccp.gatherings;

/** Where participants take part: in the room, online, or both. */
public enum GatheringFormat {

	IN_PERSON, ONLINE, HYBRID;

	public boolean offers(AttendanceMode mode) {
		return this == HYBRID || (this == IN_PERSON) == (mode == AttendanceMode.IN_PERSON);
	}

}
