package org.lccp.identity;

import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;

/**
 * Lets test support outside the identity module create verified accounts through the
 * facade's unchecked creation, which the application keeps to identity itself (the first
 * administrator) and, checked, to the demo data: tests set up accounts whoever is signed
 * in at the time.
 */
public final class TestAccountCreation {

	private TestAccountCreation() {
	}

	public static AccountView createVerified(AccountManagement accounts, String email, String password,
			String displayName, Language language, Role... roles) {
		return accounts.createVerified(email, password, displayName, language, roles);
	}

}
