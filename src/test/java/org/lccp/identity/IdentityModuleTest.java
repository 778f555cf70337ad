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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

/**
 * The identity module on its own (mail stands in as a mock, the platform clock is moved
 * by hand): a sign-up is verified only through the mailed link and only while it is
 * valid, the last secretariat account keeps its role, and roles and affiliations change
 * only at the secretariat's hand.
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

		assertThatThrownBy(() -> this.accounts.actingAs(administrator.id(), () -> {
			this.accounts.withdraw(administrator.id(), Role.SECRETARIAT);
			return null;
		})).isInstanceOf(AccountManagement.LastSecretariatException.class);
		assertThat(this.accounts.find(administrator.id()).has(Role.SECRETARIAT)).isTrue();
	}

	@Test
	void rolesAndAffiliationsChangeOnlyAtTheSecretariatsHand() {
		var member = this.accounts.createVerified("facade-member@test.lccp.example", "Willow-Canyon-Steady-29",
				"Facade member", Language.EN, Role.MEMBER);
		// The administrator, not a second secretariat account: the last one keeps its
		// role.
		var officer = this.accounts.findByEmail(TestDatabase.ADMIN_EMAIL).orElseThrow();

		// Nobody signed in, and a member acting on itself, are refused alike.
		assertThatThrownBy(() -> this.accounts.grant(member.id(), Role.EXPERT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.withdraw(member.id(), Role.MEMBER))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.accounts.setAffiliation(member.id(), "Taken over"))
			.isInstanceOf(AccessDeniedException.class);
		this.accounts.actingAs(member.id(), () -> {
			assertThatThrownBy(() -> this.accounts.grant(member.id(), Role.SECRETARIAT))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.accounts.withdraw(officer.id(), Role.SECRETARIAT))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.accounts.setAffiliation(member.id(), "Taken over"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.accounts.grantToSignedInAccount(Role.SECRETARIAT))
				.isInstanceOf(AccessDeniedException.class);
			return null;
		});
		var unchanged = this.accounts.find(member.id());
		assertThat(unchanged.roles()).containsExactly(Role.MEMBER);
		assertThat(unchanged.affiliation()).isNotEqualTo("Taken over");

		this.accounts.actingAs(officer.id(), () -> {
			this.accounts.grant(member.id(), Role.EXPERT);
			this.accounts.setAffiliation(member.id(), "Korea Environment Institute");
			return null;
		});
		var changed = this.accounts.find(member.id());
		assertThat(changed.roles()).contains(Role.MEMBER, Role.EXPERT);
		assertThat(changed.affiliation()).isEqualTo("Korea Environment Institute");
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
