package org.lccp.gatherings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.shared.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.lccp.gatherings.GatheringRoles.requireMember;
import static org.lccp.gatherings.GatheringRoles.requireSecretariat;

/**
 * Registration with waiting lists, check-in and feedback. Every decision about a seat is
 * taken while the gathering's row is locked, so capacity holds under any number of
 * concurrent registrations; changes are audited and mailed in the same transaction.
 * <p>
 * Members register, cancel and give feedback; the secretariat checks people in and reads
 * the participant list. Each public method checks the caller's role itself.
 */
@Service
public class GatheringRegistrations {

	private final Gatherings gatherings;

	private final Registrations registrations;

	private final Feedbacks feedbacks;

	private final GatheringNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	GatheringRegistrations(Gatherings gatherings, Registrations registrations, Feedbacks feedbacks,
			GatheringNotices notices, AuditLog audit, Clock clock) {
		this.gatherings = gatherings;
		this.registrations = registrations;
		this.feedbacks = feedbacks;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers the signed-in member: a seat while there is one of the chosen kind,
	 * otherwise a place on the waiting list. A confirmation mail with the calendar link
	 * follows.
	 */
	@Transactional
	public RegistrationOutcome register(UUID id, RegistrationAnswers answers) {
		var user = requireMember();
		var gathering = locked(id);
		if (this.registrations.active(id, user.id()).isPresent()) {
			throw new RegistrationRefusedException("gatherings.registration.already");
		}
		var confirmed = this.registrations.countByGatheringIdAndModeAndStatus(id, answers.mode(),
				RegistrationStatus.CONFIRMED);
		var status = gathering.admit(answers.mode(), confirmed, this.clock.instant());
		var registration = this.registrations.save(new Registration(id, user.id(), user.displayName(), user.email(),
				answers, status, this.clock.instant()));
		// Under the lock nobody else joins meanwhile, so the newest is last in line.
		var position = status == RegistrationStatus.WAITLISTED ? (int) this.registrations
			.countByGatheringIdAndModeAndStatus(id, answers.mode(), RegistrationStatus.WAITLISTED) : 0;
		this.audit.record("GatheringRegistration", registration.getId(), "REGISTERED",
				"gathering=" + id + " mode=" + answers.mode() + " status=" + status);
		this.notices.registered(registration, gathering, position);
		return new RegistrationOutcome(registration.getId(), status, position);
	}

	/**
	 * Cancels the signed-in member's registration; a freed seat goes to the waiting list.
	 */
	@Transactional
	public void cancel(UUID id) {
		requireMember();
		var gathering = locked(id);
		var registration = this.registrations.active(id, CurrentUser.id())
			.orElseThrow(() -> new RegistrationRefusedException("gatherings.registration.notRegistered"));
		if (gathering.hasStarted(this.clock.instant())) {
			throw new RegistrationRefusedException("gatherings.registration.started");
		}
		var freedSeat = registration.cancel(this.clock.instant());
		this.audit.record("GatheringRegistration", registration.getId(), "CANCELLED", "gathering=" + id);
		this.notices.cancelled(registration, gathering);
		if (freedSeat) {
			// Flush the cancellation so that the count of seats below sees it.
			this.registrations.flush();
			fillSeats(gathering, registration.getMode());
		}
	}

	@Transactional
	public void checkIn(UUID id, UUID registrationId, boolean present) {
		requireSecretariat();
		var registration = this.registrations.findById(registrationId)
			.filter((r) -> r.getGatheringId().equals(id))
			.orElseThrow(() -> new GatheringNotFoundException(registrationId));
		if (present) {
			registration.checkIn(this.clock.instant());
		}
		else {
			registration.undoCheckIn();
		}
		this.audit.record("GatheringRegistration", registrationId, present ? "CHECKED_IN" : "CHECK_IN_UNDONE",
				"gathering=" + id);
	}

	@Transactional
	public void giveFeedback(UUID id, int rating, @Nullable String comment) {
		requireMember();
		var gathering = load(id);
		var me = CurrentUser.id();
		if (!gathering.hasStarted(this.clock.instant())) {
			throw new RegistrationRefusedException("gatherings.feedback.tooEarly");
		}
		var registration = this.registrations.active(id, me)
			.filter((r) -> r.getStatus() == RegistrationStatus.CONFIRMED)
			.orElseThrow(() -> new RegistrationRefusedException("gatherings.feedback.participantsOnly"));
		if (this.feedbacks.existsByGatheringIdAndAccountId(id, me)) {
			throw new RegistrationRefusedException("gatherings.feedback.already");
		}
		if (rating < 1 || rating > 5) {
			throw new RegistrationRefusedException("gatherings.feedback.rating");
		}
		this.feedbacks.save(new Feedback(id, me, rating, comment, this.clock.instant()));
		this.audit.record("GatheringRegistration", registration.getId(), "FEEDBACK_GIVEN", "rating=" + rating);
	}

	/** The participant list with contact details and needs: the secretariat's only. */
	@Transactional(readOnly = true)
	public List<Participant> participants(UUID id) {
		requireSecretariat();
		load(id);
		return this.registrations.participants(id).stream().map(Registration::view).toList();
	}

	/**
	 * Moves people up from the waiting list while seats of the kind are free, first come
	 * first served. The caller holds the gathering's lock and has checked the role (a
	 * cancellation, a raised capacity).
	 */
	void fillSeats(Gathering gathering, AttendanceMode mode) {
		var confirmed = this.registrations.countByGatheringIdAndModeAndStatus(gathering.getId(), mode,
				RegistrationStatus.CONFIRMED);
		for (var waiting : this.registrations.waitingList(gathering.getId(), mode)) {
			if (!gathering.hasSeat(mode, confirmed)) {
				break;
			}
			waiting.promote(this.clock.instant());
			confirmed++;
			this.audit.record("GatheringRegistration", waiting.getId(), "PROMOTED", "gathering=" + gathering.getId());
			this.notices.promoted(waiting, gathering);
		}
	}

	private Gathering load(UUID id) {
		return this.gatherings.findById(id).orElseThrow(() -> new GatheringNotFoundException(id));
	}

	private Gathering locked(UUID id) {
		return this.gatherings.lockById(id).orElseThrow(() -> new GatheringNotFoundException(id));
	}

	/** What came of a registration. */
	public record RegistrationOutcome(UUID registrationId, RegistrationStatus status, int waitingPosition) {
	}

	/** One participant, for the secretariat. */
	public record Participant(UUID id, String name, String email, AttendanceMode mode, RegistrationStatus status,
			@Nullable String dietary, @Nullable String accessibility, @Nullable String interpretation,
			Instant registeredAt, @Nullable Instant checkedInAt) {
	}

}
