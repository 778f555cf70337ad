package org.lccp.pathways;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Pathways and progress are open to everyone; a city's focal points and the secretariat
 * save BAU scenarios (the facade then checks that a focal point edits their own city).
 */
@Component
class PathwaysAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/cities/*/pathways", "/api/v1/cities/*/pathways")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/cities/*/pathways/bau/new")
			.hasAnyRole(Role.CITY_FOCAL_POINT.name(), Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/cities/*/pathways/bau")
			.hasAnyRole(Role.CITY_FOCAL_POINT.name(), Role.SECRETARIAT.name());
	}

}
