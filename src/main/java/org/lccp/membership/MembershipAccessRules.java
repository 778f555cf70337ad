package org.lccp.membership;

import org.springframework.context.annotation.Bean;
import org.lccp.shared.web.NavigationItem;
import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

@Component
class MembershipAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/members", "/members/*", "/api/v1/institutions")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/members/*/suspend", "/members/*/reinstate")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers("/membership/nominate")
			.hasRole(Role.NATIONAL_FOCAL_POINT.name())
			.requestMatchers("/membership/apply", "/membership/applications", "/membership/applications/**")
			.authenticated()
			.requestMatchers("/admin/membership", "/admin/membership/**")
			.hasRole(Role.SECRETARIAT.name());
	}

	@Bean
	static NavigationItem directoryLink() {
		return NavigationItem.main("/members", "layout.nav.members", 20);
	}

	@Bean
	static NavigationItem myApplicationsLink() {
		return NavigationItem.member("/membership/applications", "layout.nav.myApplications", 90);
	}

	@Bean
	static NavigationItem nominateLink() {
		return new NavigationItem(NavigationItem.Section.SIGNED_IN, "/membership/nominate", "layout.nav.nominate", 95,
				Role.NATIONAL_FOCAL_POINT);
	}

	@Bean
	static NavigationItem queueLink() {
		return NavigationItem.secretariat("/admin/membership", "layout.nav.queue", 10);
	}

}
