package org.lccp.identity;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits login attempts per account and per client address with token buckets. A refused
 * attempt never reaches the password check, so guessing costs the attacker time instead
 * of costing us bcrypt rounds. The buckets live in this node's memory: across several
 * nodes the limit applies per node.
 */
class LoginThrottle extends OncePerRequestFilter {

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();

	private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

	private final IdentityProperties properties;

	LoginThrottle(IdentityProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var email = request.getParameter("username");
		var account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		var addressAllowed = bucket(this.byAddress, request.getRemoteAddr(), this.properties.loginAttemptsPerAddress())
			.tryConsume(1);
		var accountAllowed = account.isEmpty()
				|| bucket(this.byAccount, account, this.properties.loginAttemptsPerAccount()).tryConsume(1);
		if (!addressAllowed || !accountAllowed) {
			response.setHeader("Retry-After", String.valueOf(this.properties.loginWindow().toSeconds()));
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Forgets an account's attempts after it signed in successfully. */
	void succeeded(String email) {
		if (email != null) {
			this.byAccount.remove(email.strip().toLowerCase(Locale.ROOT));
		}
	}

	private Bucket bucket(Map<String, Bucket> buckets, String key, int attempts) {
		if (buckets.size() > MAX_TRACKED) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(attempts)
						.refillGreedy(attempts, this.properties.loginWindow())
						.build())
					.build());
	}

}
