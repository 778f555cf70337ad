package org.lccp.shared;

import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so a member signed in on one node is
 * signed in on every node that shares the database. The test starts a second node of the
 * platform next to the running test application.
 */
@LccpTest
class SessionSharingTest {

	static final String SESSION_COOKIE = "LCCP_SESSION";

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Test
	void sessionOfOneNodeIsSignedInOnASecondNodeSharingTheDatabase() {
		var account = new TestAccounts(this.accountManagement).create("Roaming", Role.MEMBER);
		var nodeOne = new WebSession(this.port).login(account.email(), account.password());
		assertThat(nodeOne.get("/profile").status()).isEqualTo(200);
		var cookie = sessionCookie(nodeOne);

		var sessionId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		var stored = this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, sessionId);
		assertThat(stored).isEqualTo(account.email());

		ConfigurableApplicationContext second = startSecondNode();
		try {
			var secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(secondPort).isNotEqualTo(this.port);
			var nodeTwo = new WebSession(secondPort);
			nodeTwo.cookies().getCookieStore().add(URI.create("http://localhost:" + secondPort), cookie);

			var profile = nodeTwo.get("/profile");
			assertThat(profile.status()).as(profile.location()).isEqualTo(200);
			assertThat(profile.mainText()).contains(account.email());

			// Signing out on the second node ends the session on the first one as well.
			assertThat(nodeTwo.post("/logout").status()).isEqualTo(302);
			var afterLogout = nodeOne.get("/profile");
			assertThat(afterLogout.status()).isEqualTo(302);
			assertThat(URI.create(afterLogout.location()).getPath()).isEqualTo("/login");
			assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?",
					Integer.class, sessionId))
				.isZero();
		}
		finally {
			second.close();
		}
	}

	ConfigurableApplicationContext startSecondNode() {
		return org.lccp.support.SecondNode.start(this.environment);
	}

	static HttpCookie sessionCookie(WebSession web) {
		return web.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(SESSION_COOKIE))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + SESSION_COOKIE + " cookie after login"));
	}

}
