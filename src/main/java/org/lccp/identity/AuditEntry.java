package org.lccp.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Column(name = "actor_id")
	private UUID actorId;

	@Column(name = "actor_email")
	private String actorEmail;

	@Column(name = "remote_address")
	private String remoteAddress;

	@Column(name = "record_type")
	private String recordType;

	@Column(name = "record_id")
	private String recordId;

	private String action;

	private String details;

	protected AuditEntry() {
	}

	AuditEntry(UUID actorId, String actorEmail, String remoteAddress, String recordType, String recordId, String action,
			String details, Instant occurredAt) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorEmail = actorEmail;
		this.remoteAddress = remoteAddress;
		this.recordType = recordType;
		this.recordId = recordId;
		this.action = action;
		this.details = details;
	}

	AuditLog.Entry view() {
		return new AuditLog.Entry(this.id, this.occurredAt, this.actorId, this.actorEmail, this.remoteAddress,
				this.recordType, this.recordId, this.action, this.details);
	}

}
