package org.lccp.gatherings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/** The seat rules of one gathering, without a database. */
class GatheringRulesTest {

	@Test
	void confirmsWhileSeatsAreLeftAndWaitlistsOnceTheyAreTaken() {
		var gathering = new Gathering(aGathering().seats(2, 1).details(), false, null, Instant.now());
		var now = Instant.now();
		assertThat(gathering.admit(AttendanceMode.IN_PERSON, 0, now)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(gathering.admit(AttendanceMode.IN_PERSON, 1, now)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(gathering.admit(AttendanceMode.IN_PERSON, 2, now)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(gathering.admit(AttendanceMode.ONLINE, 0, now)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(gathering.admit(AttendanceMode.ONLINE, 1, now)).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	@Test
	void anEmptyCapacityHasNoLimit() {
		var gathering = new Gathering(aGathering().seats(null, null).details(), false, null, Instant.now());
		assertThat(gathering.admit(AttendanceMode.ONLINE, 100_000, Instant.now()))
			.isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void aZeroCapacityWaitlistsEveryone() {
		var gathering = new Gathering(aGathering().seats(0, 0).details(), false, null, Instant.now());
		assertThat(gathering.admit(AttendanceMode.IN_PERSON, 0, Instant.now()))
			.isEqualTo(RegistrationStatus.WAITLISTED);
	}

	@Test
	void refusesAModeTheFormatDoesNotOffer() {
		var online = new Gathering(aGathering().format(GatheringFormat.ONLINE).details(), false, null, Instant.now());
		assertThatThrownBy(() -> online.admit(AttendanceMode.IN_PERSON, 0, Instant.now()))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("gatherings.registration.modeNotOffered");
		var inPerson = new Gathering(aGathering().format(GatheringFormat.IN_PERSON).details(), false, null,
				Instant.now());
		assertThatThrownBy(() -> inPerson.admit(AttendanceMode.ONLINE, 0, Instant.now()))
			.isInstanceOf(RegistrationRefusedException.class);
	}

	@Test
	void refusesRegistrationsAfterTheDeadlineAndOnceStarted() {
		var closed = new Gathering(aGathering().registrationClosedSince(1).details(), false, null, Instant.now());
		assertThatThrownBy(() -> closed.admit(AttendanceMode.ONLINE, 0, Instant.now()))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("gatherings.registration.closed");
		var open = new Gathering(aGathering().details(), false, null, Instant.now());
		assertThatThrownBy(() -> open.admit(AttendanceMode.ONLINE, 0, Instant.now().plusSeconds(3600L * 24 * 31)))
			.isInstanceOf(RegistrationRefusedException.class);
	}

	@Test
	void refusesAnEndBeforeTheStartAndNegativeCapacities() {
		var d = aGathering().details();
		var backwards = new GatheringDetails(d.title(), d.type(), d.format(), d.theme(), d.summary(), d.startsAt(),
				d.startsAt().minusMinutes(1), d.timeZone(), d.venueCity(), d.venueCountry(), d.venueAddress(),
				d.onlineLink(), d.organisers(), d.partners(), d.languages(), d.interpretation(), 10, 10, null);
		assertThatThrownBy(() -> new Gathering(backwards, false, null, Instant.now()))
			.isInstanceOf(InvalidGatheringException.class)
			.hasMessage("gatherings.validation.endBeforeStart");
		assertThatThrownBy(() -> new Gathering(aGathering().seats(-1, 10).details(), false, null, Instant.now()))
			.isInstanceOf(InvalidGatheringException.class)
			.hasMessage("gatherings.validation.negativeCapacity");
	}

	@Test
	void storesWallClockTimesInTheGatheringsTimeZone() {
		var d = aGathering().details();
		var gathering = new Gathering(
				new GatheringDetails(d.title(), d.type(), d.format(), d.theme(), d.summary(),
						LocalDateTime.of(2030, 8, 29, 9, 0), LocalDateTime.of(2030, 8, 29, 18, 0),
						ZoneId.of("Asia/Seoul"), null, null, null, null, null, null, null, null, null, null, null),
				false, null, Instant.now());
		assertThat(gathering.getStartsAt()).isEqualTo(Instant.parse("2030-08-29T00:00:00Z"));
		assertThat(gathering.getTimeZone()).isEqualTo("Asia/Seoul");
	}

	@Test
	void aFreedSeatIsTakenOnlyWhileThereIsRoom() {
		var gathering = new Gathering(aGathering().seats(1, 1).details(), false, null, Instant.now());
		assertThat(gathering.hasSeat(AttendanceMode.IN_PERSON, 0)).isTrue();
		assertThat(gathering.hasSeat(AttendanceMode.IN_PERSON, 1)).isFalse();
	}

}
