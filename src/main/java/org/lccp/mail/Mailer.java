package org.lccp.mail;

/**
 * Sends a plain-text mail. The message is stored in the caller's transaction, so it goes
 * out only if the change that caused it is committed.
 */
public interface Mailer {

	void send(String recipient, String subject, String body);

}
