package org.lccp.mail;

import java.time.Clock;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.Paging;
import org.lccp.shared.web.WebProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: stores every mail in the caller's transaction and lets the secretariat read
 * it.
 */
@Service
class MailOutbox implements Mailer {

	static final int SUBJECT_LENGTH = 300;

	private final MailMessages messages;

	private final boolean smtpConfigured;

	private final WebProperties web;

	private final Clock clock;

	MailOutbox(MailMessages messages, ObjectProvider<JavaMailSender> sender, WebProperties web, Clock clock) {
		this.messages = messages;
		this.smtpConfigured = sender.getIfAvailable() != null;
		this.web = web;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void send(String recipient, String subject, String body, @Nullable Attachment attachment) {
		ReachableLinks.check(this.web.baseUrl(), body);
		var status = this.smtpConfigured ? MailStatus.PENDING : MailStatus.HELD;
		var message = new MailMessage(recipient, fit(subject), body, status, this.clock.instant());
		if (attachment != null) {
			message.attach(attachment);
		}
		this.messages.save(message);
	}

	/**
	 * Shortens a subject to the 300 characters the outbox keeps; subjects quote names
	 * that may themselves be that long.
	 */
	static String fit(String subject) {
		if (subject.codePointCount(0, subject.length()) <= SUBJECT_LENGTH) {
			return subject;
		}
		return subject.substring(0, subject.offsetByCodePoints(0, SUBJECT_LENGTH - 1)) + "…";
	}

	@Transactional(readOnly = true)
	Page<OutboxMail> list(String recipient, int page) {
		return this.messages.search(recipient == null ? "" : recipient.strip(), Paging.of(page, 25, 25))
			.map(OutboxMail::of);
	}

	@Transactional(readOnly = true)
	Optional<OutboxMail> find(UUID id) {
		return this.messages.findById(id).map(OutboxMail::of);
	}

	@Transactional(readOnly = true)
	Optional<Attachment> attachment(UUID id) {
		return this.messages.findById(id).flatMap(MailMessage::attachment);
	}

	boolean smtpConfigured() {
		return this.smtpConfigured;
	}

}
