package org.lccp.inventory;

import org.lccp.identity.OpenApiPosts;
import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The calculator, the inventory check and published inventories are open to everyone;
 * focal points and the secretariat compile, the secretariat and experts check.
 */
@Component
class InventoryAccessRules implements HttpAccessRules {

	private static final String FOCAL = Role.CITY_FOCAL_POINT.name();

	private static final String SECRETARIAT = Role.SECRETARIAT.name();

	private static final String EXPERT = Role.EXPERT.name();

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, "/api/v1/calculations", "/api/v1/inventory-checks")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/inventories/check", "/inventories/template.csv")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/inventories/check")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/inventories", "/api/v1/inventories/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/inventories/import", "/inventories/*/lines/*")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/inventories/*/lines", "/inventories/*/lines/*",
					"/inventories/*/lines/*/delete", "/inventories/*/recalculate")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/inventories/import", "/inventories/*/submit", "/inventories/*/correct",
					"/inventories/*/facts")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/inventories/*/check")
			.hasAnyRole(SECRETARIAT, EXPERT)
			.requestMatchers(HttpMethod.POST, "/inventories/*/publish", "/inventories/factors/grid")
			.hasRole(SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/inventories/factors/city", "/inventories/factors/*")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.GET, "/inventories", "/inventories/*", "/inventories/*/export.csv",
					"/inventories/*/export.xlsx", "/inventories/*/crf.csv", "/inventories/template.xlsx",
					"/inventories/factors", "/inventories/*/recalculation", "/inventories/guide")
			.permitAll();
	}

	/** Computations from the request body, open without CSRF token or account. */
	@Bean
	static OpenApiPosts inventoryComputations() {
		return OpenApiPosts.of("/api/v1/calculations", "/api/v1/inventory-checks");
	}

	@Bean
	static NavigationItem inventoriesLink() {
		return NavigationItem.main("/inventories", "layout.nav.inventories", 33);
	}

}
