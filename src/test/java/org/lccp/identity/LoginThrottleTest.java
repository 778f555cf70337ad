package org.lccp.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lccp.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the login limits, one by one: only failures count, per account and address
 * pair, per account over all addresses, per address over all accounts; waits double
 * instead of locking; a success clears the pair; the memory is bounded without losing the
 * accounts under attack.
 */
class LoginThrottleTest {

	static final String VICTIM = "victim@example.org";

	static final String ATTACKER = "203.0.113.7";

	static final String OFFICE = "198.51.100.20";

	final IdentityProperties properties = new IdentityProperties("admin@x", "", Duration.ofHours(48),
			Duration.ofHours(1), 5, 100, Duration.ofMinutes(15), 1_000);

	final TestClock clock = new TestClock(Instant.parse("2026-12-06T09:00:00Z"));

	final LoginThrottle throttle = new LoginThrottle(this.properties, this.clock);

	Duration waitNow(String account, String address) {
		return this.throttle.waitFor(account, address, this.clock.instant());
	}

	@Test
	void theWaitIsOverOnceItsTimeHasPassed() {
		for (int i = 0; i < 7; i++) {
			this.throttle.failed(VICTIM, ATTACKER);
		}
		var wait = waitNow(VICTIM, ATTACKER);
		assertThat(wait).isPositive();
		this.clock.advance(wait.minusMillis(1));
		assertThat(waitNow(VICTIM, ATTACKER)).isEqualTo(Duration.ofMillis(1));
		this.clock.advance(Duration.ofMillis(1));
		assertThat(waitNow(VICTIM, ATTACKER)).isZero();
	}

	@Test
	void fiveFailuresOfAPairAreFreeThenEachWaitDoubles() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed(VICTIM, ATTACKER);
		}
		assertThat(waitNow(VICTIM, ATTACKER)).isZero();
		this.throttle.failed(VICTIM, ATTACKER);
		var first = waitNow(VICTIM, ATTACKER);
		assertThat(first).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		this.throttle.failed(VICTIM, ATTACKER);
		this.throttle.failed(VICTIM, ATTACKER);
		assertThat(waitNow(VICTIM, ATTACKER)).isGreaterThan(Duration.ofSeconds(3))
			.isLessThanOrEqualTo(Duration.ofSeconds(4));
		for (int i = 0; i < 40; i++) {
			this.throttle.failed(VICTIM, ATTACKER);
		}
		assertThat(waitNow(VICTIM, ATTACKER)).as("never longer than the window")
			.isLessThanOrEqualTo(Duration.ofMinutes(15))
			.isGreaterThan(Duration.ofMinutes(14));
	}

	@Test
	void anAttackerElsewhereDoesNotHoldTheVictimBack() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed(VICTIM, ATTACKER);
		}
		assertThat(waitNow(VICTIM, ATTACKER)).isPositive();
		assertThat(waitNow(VICTIM, OFFICE)).isZero();
	}

	@Test
	void guessingFromManyAddressesSlowsTheAccountEverywhere() {
		for (int i = 0; i < 50; i++) {
			this.throttle.failed(VICTIM, "192.0.2." + i);
		}
		assertThat(waitNow(VICTIM, OFFICE)).as("ten times the pair allowance, over all addresses").isPositive();
		assertThat(waitNow("colleague@example.org", OFFICE)).isZero();
	}

	@Test
	void colleaguesBehindOneAddressDoNotUseUpEachOthersAllowance() {
		for (int i = 0; i < 99; i++) {
			this.throttle.failed("typo" + i + "@example.org", OFFICE);
		}
		assertThat(waitNow(VICTIM, OFFICE)).isZero();
		this.throttle.failed("junk@example.org", OFFICE);
		assertThat(waitNow(VICTIM, OFFICE)).as("the address guard, after 100 failures").isPositive();
	}

	@Test
	void aSuccessClearsThePairsFailures() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed(VICTIM, OFFICE);
		}
		this.throttle.succeeded(VICTIM, OFFICE);
		this.throttle.failed(VICTIM, OFFICE);
		assertThat(waitNow(VICTIM, OFFICE)).isZero();
	}

	@Test
	void aFloodOfInventedNamesDoesNotWipeTheCountOfTheAccountUnderAttack() {
		for (int i = 0; i < 8; i++) {
			this.throttle.failed(VICTIM, ATTACKER);
		}
		for (int i = 0; i < 20_000; i++) {
			this.throttle.failed("nobody" + i + "@example.org", "192.0.2." + (i % 250));
			if (i % 100 == 0) {
				// the attack goes on meanwhile
				this.throttle.waitFor(VICTIM, ATTACKER, this.clock.instant());
			}
		}
		assertThat(waitNow(VICTIM, ATTACKER)).isPositive();
	}

	@Test
	void failuresAreForgottenAfterTheWindow() {
		for (int i = 0; i < 10; i++) {
			this.throttle.failed(VICTIM, ATTACKER);
		}
		var later = this.clock.instant().plus(Duration.ofMinutes(16));
		assertThat(this.throttle.waitFor(VICTIM, ATTACKER, later)).isZero();
	}

}
