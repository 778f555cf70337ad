package org.lccp.gatherings;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.Outbox;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * Capacity, waiting list and promotion through the facade, against the real database.
 */
@LccpTest
class WaitingListTest {

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	GatheringRegistrations registrations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts people;

	@BeforeEach
	void setUp() {
		this.people = new TestAccounts(this.accounts);
	}

	@Test
	void theFirstInLineIsPromotedWhenAConfirmedParticipantCancels() {
		var id = aGathering().seats(2, null).createWith(this.programme);
		var first = member("First");
		var second = member("Second");
		var third = member("Third");
		var fourth = member("Fourth");
		assertThat(register(first, id, AttendanceMode.IN_PERSON).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(register(second, id, AttendanceMode.IN_PERSON).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		var waiting = register(third, id, AttendanceMode.IN_PERSON);
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(waiting.waitingPosition()).isEqualTo(1);
		assertThat(register(fourth, id, AttendanceMode.IN_PERSON).waitingPosition()).isEqualTo(2);
		// Online places have no limit and are not affected by the full room.
		assertThat(register(member("Online"), id, AttendanceMode.ONLINE).status())
			.isEqualTo(RegistrationStatus.CONFIRMED);

		as(second, () -> this.registrations.cancel(id));

		assertThat(status(third, id)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(fourth, id)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(as(fourth, () -> this.gatherings.page(id).myRegistration().waitingPosition())).isEqualTo(1);
		var figures = this.gatherings.figures(id);
		assertThat(figures.registeredInPerson()).isEqualTo(2);
		assertThat(figures.waitlistedInPerson()).isEqualTo(1);
		assertThat(figures.registeredOnline()).isEqualTo(1);
		assertThat(new Outbox(this.jdbc).latestTo(third.email()).subject()).startsWith("A place is free for you");
	}

	@Test
	void cancellingFromTheWaitingListPromotesNobody() {
		var id = aGathering().seats(1, null).createWith(this.programme);
		var first = member("First");
		var second = member("Second");
		var third = member("Third");
		register(first, id, AttendanceMode.IN_PERSON);
		register(second, id, AttendanceMode.IN_PERSON);
		register(third, id, AttendanceMode.IN_PERSON);
		as(second, () -> this.registrations.cancel(id));
		assertThat(status(first, id)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(third, id)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(this.gatherings.figures(id).registeredInPerson()).isEqualTo(1);
	}

	@Test
	void raisingTheCapacityPromotesFromTheWaitingList() {
		var builder = aGathering().seats(1, null);
		var id = builder.createWith(this.programme);
		var first = member("First");
		var second = member("Second");
		register(first, id, AttendanceMode.IN_PERSON);
		register(second, id, AttendanceMode.IN_PERSON);
		GatheringBuilder.asSecretariat(() -> this.programme.update(id, builder.seats(5, null).details(),
				this.gatherings.gathering(id).version()));
		assertThat(status(second, id)).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void registeringTwiceIsRefusedButRegisteringAgainAfterCancellingIsNot() {
		var id = aGathering().createWith(this.programme);
		var member = member("Twice");
		register(member, id, AttendanceMode.ONLINE);
		assertThatThrownBy(() -> register(member, id, AttendanceMode.IN_PERSON))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("gatherings.registration.already");
		as(member, () -> this.registrations.cancel(id));
		assertThat(register(member, id, AttendanceMode.IN_PERSON).status()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void registrationAfterTheDeadlineIsRefused() {
		var id = aGathering().registrationClosedSince(1).createWith(this.programme);
		assertThatThrownBy(() -> register(member("Late"), id, AttendanceMode.ONLINE))
			.isInstanceOf(RegistrationRefusedException.class)
			.hasMessage("gatherings.registration.closed");
	}

	@Test
	void theConfirmationMailCarriesTheCalendarLinkAndTheOnlineLinkForOnlineParticipants() {
		var builder = aGathering();
		var id = builder.createWith(this.programme);
		var member = member("Mail");
		register(member, id, AttendanceMode.ONLINE);
		var mail = new Outbox(this.jdbc).latestTo(member.email());
		assertThat(mail.subject()).isEqualTo("Registration confirmed: " + builder.title());
		assertThat(mail.body()).contains("/gatherings/" + id + "/calendar.ics").contains(builder.onlineLink());
		var calendar = this.jdbc.queryForObject(
				"select convert_from(attachment_content, 'UTF8') from mail_message where recipient = ? and attachment_name = ?",
				String.class, member.email(), "gathering-" + id + ".ics");
		assertThat(calendar).startsWith("BEGIN:VCALENDAR")
			.contains("UID:gathering-" + id + "@lccp")
			.doesNotContain(builder.onlineLink());
	}

	private TestAccount member(String name) {
		return this.people.create(name, Role.MEMBER);
	}

	private GatheringRegistrations.RegistrationOutcome register(TestAccount who, UUID id, AttendanceMode mode) {
		return as(who, () -> this.registrations.register(id, RegistrationAnswers.of(mode)));
	}

	private RegistrationStatus status(TestAccount who, UUID id) {
		return as(who, () -> this.gatherings.page(id).myRegistration().status());
	}

	private <T> T as(TestAccount who, java.util.function.Supplier<T> work) {
		return this.accounts.actingAs(who.id(), work);
	}

	private void as(TestAccount who, Runnable work) {
		this.accounts.actingAs(who.id(), () -> {
			work.run();
			return null;
		});
	}

}
