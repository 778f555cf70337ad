package org.lccp.mail;

/**
 * Delivery state of an outbox mail. HELD means no SMTP server is configured: the mail is
 * only readable in the outbox.
 */
enum MailStatus {

	PENDING, SENT, FAILED, HELD

}
