package org.lccp.opendata;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The open-data page, the bulk download and the API's description are for everyone,
 * without an account.
 */
@Component
class OpenDataAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/open-data", "/open-data/lccp-open-data.zip")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
					"/swagger-ui/**")
			.permitAll();
	}

	@Bean
	static NavigationItem openDataLink() {
		return NavigationItem.main("/open-data", "layout.nav.openData", 32);
	}

}
