package org.lccp.gatherings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A participant's registration for a gathering, with their answers. */
@Entity
@Table(name = "gathering_registration")
class Registration {

	@Id
	private UUID id;

	@Column(name = "gathering_id")
	private UUID gatheringId;

	@Column(name = "account_id")
	private UUID accountId;

	private String name;

	private String email;

	@Enumerated(EnumType.STRING)
	private AttendanceMode mode;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private @Nullable String dietary;

	private @Nullable String accessibility;

	private @Nullable String interpretation;

	@Column(name = "registered_at")
	private Instant registeredAt;

	@Column(name = "confirmed_at")
	private @Nullable Instant confirmedAt;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	@Column(name = "checked_in_at")
	private @Nullable Instant checkedInAt;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(UUID gatheringId, UUID accountId, String name, String email, RegistrationAnswers answers,
			RegistrationStatus status, Instant registeredAt) {
		this.id = UUID.randomUUID();
		this.gatheringId = gatheringId;
		this.accountId = accountId;
		this.name = name;
		this.email = email;
		this.mode = answers.mode();
		this.dietary = answers.dietary();
		this.accessibility = answers.accessibility();
		this.interpretation = answers.interpretation();
		this.status = status;
		this.registeredAt = registeredAt;
		if (status == RegistrationStatus.CONFIRMED) {
			this.confirmedAt = this.registeredAt;
		}
	}

	/**
	 * @return whether the registration held a seat that is now free
	 */
	boolean cancel(Instant at) {
		if (this.status == RegistrationStatus.CANCELLED) {
			throw new RegistrationRefusedException("gatherings.registration.notRegistered");
		}
		var heldSeat = this.status == RegistrationStatus.CONFIRMED;
		this.status = RegistrationStatus.CANCELLED;
		this.cancelledAt = at;
		return heldSeat;
	}

	void promote(Instant at) {
		if (this.status != RegistrationStatus.WAITLISTED) {
			throw new IllegalStateException("only a waitlisted registration can be promoted");
		}
		this.status = RegistrationStatus.CONFIRMED;
		this.confirmedAt = at;
	}

	void checkIn(Instant at) {
		if (this.status != RegistrationStatus.CONFIRMED) {
			throw new RegistrationRefusedException("gatherings.checkIn.notConfirmed");
		}
		if (this.checkedInAt == null) {
			this.checkedInAt = at;
		}
	}

	void undoCheckIn() {
		this.checkedInAt = null;
	}

	GatheringRegistrations.Participant view() {
		return new GatheringRegistrations.Participant(this.id, this.name, this.email, this.mode, this.status,
				this.dietary, this.accessibility, this.interpretation, this.registeredAt, this.checkedInAt);
	}

	UUID getId() {
		return this.id;
	}

	UUID getGatheringId() {
		return this.gatheringId;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	String getName() {
		return this.name;
	}

	String getEmail() {
		return this.email;
	}

	AttendanceMode getMode() {
		return this.mode;
	}

	RegistrationStatus getStatus() {
		return this.status;
	}

	Instant getRegisteredAt() {
		return this.registeredAt;
	}

}
