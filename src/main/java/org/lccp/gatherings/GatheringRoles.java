package org.lccp.gatherings;

import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * The role checks every public write of the module's facades makes itself, so that a
 * write reached from another module is refused as it would be by address.
 */
final class GatheringRoles {

	private GatheringRoles() {
	}

	static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	static CurrentUser.AccountPrincipal requireMember() {
		var user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("members only"));
		if (!CurrentUser.has(Role.MEMBER)) {
			throw new AccessDeniedException("members only");
		}
		return user;
	}

}
