package org.lccp.knowledge;

import org.lccp.shared.web.ConflictException;

/** A step the item's current state does not allow, such as publishing a draft twice. */
public class WorkflowException extends ConflictException {

	WorkflowException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
