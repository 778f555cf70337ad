package org.lccp.mail;

import org.junit.jupiter.api.Test;
import org.lccp.support.ModuleTest;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail module on its own: without SMTP every mail is held in the outbox for the
 * secretariat to read, with its attachment, and overlong subjects are shortened rather
 * than refused.
 */
@ModuleTest
class MailModuleTest {

	private final Mailer mailer;

	private final MailOutbox outbox;

	private final JdbcTemplate jdbc;

	MailModuleTest(Mailer mailer, MailOutbox outbox, JdbcTemplate jdbc) {
		this.mailer = mailer;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	@Test
	void withoutSmtpAMailIsHeldInTheOutboxWithItsAttachment() {
		this.mailer.send("held@example.org", "Minutes", "The minutes are attached.",
				new Mailer.Attachment("minutes.txt", "text/plain", "Agreed.".getBytes()));

		var row = this.jdbc.queryForMap("select id, status, subject from mail_message where recipient = ?",
				"held@example.org");
		assertThat(row).containsEntry("status", "HELD").containsEntry("subject", "Minutes");
		var id = (java.util.UUID) row.get("id");
		assertThat(this.outbox.attachment(id)).hasValueSatisfying((attachment) -> {
			assertThat(attachment.filename()).isEqualTo("minutes.txt");
			assertThat(attachment.content()).isEqualTo("Agreed.".getBytes());
		});
	}

	@Test
	void anOverlongSubjectIsShortenedToWhatTheOutboxKeeps() {
		this.mailer.send("long@example.org", "x".repeat(400), "Body.");

		var subject = this.jdbc.queryForObject("select subject from mail_message where recipient = ?", String.class,
				"long@example.org");
		assertThat(subject.codePointCount(0, subject.length())).isEqualTo(MailOutbox.SUBJECT_LENGTH);
		assertThat(subject).endsWith("…");
	}

}
