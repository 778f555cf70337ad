package org.lccp.mail;

import org.jspecify.annotations.Nullable;

/**
 * Sends a plain-text mail, optionally with one small attachment. The message is stored in
 * the caller's transaction, so it goes out only if the change that caused it is
 * committed. Checks no role by rule: it is not a way in for people, only the outbox of
 * the modules, whose own facades decide (and check) what is worth a mail.
 */
public interface Mailer {

	default void send(String recipient, String subject, String body) {
		send(recipient, subject, body, null);
	}

	void send(String recipient, String subject, String body, @Nullable Attachment attachment);

	/**
	 * A file sent with a mail, such as a calendar entry.
	 *
	 * @param filename name shown to the reader
	 * @param contentType its media type
	 * @param content its bytes
	 */
	record Attachment(String filename, String contentType, byte[] content) {

		public Attachment {
			if (content.length > MAX_SIZE) {
				throw new IllegalArgumentException("Mail attachments are limited to " + MAX_SIZE + " bytes");
			}
		}

		/** Mails carry small files only; documents are linked. */
		public static final int MAX_SIZE = 1024 * 1024;

	}

}
