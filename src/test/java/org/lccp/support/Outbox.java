package org.lccp.support;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the mail outbox table, as the secretariat's outbox page does.
 */
public final class Outbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final JdbcTemplate jdbc;

	public Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Mail> to(String recipient) {
		return this.jdbc.query(
				"select subject, body, status from mail_message where lower(recipient) = lower(?) order by created_at, id",
				(rs, i) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3)), recipient);
	}

	public Mail latestTo(String recipient) {
		var mails = to(recipient);
		if (mails.isEmpty()) {
			throw new AssertionError("No mail to " + recipient);
		}
		return mails.get(mails.size() - 1);
	}

	/** One stored mail. */
	public record Mail(String subject, String body, String status) {

		/** The first link in the body, as a path on the platform. */
		public String linkPath() {
			var matcher = LINK.matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No link in mail: " + this.body);
			}
			return matcher.group().replaceFirst("^https?://[^/]+", "");
		}

	}

}
