package org.lccp.identity;

import org.springframework.context.annotation.Bean;
import org.lccp.shared.web.NavigationItem;
import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

@Component
class IdentityAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules
			.requestMatchers(HttpMethod.GET, "/login", "/signup", "/signup/sent", "/signup/verify", "/password/forgot",
					"/password/forgot/sent", "/password/reset")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/signup", "/signup/resend", "/password/forgot", "/password/reset")
			.permitAll()
			.requestMatchers("/profile", "/password/change")
			.authenticated()
			.requestMatchers("/admin/accounts", "/admin/accounts/**", "/admin/audit")
			.hasRole(Role.SECRETARIAT.name());
	}

	@Bean
	static NavigationItem accountsLink() {
		return NavigationItem.secretariat("/admin/accounts", "layout.nav.accounts", 20);
	}

	@Bean
	static NavigationItem auditLink() {
		return NavigationItem.secretariat("/admin/audit", "layout.nav.audit", 30);
	}

}
