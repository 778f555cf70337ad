package org.lccp.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mail as the outbox page shows it.
 */
record OutboxMail(UUID id, String recipient, String subject, String body, MailStatus status, Instant createdAt,
		@Nullable Instant sentAt, int attempts, @Nullable String lastError, @Nullable String attachmentName) {

	static OutboxMail of(MailMessage m) {
		return new OutboxMail(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(), m.getCreatedAt(),
				m.getSentAt(), m.getAttempts(), m.getLastError(),
				m.attachment().map(Mailer.Attachment::filename).orElse(null));
	}

}
