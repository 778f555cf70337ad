package org.lccp.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lccp.support.LccpTest;
import org.lccp.support.Outbox;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code spring.mail.host} set, outbox mails are delivered over SMTP, here to an
 * in-process GreenMail server, and marked as sent.
 */
@LccpTest
class SmtpDeliveryTest {

	private static final int SMTP_PORT = freePort();

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theVerificationMailOfASignUpArrivesOverSmtpWithAWorkingLinkAndIsMarkedSent() throws Exception {
		var email = "smtp." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
		var password = "mail goes out through smtp";
		var web = new WebSession(this.port);
		var signedUp = web.post("/signup", "email", email, "displayName", "Kim Minji 김민지", "password", password,
				"passwordRepeat", password, "language", "EN");
		assertThat(signedUp.status()).isEqualTo(302);
		assertThat(signedUp.location()).endsWith("/signup/sent");

		var received = await().atMost(Duration.ofSeconds(20))
			.until(() -> messagesTo(email), (messages) -> messages.length > 0);
		assertThat(received).hasSize(1);
		var mail = received[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO))
			.extracting((address) -> ((InternetAddress) address).getAddress())
			.containsExactly(email);
		assertThat(mail.getFrom()).extracting((address) -> ((InternetAddress) address).getAddress())
			.containsExactly("no-reply@lccp.localhost");
		assertThat(mail.getSubject()).isEqualTo("Please confirm your email address");
		var body = ((String) mail.getContent()).replace("\r\n", "\n");
		assertThat(body).contains("Kim Minji 김민지");

		// The mail in the outbox is what went out, and it is marked as sent.
		var outbox = new Outbox(this.jdbc);
		await().atMost(Duration.ofSeconds(10)).until(() -> outbox.latestTo(email).status(), "SENT"::equals);
		assertThat(outbox.to(email)).hasSize(1);
		assertThat(outbox.latestTo(email).body()).isEqualTo(body.strip());
		assertThat(this.jdbc.queryForObject(
				"select sent_at is not null and attempts = 1 and last_error is null from mail_message where recipient = ?",
				Boolean.class, email))
			.isTrue();

		// The link in the delivered mail verifies the account.
		var link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(link.group()).contains("/signup/verify?token=");
		assertThat(web.tryLogin(email, password).location()).endsWith("/login?unverified");
		var verified = web.get(link.group().replaceFirst("^https?://[^/]+", ""));
		assertThat(verified.status()).isEqualTo(200);
		new WebSession(this.port).login(email, password);
	}

	@Test
	void mailsAreDeliveredOnlyOnce() throws Exception {
		var email = "once." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
		var web = new WebSession(this.port);
		web.post("/signup", "email", email, "displayName", "Once", "password", "only one copy please", "passwordRepeat",
				"only one copy please", "language", "EN");
		var outbox = new Outbox(this.jdbc);
		await().atMost(Duration.ofSeconds(20)).until(() -> outbox.latestTo(email).status(), "SENT"::equals);
		// Several more dispatch rounds (every 200 ms in tests) must not send it again.
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> messagesTo(email).length == 1);
		assertThat(messagesTo(email)).hasSize(1);
	}

	private static MimeMessage[] messagesTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equals(email);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(MimeMessage[]::new);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Autowired
	Mailer mailer;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void anAttachmentTravelsWithItsMailOverSmtp() throws Exception {
		var recipient = "attachment." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
		var calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
		new org.springframework.transaction.support.TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.mailer.send(recipient, "Calendar", "See the attached file.",
					new Mailer.Attachment("forum.ics", "text/calendar; charset=UTF-8",
							calendar.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch((m) -> sentTo(m, recipient)));
		var message = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> sentTo(m, recipient))
			.findFirst()
			.orElseThrow();
		var parts = (jakarta.mail.Multipart) message.getContent();
		var found = false;
		for (int i = 0; i < parts.getCount(); i++) {
			var part = parts.getBodyPart(i);
			if ("forum.ics".equals(part.getFileName())) {
				found = true;
				assertThat(part.getContentType()).startsWith("text/calendar");
				assertThat(new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
					.isEqualTo(calendar);
			}
		}
		assertThat(found).as("attachment forum.ics in the delivered mail").isTrue();
	}

	private static boolean sentTo(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((a) -> recipient.equals(((InternetAddress) a).getAddress()));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

}
