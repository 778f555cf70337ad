package org.lccp.membership;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "application_transition")
class ApplicationTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state")
	private ApplicationState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state")
	private ApplicationState toState;

	@Column(name = "actor_id")
	private UUID actorId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	protected ApplicationTransition() {
	}

	ApplicationTransition(UUID applicationId, ApplicationState from, ApplicationState to, UUID actorId,
			Instant occurredAt) {
		this.applicationId = applicationId;
		this.fromState = from;
		this.toState = to;
		this.actorId = actorId;
		this.occurredAt = occurredAt;
	}

	MembershipManagement.Transition view() {
		return new MembershipManagement.Transition(this.fromState, this.toState, this.occurredAt);
	}

}
