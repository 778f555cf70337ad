package org.lccp.membership;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "application_message")
class ApplicationMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id")
	private UUID applicationId;

	@Column(name = "author_id")
	private UUID authorId;

	@Column(name = "from_secretariat")
	private boolean fromSecretariat;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ApplicationMessage() {
	}

	ApplicationMessage(UUID applicationId, UUID authorId, boolean fromSecretariat, String body, Instant createdAt) {
		this.applicationId = applicationId;
		this.authorId = authorId;
		this.fromSecretariat = fromSecretariat;
		this.body = body;
		this.createdAt = createdAt;
	}

	MembershipManagement.Message view() {
		return new MembershipManagement.Message(this.fromSecretariat, this.body, this.createdAt);
	}

}
