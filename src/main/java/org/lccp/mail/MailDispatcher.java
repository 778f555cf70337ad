package org.lccp.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
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

	MailDispatcher(MailMessages messages, ObjectProvider<JavaMailSender> sender, MailProperties properties,
			TransactionTemplate transactions) {
		this.messages = messages;
		this.sender = sender;
		this.properties = properties;
		this.transactions = transactions;
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
					var message = new SimpleMailMessage();
					message.setFrom(this.properties.from());
					message.setTo(mail.getRecipient());
					message.setSubject(mail.getSubject());
					message.setText(mail.getBody());
					smtp.send(message);
					mail.sent();
				}
				catch (MailException ex) {
					log.warn("Mail {} to SMTP failed: {}", mail.getId(), ex.getMessage());
					mail.failedAttempt(ex.getMessage(), this.properties.maxAttempts());
				}
			}
		});
	}

}
