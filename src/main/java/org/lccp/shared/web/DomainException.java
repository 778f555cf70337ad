package org.lccp.shared.web;

/**
 * A failure that users are told about: it carries a message-bundle key (and arguments)
 * instead of English text, so that error pages and problem details speak the reader's
 * language.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
