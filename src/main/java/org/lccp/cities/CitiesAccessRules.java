package org.lccp.cities;

import org.lccp.identity.ApiWriteEndpoints;
import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Reading cities and targets, on pages and through the API, needs no account; focal
 * points and the secretariat edit (the facade then checks that a focal point edits their
 * own city). The open-data page, the bulk download and the API description are the
 * opendata module's rules, the member institutions membership's.
 */
@Component
class CitiesAccessRules implements HttpAccessRules {

	private static final String FOCAL = Role.CITY_FOCAL_POINT.name();

	private static final String SECRETARIAT = Role.SECRETARIAT.name();

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/cities/new", "/countries/*/targets/new")
			.hasRole(SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/cities", "/cities/*/focal-points", "/cities/*/focal-points/remove",
					"/countries/*/targets")
			.hasRole(SECRETARIAT)
			.requestMatchers(HttpMethod.GET, "/cities/*/edit", "/cities/*/targets/new", "/targets/*/edit",
					"/cities/*/facts/new", "/cities/*/facts/*/edit")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/cities/*/edit", "/cities/*/targets", "/targets/*/edit",
					"/targets/*/progress", "/cities/*/facts", "/cities/*/facts/*/edit", "/cities/*/facts/*/delete")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.GET, "/cities", "/cities/compare", "/cities/map", "/cities/map/data",
					"/cities/*", "/targets", "/targets/*", "/countries", "/countries/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/cities", "/api/v1/cities/*", "/api/v1/countries",
					"/api/v1/countries/*", "/api/v1/targets", "/api/v1/targets/*")
			.permitAll()
			.requestMatchers("/admin/cities/import", "/admin/cities/import/**")
			.hasRole(SECRETARIAT);
	}

	/**
	 * With a token of scope WRITE (identity's token chain), editors write targets and
	 * progress.
	 */
	@Bean
	static ApiWriteEndpoints citiesApiPosts() {
		return ApiWriteEndpoints.of(HttpMethod.POST, "/api/v1/cities/*/targets", "/api/v1/targets/*/progress");
	}

	@Bean
	static ApiWriteEndpoints citiesApiPuts() {
		return ApiWriteEndpoints.of(HttpMethod.PUT, "/api/v1/targets/*");
	}

	@Bean
	static NavigationItem citiesLink() {
		return NavigationItem.main("/cities", "layout.nav.cities", 30);
	}

	@Bean
	static NavigationItem targetsLink() {
		return NavigationItem.main("/targets", "layout.nav.targets", 31);
	}

	@Bean
	static NavigationItem importLink() {
		return NavigationItem.secretariat("/admin/cities/import", "layout.nav.cityImport", 40);
	}

}
