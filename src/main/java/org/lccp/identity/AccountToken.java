package org.lccp.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use, expiring token sent by mail. Only its SHA-256 hash is stored, so a leaked
 * table opens nothing.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD

	}

	@Id
	private UUID id;

	@Column(name = "account_id")
	private UUID accountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected AccountToken() {
	}

	private AccountToken(UUID accountId, Purpose purpose, String tokenHash, Duration validity, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = this.createdAt.plus(validity);
	}

	/** Issues a token; the returned secret goes into the mail and is never stored. */
	static Issued issue(UUID accountId, Purpose purpose, Duration validity, Instant now) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Issued(new AccountToken(accountId, purpose, hash(secret), validity, now), secret);
	}

	static String hash(String secret) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean usableFor(Purpose wanted, Instant now) {
		return this.purpose == wanted && this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant at) {
		this.usedAt = at;
	}

	UUID getAccountId() {
		return this.accountId;
	}

	record Issued(AccountToken token, String secret) {
	}

}
