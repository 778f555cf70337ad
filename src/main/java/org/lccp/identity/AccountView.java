package org.lccp.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;

/**
 * What other modules and pages may know of an account.
 */
public record AccountView(UUID id, String email, String displayName, Language language, String affiliation,
		Set<Role> roles, boolean verified, Instant createdAt) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
