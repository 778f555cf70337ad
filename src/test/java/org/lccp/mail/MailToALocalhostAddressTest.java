package org.lccp.mail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public address is left at its default (http://localhost:8080) in tests, as on a
 * platform deployed without setting it: a mail with links to it, written while the
 * platform is served under another name, is refused and not stored; served as localhost
 * (development) or written outside a request, it is kept as before.
 */
@LccpTest
class MailToALocalhostAddressTest {

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	private void servedAs(String host) {
		var request = new MockHttpServletRequest("POST", "/signup");
		request.setServerName(host);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private long mailsTo(String recipient) {
		return this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, recipient);
	}

	@Test
	void aMailWithLocalhostLinksIsRefusedWhenThePlatformIsServedElsewhere() {
		servedAs("lccp.example.org");
		assertThatThrownBy(() -> this.mailer.send("far@example.org", "Verify",
				"Open http://localhost:8080/signup/verify?token=abc to verify."))
			.isInstanceOf(ReachableLinks.UnreachableLinks.class);
		assertThat(mailsTo("far@example.org")).isZero();
	}

	@Test
	void aMailWithLocalhostLinksIsKeptWhenServedAsLocalhostOrOutsideARequest() {
		servedAs("localhost");
		this.mailer.send("near@example.org", "Verify", "Open http://localhost:8080/signup/verify?token=abc.");
		assertThat(mailsTo("near@example.org")).isEqualTo(1);
		servedAs("127.0.0.1");
		this.mailer.send("near@example.org", "Verify", "Open http://localhost:8080/signup/verify?token=def.");
		RequestContextHolder.resetRequestAttributes();
		this.mailer.send("near@example.org", "Reminder", "See http://localhost:8080/gatherings/1.");
		assertThat(mailsTo("near@example.org")).isEqualTo(3);
	}

	@Test
	void aMailWithoutPlatformLinksIsKeptWhereverThePlatformIsServed() {
		servedAs("lccp.example.org");
		this.mailer.send("plain@example.org", "Note", "No link here, only https://www.unescap.org.");
		assertThat(mailsTo("plain@example.org")).isEqualTo(1);
	}

	@Test
	void loopbackNamesAreRecognised() {
		assertThat(ReachableLinks.isLoopback("localhost")).isTrue();
		assertThat(ReachableLinks.isLoopback("lccp.localhost")).isTrue();
		assertThat(ReachableLinks.isLoopback("127.0.0.1")).isTrue();
		assertThat(ReachableLinks.isLoopback("[::1]")).isTrue();
		assertThat(ReachableLinks.isLoopback("lccp.example.org")).isFalse();
		assertThat(ReachableLinks.isLoopback("10.0.0.5")).isFalse();
	}

}
