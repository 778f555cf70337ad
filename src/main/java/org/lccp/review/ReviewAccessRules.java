package org.lccp.review;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Published reviews are open to everyone (drafts answer 404 from the facade to anyone
 * outside the host, the team and the secretariat); every step is a signed-in post whose
 * finer rule (own city, own team, lead) the facade checks.
 */
@Component
class ReviewAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules
			.requestMatchers(HttpMethod.GET, "/reviews", "/reviews/*", "/reviews/*/report.pdf", "/api/v1/reviews",
					"/api/v1/reviews/*", "/studies", "/studies/*", "/comparative-studies", "/comparative-studies/*",
					"/reviews/*/files/*", "/studies/*/files/*", "/api/v1/studies", "/api/v1/studies/*",
					"/studies/baseline-template.xlsx", "/reviews/recommendations/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/comparative-studies", "/comparative-studies/*/chapters",
					"/comparative-studies/*/publish")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.GET, "/cities/*/studies/new")
			.hasRole(Role.CITY_FOCAL_POINT.name())
			.requestMatchers(HttpMethod.POST, "/cities/*/studies", "/studies/*/comment", "/cities/*/studies/baseline")
			.hasRole(Role.CITY_FOCAL_POINT.name())
			.requestMatchers(HttpMethod.POST, "/studies/*/experts", "/studies/*/publish")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/studies/*/delivery")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/my/reviews", "/reviews/*/invitation")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/cities/*/reviews/new")
			.hasRole(Role.CITY_FOCAL_POINT.name())
			.requestMatchers(HttpMethod.GET, "/admin/reviews/open-recommendations")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/cities/*/reviews", "/reviews/*/recommendations/*/reply",
					"/reviews/*/recommendations/*/follow-up", "/reviews/*/self-assessment",
					"/reviews/*/team-findings/*/reply", "/reviews/*/members/*/objection", "/reviews/*/documents")
			.hasRole(Role.CITY_FOCAL_POINT.name())
			.requestMatchers(HttpMethod.POST, "/reviews/*/decision", "/reviews/*/members", "/reviews/*/reply-stage",
					"/reviews/*/publish")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/reviews/*/assessments", "/reviews/*/recommendations",
					"/reviews/*/team-findings", "/reviews/*/invitation")
			.authenticated();
	}

}
