package org.lccp.mail;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "mail_message")
class MailMessage {

	@Id
	private UUID id;

	private String recipient;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "attachment_name")
	private String attachmentName;

	@Column(name = "attachment_type")
	private String attachmentType;

	@Column(name = "attachment_content")
	private byte[] attachmentContent;

	protected MailMessage() {
	}

	MailMessage(String recipient, String subject, String body, MailStatus status, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.status = status;
		this.createdAt = createdAt;
	}

	void attach(Mailer.Attachment attachment) {
		this.attachmentName = attachment.filename();
		this.attachmentType = attachment.contentType();
		this.attachmentContent = attachment.content().clone();
	}

	Optional<Mailer.Attachment> attachment() {
		return this.attachmentContent == null ? Optional.empty()
				: Optional.of(new Mailer.Attachment(this.attachmentName, this.attachmentType, this.attachmentContent));
	}

	void sent(Instant at) {
		this.status = MailStatus.SENT;
		this.sentAt = at;
		this.attempts++;
		this.lastError = null;
	}

	void failedAttempt(String error, int maxAttempts) {
		this.attempts++;
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
		if (this.attempts >= maxAttempts) {
			this.status = MailStatus.FAILED;
		}
	}

	UUID getId() {
		return this.id;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	MailStatus getStatus() {
		return this.status;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	int getAttempts() {
		return this.attempts;
	}

	String getLastError() {
		return this.lastError;
	}

}
