package org.lccp.mail;

import java.time.Clock;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending outbox mails to SMTP. Runs on a schedule rather than inside the sender's
 * transaction so that a slow or broken mail server never fails or delays the change that
 * caused the mail.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final MailMessages messages;

	private final ObjectProvider<JavaMailSender> sender;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailDispatcher(MailMessages messages, ObjectProvider<JavaMailSender> sender, MailProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.messages = messages;
		this.sender = sender;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lccp.mail.dispatch-interval:2s}")
	void dispatch() {
		var smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			for (var mail : this.messages.findPending(PageRequest.of(0, 50))) {
				try {
					var message = smtp.createMimeMessage();
					var attachment = mail.attachment();
					var helper = new MimeMessageHelper(message, attachment.isPresent(), "UTF-8");
					helper.setFrom(this.properties.from());
					helper.setTo(mail.getRecipient());
					helper.setSubject(mail.getSubject());
					helper.setText(mail.getBody());
					if (attachment.isPresent()) {
						var file = attachment.get();
						helper.addAttachment(file.filename(), new ByteArrayResource(file.content()),
								file.contentType());
					}
					smtp.send(message);
					mail.sent(this.clock.instant());
				}
				catch (MailException | MessagingException ex) {
					log.warn("Mail {} to SMTP failed: {}", mail.getId(), ex.getMessage());
					mail.failedAttempt(ex.getMessage(), this.properties.maxAttempts());
				}
			}
		});
	}

}
