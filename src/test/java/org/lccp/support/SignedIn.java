package org.lccp.support;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in account as the facades see it ({@link CurrentUser}), for module tests that
 * start without the identity module and its accounts table.
 */
public record SignedIn(UUID id, String email, String displayName) implements CurrentUser.AccountPrincipal {

	/** A new account id with the given name. */
	public static SignedIn account(String displayName) {
		var id = UUID.randomUUID();
		return new SignedIn(id, id + "@test.lccp.example", displayName);
	}

	/**
	 * Runs the work as this account holding the roles, then restores the caller's
	 * context.
	 */
	public <T> T as(Supplier<T> work, Role... roles) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		var authorities = Arrays.stream(roles).map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs the work as this account holding the roles. */
	public void run(Runnable work, Role... roles) {
		as(() -> {
			work.run();
			return null;
		}, roles);
	}

}
