package org.lccp.shared.web;

/**
 * A record that does not exist or that the reader may not see; answered with 404.
 */
public abstract class NotFoundException extends DomainException {

	protected NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
