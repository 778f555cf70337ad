package org.lccp.shared.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in account, as every module sees it.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<AccountPrincipal> get() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public static UUID id() {
		return get().map(AccountPrincipal::id).orElseThrow(() -> new IllegalStateException("no signed-in account"));
	}

	public static boolean has(Role role) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch((a) -> role.authority().equals(a.getAuthority()));
	}

	/**
	 * Whether the code runs as the platform itself: start-up (the demo loaders),
	 * scheduled and background work, where the security context holds nobody. A request
	 * always holds somebody, an anonymous visitor included, so this is never true while
	 * serving one; writers meant only for demo data accept this or the secretariat.
	 */
	public static boolean isSystemWork() {
		return SecurityContextHolder.getContext().getAuthentication() == null;
	}

	/**
	 * What the security context keeps of an account: its id, email and display name.
	 */
	public interface AccountPrincipal {

		UUID id();

		String email();

		String displayName();

	}

}
