package org.lccp.inventory;

import org.lccp.shared.web.DomainException;

/**
 * A calculation that cannot be made from what was given: an unknown fuel or unit, a unit
 * that does not fit, a missing density or factor. Carries the field it concerns and a
 * message key, so that forms, imports and the API name the problem in the reader's
 * language.
 */
public class InvalidCalculationException extends DomainException {

	private final String field;

	public InvalidCalculationException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/**
	 * The input field at fault: {@code gpcRef}, {@code fuel}, {@code unit},
	 * {@code factors.CO2}…
	 */
	public String field() {
		return this.field;
	}

}
