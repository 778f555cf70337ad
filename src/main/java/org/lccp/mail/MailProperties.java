package org.lccp.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings. SMTP itself is configured with the standard {@code spring.mail.*}
 * properties; without {@code spring.mail.host} mails stay in the outbox.
 *
 * @param from sender address of every mail
 * @param dispatchInterval how often pending mails are handed to SMTP
 * @param maxAttempts attempts before a mail is marked failed
 */
@ConfigurationProperties("lccp.mail")
record MailProperties(@DefaultValue("LCCP <no-reply@lccp.localhost>") String from,
		@DefaultValue("2s") Duration dispatchInterval, @DefaultValue("5") int maxAttempts) {
}
