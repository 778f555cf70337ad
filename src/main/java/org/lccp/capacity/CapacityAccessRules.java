package org.lccp.capacity;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Needs, offers and their matches are open to read; cities and members post needs,
 * experts and institutions post offers, the sides accept, the secretariat brokers. The
 * facade checks again which side an account is on.
 */
@Component
class CapacityAccessRules implements HttpAccessRules {

	private static final String[] NEED_POSTERS = { Role.CITY_FOCAL_POINT.name(), Role.MEMBER.name(),
			Role.SECRETARIAT.name() };

	private static final String[] OFFER_POSTERS = { Role.EXPERT.name(), Role.RESOURCE_CENTRE.name(), Role.MEMBER.name(),
			Role.SECRETARIAT.name() };

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/capacity/needs/new")
			.hasAnyRole(NEED_POSTERS)
			.requestMatchers(HttpMethod.POST, "/capacity/needs")
			.hasAnyRole(NEED_POSTERS)
			.requestMatchers(HttpMethod.GET, "/capacity/offers/new")
			.hasAnyRole(OFFER_POSTERS)
			.requestMatchers(HttpMethod.POST, "/capacity/offers")
			.hasAnyRole(OFFER_POSTERS)
			// a resource centre brokers the needs of the programme area it stewards; the
			// facade checks the area and the term
			.requestMatchers(HttpMethod.POST, "/capacity/needs/*/proposals", "/capacity/needs/*/expert-proposals")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.RESOURCE_CENTRE.name())
			.requestMatchers(HttpMethod.POST, "/capacity/matches/*/plan", "/capacity/matches/*/outcome")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/capacity/matches/*/accept")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/capacity", "/capacity/needs/*", "/capacity/offers/*",
					"/api/v1/capacity/needs", "/api/v1/capacity/offers", "/api/v1/capacity/needs/*/suggestions")
			.permitAll();
	}

	@Bean
	static NavigationItem capacityLink() {
		return NavigationItem.main("/capacity", "capacity.nav", 48);
	}

}
