package org.lccp.identity.apiaccess;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's personal API token. Only its SHA-256 hash is stored; the secret is shown
 * once, when it is made.
 */
@Entity
@Table(name = "personal_api_token")
class ApiToken {

	@Id
	private UUID id;

	@Column(name = "account_id")
	private UUID accountId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Scope scope;

	@Column(name = "token_hash")
	private String tokenHash;

	private String prefix;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(UUID accountId, String name, Scope scope, String tokenHash, String prefix, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.name = name;
		this.scope = scope;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
	}

	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	void used(Instant at) {
		this.lastUsedAt = at;
	}

	boolean isActive() {
		return this.revokedAt == null;
	}

	UUID getId() {
		return this.id;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	Scope getScope() {
		return this.scope;
	}

	View view() {
		return new View(this.id, this.name, this.scope, this.prefix, this.createdAt, this.lastUsedAt, this.revokedAt);
	}

	/**
	 * What a token allows: reading only, or reading and writing what its owner may edit.
	 */
	enum Scope {

		READ, WRITE

	}

	/** A token as its owner sees it, without the secret. */
	record View(UUID id, String name, Scope scope, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

}
