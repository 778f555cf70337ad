package org.lccp.programme;

import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * The check the programme's facades make before the secretariat's writes: the address
 * rules ({@link ProgrammeAccessRules}) guard only requests, and a call from another
 * module or a job must meet the same rule. Demo data writes through package-private
 * inserts instead.
 */
final class SecretariatOnly {

	private SecretariatOnly() {
	}

	static void require() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

}
