package org.lccp.experts;

/** Whether an expert can take on work now. */
public enum Availability {

	AVAILABLE, LIMITED, NOT_AVAILABLE

}
