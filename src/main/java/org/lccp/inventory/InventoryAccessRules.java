package org.lccp.inventory;

import org.lccp.identity.OpenApiPosts;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The calculator, the inventory check and published inventories are open to everyone;
 * focal points and the secretariat compile, the secretariat and experts check.
 */
@Component
class InventoryAccessRules implements HttpAccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/calculations", "/api/v1/inventory-checks")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/inventories/check", "/inventories/template.csv")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/inventories/check")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/inventories", "/api/v1/inventories/*")
			.permitAll();
	}

	/** Computations from the request body, open without CSRF token or account. */
	@Bean
	static OpenApiPosts inventoryComputations() {
		return OpenApiPosts.of("/api/v1/calculations", "/api/v1/inventory-checks");
	}

	@Bean
	static NavigationItem inventoryCheckLink() {
		return NavigationItem.main("/inventories/check", "layout.nav.inventoryCheck", 33);
	}

}
