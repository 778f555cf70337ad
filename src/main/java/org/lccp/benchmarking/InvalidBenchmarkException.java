package org.lccp.benchmarking;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.DomainException;

/**
 * Refused benchmarking input (weights that do not sum, an indicator without a direction,
 * a formula naming an unknown indicator…): a message key with its arguments, and the form
 * field it belongs to when there is one.
 */
public class InvalidBenchmarkException extends DomainException {

	private final @Nullable String field;

	InvalidBenchmarkException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = null;
	}

	private InvalidBenchmarkException(String field, String messageKey, Object[] arguments, boolean onField) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** A refusal that belongs to one form field. */
	static InvalidBenchmarkException onField(String field, String messageKey, Object... arguments) {
		return new InvalidBenchmarkException(field, messageKey, arguments, true);
	}

	/** The form field at fault, or null for the whole form. */
	public @Nullable String field() {
		return this.field;
	}

}
