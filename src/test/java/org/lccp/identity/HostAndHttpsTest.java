package org.lccp.identity;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform answers depends on its configuration, not on headers a client makes
 * up: a forged Host never reaches a redirect; behind an HTTPS proxy (which the forwarded
 * headers from a private address say) cookies are Secure and HSTS is sent.
 */
@LccpTest
class HostAndHttpsTest {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	AccountManagement accounts;

	List<String> headers(String request) throws Exception {
		try (var socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			var lines = new ArrayList<String>();
			for (var line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				lines.add(line);
			}
			return lines;
		}
	}

	static String location(List<String> headers) {
		return headers.stream()
			.filter((h) -> h.toLowerCase().startsWith("location:"))
			.map((h) -> h.substring(9).strip())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Location in " + headers));
	}

	@Test
	void theSecretariatIsToldWhenMailLinksPointToLocalhostWhileThePlatformIsReachedElsewhere() throws Exception {
		headers("GET / HTTP/1.1\r\nHost: lccp.example.org\r\nConnection: close\r\n\r\n");
		var officer = new org.lccp.support.TestAccounts(this.accounts).create("Outbox reader",
				org.lccp.shared.security.Role.SECRETARIAT);
		var outbox = new org.lccp.support.WebSession(this.port).login(officer.email(), officer.password())
			.get("/admin/outbox?lang=en")
			.html();
		assertThat(outbox.select("#base-url-warning").text()).contains("http://localhost:8080", "lccp.web.base-url")
			.containsPattern("reached at https?://[^ ]+");
	}

	@Test
	void aForgedHostHeaderNeverReachesARedirect() throws Exception {
		for (var path : new String[] { "/profile", "/admin/cities/import", "/cities/new" }) {
			var answer = headers("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
			assertThat(answer.get(0)).contains("302");
			assertThat(location(answer)).as(path).doesNotContain("evil.example").startsWith("/login");
		}
		var forwarded = headers("GET /profile HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(location(forwarded)).doesNotContain("evil.example");
	}

	@Test
	void behindAnHttpsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		var https = headers("GET /login HTTP/1.1\r\nHost: lccp.example.org\r\nX-Forwarded-Proto: https\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(https).anySatisfy((h) -> assertThat(h.toLowerCase()).startsWith("strict-transport-security:"));
		assertThat(https.stream().filter((h) -> h.toLowerCase().startsWith("set-cookie:")))
			.allSatisfy((cookie) -> assertThat(cookie).contains("Secure"));
		var plain = headers("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(plain).noneSatisfy((h) -> assertThat(h.toLowerCase()).startsWith("strict-transport-security:"));
	}

}
