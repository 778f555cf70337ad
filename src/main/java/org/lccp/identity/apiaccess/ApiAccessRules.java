package org.lccp.identity.apiaccess;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Members manage their own API tokens. */
@Component
class ApiAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/account/api-tokens")
			.hasRole(Role.MEMBER.name())
			.requestMatchers(HttpMethod.POST, "/account/api-tokens", "/account/api-tokens/*/revoke")
			.hasRole(Role.MEMBER.name());
	}

	@Bean
	static NavigationItem apiTokensLink() {
		return new NavigationItem(NavigationItem.Section.SIGNED_IN, "/account/api-tokens", "layout.nav.apiTokens", 95,
				Role.MEMBER);
	}

}
