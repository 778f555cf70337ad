package org.lccp.review;

import org.lccp.shared.web.DomainException;

/**
 * A review step refused by its rules; the field names the form input at fault (empty for
 * the whole form), the key the message shown there.
 */
public class ReviewRefusedException extends DomainException {

	private final String field;

	ReviewRefusedException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
