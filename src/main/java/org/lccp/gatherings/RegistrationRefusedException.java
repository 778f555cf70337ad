package org.lccp.gatherings;

import org.lccp.shared.web.ConflictException;

/**
 * A registration the gathering cannot take: closed, registered already, a format it does
 * not offer. The message key tells the participant which.
 */
public class RegistrationRefusedException extends ConflictException {

	RegistrationRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
