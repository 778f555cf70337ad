package org.lccp.identity;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.Outbox;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@LccpTest
class AccountJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accountManagement;

	Outbox outbox;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.outbox = new Outbox(this.jdbc);
		this.accounts = new TestAccounts(this.accountManagement);
	}

	WebSession visitor() {
		return new WebSession(this.port);
	}

	static String uniqueEmail(String label) {
		return label + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
	}

	@Test
	void visitorSignsUpVerifiesByMailedLinkAndLogsIn() {
		var email = uniqueEmail("signup");
		var web = visitor();
		var sent = web.post("/signup", "email", email, "displayName", "Kim Minji", "password",
				"green tram lines for incheon", "passwordRepeat", "green tram lines for incheon", "language", "KO");
		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).endsWith("/signup/sent");

		assertThat(web.tryLogin(email, "green tram lines for incheon").location()).contains("/login?unverified");

		var mail = this.outbox.latestTo(email);
		assertThat(mail.status()).isEqualTo("HELD");
		assertThat(mail.body()).contains("Kim Minji");
		var verified = web.get(mail.linkPath());
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.html().select("h1").text()).isNotBlank();

		web.login(email, "green tram lines for incheon");
		var profile = web.get("/profile");
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.html().selectFirst("html").attr("lang")).isEqualTo("ko");
		assertThat(profile.mainText()).contains(email);
	}

	@Test
	void signUpWithATakenAddressLooksTheSameAndWarnsTheOwnerByMail() {
		var owner = this.accounts.create("Owner");
		var web = visitor();
		var answer = web.post("/signup", "email", owner.email(), "displayName", "Someone", "password",
				"another long passphrase here", "passwordRepeat", "another long passphrase here", "language", "EN");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/signup/sent");
		assertThat(this.outbox.latestTo(owner.email()).subject()).isEqualTo("You already have an account");
	}

	@Test
	void loginFailureSaysTheSameForUnknownAddressAndWrongPassword() {
		var owner = this.accounts.create("Known");
		var unknown = visitor().tryLogin(uniqueEmail("nobody"), "whatever password 123");
		var wrong = visitor().tryLogin(owner.email(), "not the right password");
		assertThat(unknown.location()).endsWith("/login?error");
		assertThat(wrong.location()).isEqualTo(unknown.location());
	}

	@Test
	void repeatedFailedLoginsOfOneAccountMustWaitEvenWithTheRightPassword() {
		var owner = this.accounts.create("Locked");
		var web = visitor();
		for (int i = 0; i < 5; i++) {
			assertThat(web.tryLogin(owner.email(), "wrong password " + i).location()).endsWith("/login?error");
		}
		var held = web.tryLogin(owner.email(), owner.password());
		assertThat(held.location()).contains("/login?throttled=");
		assertThat(held.header("Retry-After")).hasValueSatisfying((s) -> assertThat(Integer.parseInt(s)).isPositive());
		var page = web.get(held.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(page.html().select("[role=alert]").text()).contains("15").containsPattern("\\b[0-9]+\\b");
		// a wait, not a lock: once it has passed, the right password signs in
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.pollInterval(java.time.Duration.ofMillis(300))
			.until(() -> !visitor().tryLogin(owner.email(), owner.password()).location().contains("throttled"));
	}

	@Test
	void successfulLoginsUseUpNoAllowance() {
		var owner = this.accounts.create("Frequent");
		for (int i = 0; i < 12; i++) {
			assertThat(visitor().tryLogin(owner.email(), owner.password()).location()).doesNotContain("/login?");
		}
	}

	@Test
	void passwordsLongerThanBcryptsSeventyTwoBytesWorkEverywhere() {
		// 30 Hangul syllables are 90 bytes in UTF-8; Chinese and emoji likewise
		var hangul = "광주광역시의탄소은행제도는가정의에너지절약실적에따라포인트를지급한다";
		var chinese = "武汉市低碳城市试点建设以能源结构调整和产业转型为重点推进绿色交通";
		var emoji = "🌏🌱🚲🚋🌞🌬️ low carbon cities of north-east asia 🌏🌱🚲🚋";
		var email = uniqueEmail("longpass");
		var web = visitor();
		var sent = web.post("/signup", "email", email, "displayName", "Long", "password", hangul, "passwordRepeat",
				hangul, "language", "KO");
		assertThat(sent.status()).isEqualTo(302);
		web.get(this.outbox.latestTo(email).linkPath());
		web.login(email, hangul);
		// a different password sharing the first 72 bytes does not match
		assertThat(visitor().tryLogin(email, hangul.substring(0, 24) + "다른끝부분입니다").location()).endsWith("/login?error");

		var changed = web.post("/password/change", "currentPassword", hangul, "password", chinese, "passwordRepeat",
				chinese);
		assertThat(changed.status()).isEqualTo(302);
		visitor().login(email, chinese);

		var reset = visitor();
		reset.post("/password/forgot", "email", email);
		var link = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> this.outbox.latestTo(email), (m) -> m.body().contains("/password/reset"))
			.linkPath();
		var token = link.substring(link.indexOf("token=") + 6);
		assertThat(reset.post("/password/reset", "token", token, "password", emoji, "passwordRepeat", emoji).status())
			.isEqualTo(302);
		visitor().login(email, emoji);
	}

	@Test
	void passwordsStoredBeforeThePreHashStillSignIn() {
		var owner = this.accounts.create("Veteran");
		var legacy = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
			.encode("an old style passphrase 1");
		this.jdbc.update("update account set password_hash = ? where email = ?", "{bcrypt}" + legacy, owner.email());
		visitor().login(owner.email(), "an old style passphrase 1");
		// a password beyond 72 bytes against an old hash is a plain refusal, not an error
		assertThat(visitor().tryLogin(owner.email(), "한".repeat(40)).location()).endsWith("/login?error");
	}

	@Test
	void aResetRequestDoesTheSameWorkForKnownAndUnknownAddresses() {
		var owner = this.accounts.create("Resetter");
		var tasks = "select count(*) from scheduled_tasks where task_name = 'identity-password-reset'";
		var outboxRows = "select count(*) from mail_message";
		var mails = this.jdbc.queryForObject(outboxRows, Long.class);
		// the request itself only queues the work, for a known address as for an unknown
		// one
		visitor().post("/password/forgot", "email", uniqueEmail("ghost"));
		visitor().post("/password/forgot", "email", owner.email());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> this.outbox.latestTo(owner.email()).body().contains("/password/reset"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(tasks, Long.class) == 0);
		assertThat(this.jdbc.queryForObject(outboxRows, Long.class)).isEqualTo(mails + 1);
	}

	@Test
	void passwordResetByMailedLinkReplacesThePassword() {
		var owner = this.accounts.create("Forgetful");
		var web = visitor();
		assertThat(web.post("/password/forgot", "email", owner.email()).location()).endsWith("/password/forgot/sent");
		var unknown = web.post("/password/forgot", "email", uniqueEmail("ghost"));
		assertThat(unknown.location()).endsWith("/password/forgot/sent");

		var link = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.ignoreExceptions()
			.until(() -> this.outbox.latestTo(owner.email()), (m) -> m.body().contains("/password/reset"))
			.linkPath();
		var form = web.get(link);
		assertThat(form.status()).isEqualTo(200);
		var token = link.substring(link.indexOf("token=") + 6);
		var reset = web.post("/password/reset", "token", token, "password", "a brand new passphrase 42",
				"passwordRepeat", "a brand new passphrase 42");
		assertThat(reset.status()).isEqualTo(302);
		visitor().login(owner.email(), "a brand new passphrase 42");
		assertThat(visitor().tryLogin(owner.email(), owner.password()).location()).endsWith("/login?error");
		assertThat(web
			.post("/password/reset", "token", token, "password", "yet another passphrase 77", "passwordRepeat",
					"yet another passphrase 77")
			.status()).isIn(200, 302);
		visitor().login(owner.email(), "a brand new passphrase 42");
	}

	@Test
	void memberChangesPasswordOnlyWithTheCurrentOne() {
		var owner = this.accounts.create("Changer");
		var web = visitor().login(owner.email(), owner.password());
		var refused = web.post("/password/change", "currentPassword", "not it at all", "password",
				"river parks of ulaanbaatar", "passwordRepeat", "river parks of ulaanbaatar");
		assertThat(refused.status()).isEqualTo(200);
		var changed = web.post("/password/change", "currentPassword", owner.password(), "password",
				"river parks of ulaanbaatar", "passwordRepeat", "river parks of ulaanbaatar");
		assertThat(changed.status()).isEqualTo(302);
		visitor().login(owner.email(), "river parks of ulaanbaatar");
	}

}
