package org.lccp.identity.apiaccess;

import java.time.Clock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lccp.identity.AuditLog;
import org.lccp.shared.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: made, listed and revoked by their owner, checked by hash. */
@Service
class ApiTokens {

	static final String PREFIX = "lccp_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenStore store;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(ApiTokenStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** Makes a token for the signed-in account; the secret is returned only now. */
	@Transactional
	String create(String name, ApiToken.Scope scope) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var token = this.store.save(new ApiToken(CurrentUser.id(), name.strip(), scope, hash(secret),
				secret.substring(0, 12), this.clock.instant()));
		this.audit.record("ApiToken", token.getId(), "CREATED", name.strip() + " (" + scope + ")");
		return secret;
	}

	@Transactional(readOnly = true)
	List<ApiToken.View> mine() {
		return this.store.findByAccountIdOrderByCreatedAtDesc(CurrentUser.id()).stream().map(ApiToken::view).toList();
	}

	@Transactional
	void revoke(UUID id) {
		var token = this.store.findById(id).filter((t) -> t.getAccountId().equals(CurrentUser.id()));
		token.ifPresent((t) -> {
			t.revoke(this.clock.instant());
			this.audit.record("ApiToken", id, "REVOKED", null);
		});
	}

	/** The active token with this secret, marked as used. */
	@Transactional
	Optional<ApiToken> use(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		var token = this.store.findByTokenHash(hash(secret)).filter(ApiToken::isActive);
		token.ifPresent((t) -> t.used(this.clock.instant()));
		return token;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
