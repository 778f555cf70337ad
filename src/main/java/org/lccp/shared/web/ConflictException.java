package org.lccp.shared.web;

/**
 * A request that clashes with the record's current state (a decided application, a stale
 * edit); answered with 409.
 */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
