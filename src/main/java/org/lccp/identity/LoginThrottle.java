package org.lccp.identity;

import java.time.Clock;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing without letting anyone lock a member out. Only failed
 * logins count, in three ways: for one account from one address, for one account from all
 * addresses, and for one address over all accounts. When one of them passes its
 * allowance, the next attempt that it concerns must wait, and every further failure
 * doubles the wait, up to the login window; a success clears the account's counts from
 * that address. A member signing in from an address that has not failed is therefore not
 * held back by someone guessing their password elsewhere, unless the guessing is so
 * widespread that the account-wide allowance (ten times the per-address one) is passed;
 * colleagues behind one office address do not use up each other's allowance by signing
 * in. A held-back attempt never reaches the password check, so guessing costs the
 * attacker time instead of costing us bcrypt rounds.
 *
 * <p>
 * The counts live in bounded caches (Caffeine) that forget a count a window after its
 * last failure: a flood of invented user names evicts the least recently failed entries,
 * never the counts of the accounts being attacked. They are per node: across several
 * nodes an attacker gets the allowance once per node.
 */
class LoginThrottle extends OncePerRequestFilter {

	/** Every account allows this many times the per-pair failures from all addresses. */
	static final int ACCOUNT_FACTOR = 10;

	private final Cache<String, Failures> byPair;

	private final Cache<String, Failures> byAccount;

	private final Cache<String, Failures> byAddress;

	private final IdentityProperties properties;

	private final Clock clock;

	LoginThrottle(IdentityProperties properties, Clock clock) {
		this.properties = properties;
		this.byPair = cache(properties);
		this.byAccount = cache(properties);
		this.byAddress = cache(properties);
		this.clock = clock;
	}

	private static Cache<String, Failures> cache(IdentityProperties properties) {
		return Caffeine.newBuilder()
			.maximumSize(properties.loginTrackedEntries())
			.expireAfterWrite(properties.loginWindow())
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var account = account(request.getParameter("username"));
		var address = request.getRemoteAddr();
		var wait = waitFor(account, address, this.clock.instant());
		if (!wait.isZero()) {
			var seconds = Math.max(1, wait.toSeconds() + ((wait.toMillisPart() > 0) ? 1 : 0));
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
			return;
		}
		chain.doFilter(request, response);
	}

	/** How long an attempt for this account from this address must still wait. */
	Duration waitFor(String account, String address, Instant now) {
		var perAccount = this.properties.loginAttemptsPerAccount();
		var wait = Duration.ZERO;
		if (!account.isEmpty()) {
			wait = max(wait, wait(this.byPair.getIfPresent(pair(account, address)), perAccount, now));
			wait = max(wait, wait(this.byAccount.getIfPresent(account), perAccount * ACCOUNT_FACTOR, now));
		}
		return max(wait, wait(this.byAddress.getIfPresent(address), this.properties.loginAttemptsPerAddress(), now));
	}

	/** A password (or the account's state) was refused. */
	void failed(@org.jspecify.annotations.Nullable String username, String address) {
		var account = account(username);
		var now = this.clock.instant();
		if (!account.isEmpty()) {
			this.byPair.asMap().merge(pair(account, address), Failures.first(now), Failures::plus);
			this.byAccount.asMap().merge(account, Failures.first(now), Failures::plus);
		}
		this.byAddress.asMap().merge(address, Failures.first(now), Failures::plus);
	}

	/** Forgets an account's failures from this address after it signed in. */
	void succeeded(@org.jspecify.annotations.Nullable String email, String address) {
		var account = account(email);
		if (!account.isEmpty()) {
			this.byPair.invalidate(pair(account, address));
		}
	}

	private Duration wait(@org.jspecify.annotations.Nullable Failures failures, int allowance, Instant now) {
		if (failures == null || failures.count() < allowance) {
			return Duration.ZERO;
		}
		// 1 s after the allowance is used up, then 2, 4, 8 … up to the window
		var exponent = Math.min(30, failures.count() - allowance);
		var delay = Duration.ofSeconds(1L << exponent);
		if (delay.compareTo(this.properties.loginWindow()) > 0) {
			delay = this.properties.loginWindow();
		}
		var until = failures.last().plus(delay);
		return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static String account(@org.jspecify.annotations.Nullable String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static String pair(String account, String address) {
		return account + "\n" + address;
	}

	/** Failures counted within the window, and when the last one happened. */
	record Failures(int count, Instant last) {

		static Failures first(Instant at) {
			return new Failures(1, at);
		}

		Failures plus(Failures other) {
			return new Failures(this.count + other.count, other.last.isAfter(this.last) ? other.last : this.last);
		}

	}

}
