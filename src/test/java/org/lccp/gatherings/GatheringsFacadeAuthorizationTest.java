package org.lccp.gatherings;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * The gatherings facade checks roles itself, so a caller that skips the address rules
 * (another module, a job) can neither describe gatherings nor check people in, and nobody
 * registers without being a signed-in member.
 */
@LccpTest
class GatheringsFacadeAuthorizationTest {

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

	@Test
	void secretariatWritesWithoutTheSecretariatRoleAreRefusedAndChangeNothing() {
		var people = new TestAccounts(this.accounts);
		var member = people.create("Facade member", Role.MEMBER, Role.RESOURCE_CENTRE);
		var officer = people.create("Facade officer", Role.SECRETARIAT, Role.MEMBER);
		var builder = aGathering();
		var id = builder.createWith(this.programme);
		var registration = this.accounts
			.actingAs(member.id(), () -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.ONLINE)))
			.registrationId();
		var start = LocalDateTime.now().plusDays(30).withNano(0);
		var session = new GatheringProgramme.SessionDetails("Session", start, start.plusHours(1), null, null, null);

		this.accounts.actingAs(member.id(), () -> {
			assertThatThrownBy(() -> this.programme.create(aGathering().details()))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.programme.update(id, aGathering().titled("Taken over").details(), 0))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.programme.addSession(id, session)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.programme.removeSession(id, 1L)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(
					() -> this.programme.addMaterial(id, MaterialKind.DOCUMENT, "Report", "https://example.org/r"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.programme.removeMaterial(id, 1L)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(
					() -> this.programme.publishOutcome(id, "Outcome", this.gatherings.gathering(id).version()))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.registrations.checkIn(id, registration, true))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.registrations.participants(id)).isInstanceOf(AccessDeniedException.class);
			return null;
		});
		// Nobody signed in is refused too, the members' writes included.
		assertThatThrownBy(() -> this.programme.publishOutcome(id, "Outcome", this.gatherings.gathering(id).version()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.ONLINE)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registrations.cancel(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.registrations.giveFeedback(id, 5, null))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(this.jdbc.queryForMap("select title, outcome_summary from gathering where id = ?", id))
			.containsEntry("title", builder.title())
			.containsEntry("outcome_summary", null);
		assertThat(count("select count(*) from gathering_session where gathering_id = ?", id)).isZero();
		assertThat(count("select count(*) from gathering_material where gathering_id = ?", id)).isZero();
		assertThat(count("select count(*) from gathering_registration where id = ? and checked_in_at is not null",
				registration))
			.isZero();

		// The secretariat may.
		this.accounts.actingAs(officer.id(), () -> {
			this.programme.addSession(id, session);
			this.registrations.checkIn(id, registration, true);
			this.programme.publishOutcome(id, "Outcome", this.gatherings.gathering(id).version());
			return this.registrations.participants(id);
		});
		assertThat(this.jdbc.queryForObject("select outcome_summary from gathering where id = ?", String.class, id))
			.isEqualTo("Outcome");
		assertThat(count("select count(*) from gathering_session where gathering_id = ?", id)).isOne();
		assertThat(count("select count(*) from gathering_registration where id = ? and checked_in_at is not null",
				registration))
			.isOne();
	}

	private long count(String sql, UUID id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

}
