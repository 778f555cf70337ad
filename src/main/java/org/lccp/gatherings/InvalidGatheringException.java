package org.lccp.gatherings;

import org.lccp.shared.web.ConflictException;

/**
 * A description of a gathering that breaks its rules (end before start, negative seats).
 */
public class InvalidGatheringException extends ConflictException {

	InvalidGatheringException(String messageKey) {
		super(messageKey);
	}

}
