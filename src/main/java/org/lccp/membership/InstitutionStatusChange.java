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
@Table(name = "institution_status_change")
class InstitutionStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "institution_id")
	private UUID institutionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private InstitutionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private InstitutionStatus toStatus;

	private String reason;

	@Column(name = "changed_by")
	private UUID changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	protected InstitutionStatusChange() {
	}

	InstitutionStatusChange(UUID institutionId, InstitutionStatus from, InstitutionStatus to, String reason,
			UUID changedBy, Instant changedAt) {
		this.institutionId = institutionId;
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	MembershipManagement.StatusChange view() {
		return new MembershipManagement.StatusChange(this.fromStatus, this.toStatus, this.reason, this.changedAt);
	}

}
