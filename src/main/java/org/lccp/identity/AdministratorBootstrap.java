package org.lccp.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first secretariat administrator when no secretariat account exists yet. Its
 * password comes from {@code lccp.identity.admin-password} (env
 * {@code LCCP_IDENTITY_ADMIN_PASSWORD}) or is generated and printed once; there is no
 * default password.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final AccountManagement accounts;

	private final IdentityProperties properties;

	AdministratorBootstrap(AccountManagement accounts, IdentityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAccountWithRole(Role.SECRETARIAT) || this.accounts.exists(this.properties.adminEmail())) {
			return;
		}
		var given = this.properties.adminPassword();
		var password = (given == null || given.isBlank()) ? generatePassword() : given;
		this.accounts.createVerified(this.properties.adminEmail(), password, "Secretariat administrator", Language.EN,
				Role.SECRETARIAT, Role.MEMBER);
		if (given == null || given.isBlank()) {
			log.warn("""

					=====================================================================
					 LCCP secretariat administrator created (shown once, not stored):
					   email:    {}
					   password: {}
					=====================================================================""",
					this.properties.adminEmail(), password);
		}
		else {
			log.info("LCCP secretariat administrator {} created with the configured password",
					this.properties.adminEmail());
		}
	}

	static String generatePassword() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
