package org.lccp.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lccp.mail.Mailer;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.TestClock;
import org.lccp.support.TestDatabase;

import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

/**
 * The identity module on its own (mail stands in as a mock, the platform clock is moved
 * by hand): a sign-up is verified only through the mailed link and only while it is
 * valid, and the last secretariat account keeps its role.
 */
@ModuleTest
class IdentityModuleTest {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@MockitoBean
	Mailer mailer;

	private final AccountManagement accounts;

	private final TestClock clock;

	IdentityModuleTest(AccountManagement accounts, TestClock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Test
	void aSignUpIsVerifiedByItsMailedLinkWithinTheValidity() {
		var email = "sign-up@test.lccp.example";
		this.accounts.signUp(email, "Lantern-Harbour-Quiet-47", "New member", Language.KO);
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((a) -> assertThat(a.verified()).isFalse());

		this.clock.advance(Duration.ofHours(47));
		assertThat(this.accounts.verifyEmail(mailedToken(email))).isTrue();

		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((a) -> assertThat(a.verified()).isTrue());
	}

	@Test
	void aVerificationLinkOlderThanItsValidityIsRefused() {
		var email = "late@test.lccp.example";
		this.accounts.signUp(email, "Copper-Meadow-Lively-83", "Late member", Language.MN);

		this.clock.advance(Duration.ofHours(49));

		assertThat(this.accounts.verifyEmail(mailedToken(email))).isFalse();
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((a) -> assertThat(a.verified()).isFalse());
	}

	@Test
	void theLastSecretariatAccountKeepsItsRole() {
		var administrator = this.accounts.findByEmail(TestDatabase.ADMIN_EMAIL).orElseThrow();
		assertThat(administrator.has(Role.SECRETARIAT)).isTrue();

		assertThatThrownBy(() -> this.accounts.withdraw(administrator.id(), Role.SECRETARIAT))
			.isInstanceOf(AccountManagement.LastSecretariatException.class);
		assertThat(this.accounts.find(administrator.id()).has(Role.SECRETARIAT)).isTrue();
	}

	private String mailedToken(String email) {
		var body = ArgumentCaptor.forClass(String.class);
		verify(this.mailer).send(eq(email), anyString(), body.capture());
		var link = TOKEN.matcher(body.getValue());
		assertThat(link.find()).as("verification link in " + body.getValue()).isTrue();
		return link.group(1);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
		}

	}

}
