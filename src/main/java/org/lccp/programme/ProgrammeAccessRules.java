package org.lccp.programme;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Reports to the Senior Officials Meeting are the secretariat's working documents until
 * submitted, so only the secretariat opens them; the work plan is open to read, as the
 * meeting approves it in public, as are projects, contributions and offers to host; only
 * the secretariat records or changes them. Resource centres are public; the secretariat
 * invites, and an account of the invited institution answers and reports (the facade
 * checks which institution the account belongs to).
 */
@Component
class ProgrammeAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers("/reports", "/reports/**")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/work-plan/items", "/work-plan/items/*/status",
					"/work-plan/items/*/links", "/projects", "/contributions", "/host-offers", "/resource-centres")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/resource-centres/*/accept", "/resource-centres/*/decline",
					"/resource-centres/*/reports")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/work-plan", "/work-plan/items/*", "/projects", "/projects/*",
					"/resource-centres", "/resource-centres/*")
			.permitAll();
	}

	@Bean
	static NavigationItem reportsLink() {
		return NavigationItem.secretariat("/reports", "programme.nav.reports", 80);
	}

	@Bean
	static NavigationItem projectsLink() {
		return NavigationItem.main("/projects", "programme.nav.projects", 61);
	}

	@Bean
	static NavigationItem centresLink() {
		return NavigationItem.main("/resource-centres", "programme.nav.centres", 62);
	}

	@Bean
	static NavigationItem workPlanLink() {
		return NavigationItem.main("/work-plan", "programme.nav.workPlan", 60);
	}

}
