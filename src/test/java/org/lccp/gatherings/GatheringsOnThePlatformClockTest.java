package org.lccp.gatherings;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deadlines and the calendar follow the platform clock, not the machine's: moving the
 * clock closes registration and turns an upcoming gathering into a past one without
 * rewriting any row or waiting.
 */
@LccpTest
@Import(GatheringsOnThePlatformClockTest.MovableClock.class)
class GatheringsOnThePlatformClockTest {

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	GatheringRegistrations registrations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestClock clock;

	@Test
	void registrationClosesAtItsDeadlineAndTheGatheringTurnsPastAsTheClockMoves() {
		var people = new TestAccounts(this.accounts);
		var secretariat = people.create("Clock secretariat", Role.SECRETARIAT, Role.MEMBER);
		var early = people.create("Early member", Role.MEMBER);
		var late = people.create("Late member", Role.MEMBER);
		var id = this.accounts.actingAs(secretariat.id(),
				() -> GatheringBuilder.aGathering()
					.startingInDays(30)
					.registrationClosingInDays(10)
					.createWith(this.programme));

		assertThat(this.accounts
			.actingAs(early.id(), () -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.ONLINE)))
			.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(upcoming()).contains(id);

		this.clock.advance(Duration.ofDays(11));
		assertThatThrownBy(() -> this.accounts.actingAs(late.id(),
				() -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.ONLINE))))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("gatherings.registration.closed");
		assertThat(this.accounts.actingAs(late.id(), () -> this.gatherings.page(id).registrationOpen())).isFalse();
		assertThat(upcoming()).contains(id);

		this.clock.advance(Duration.ofDays(20));
		assertThat(this.gatherings.page(id).past()).isTrue();
		assertThat(upcoming()).doesNotContain(id);
		assertThat(this.gatherings.calendar(true, GatheringManagement.Filter.none(), 0, 100).getContent())
			.extracting(GatheringManagement.GatheringSummary::id)
			.contains(id);
	}

	@Test
	void theCalendarTotalsFollowTheClockWithoutAnyChangeOfRecords() {
		var token = "clock" + java.util.UUID.randomUUID().toString().substring(0, 8);
		// the other test may have moved the clock already; the builder counts from the
		// machine's time
		var ahead = Duration.between(Instant.now(), this.clock.instant()).toDays();
		GatheringBuilder.aGathering()
			.titled("Clock forum " + token)
			.startingInDays(ahead + 1)
			.createWith(this.programme);
		var filter = new GatheringManagement.Filter(null, null, null, token);
		assertThat(this.gatherings.calendar(false, filter, 0, 20).getTotalElements()).isOne();
		assertThat(this.gatherings.calendar(true, filter, 0, 20).getTotalElements()).isZero();

		this.clock.advance(Duration.ofDays(3));
		assertThat(this.gatherings.calendar(false, filter, 0, 20).getTotalElements())
			.as("the upcoming total is not kept past its minute")
			.isZero();
		assertThat(this.gatherings.calendar(true, filter, 0, 20).getTotalElements()).isOne();
	}

	private java.util.List<java.util.UUID> upcoming() {
		return this.gatherings.calendar(false, GatheringManagement.Filter.none(), 0, 100)
			.getContent()
			.stream()
			.map(GatheringManagement.GatheringSummary::id)
			.toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		TestClock movableClock() {
			return new TestClock(Instant.now());
		}

	}

}
