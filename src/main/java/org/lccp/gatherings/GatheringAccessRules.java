package org.lccp.gatherings;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The calendar, gathering pages, feeds and API are public; members register, cancel and
 * give feedback; the secretariat manages gatherings and participants.
 */
@Component
class GatheringAccessRules implements HttpAccessRules {

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules
			.requestMatchers(HttpMethod.GET, "/gatherings", "/gatherings/*", "/gatherings/*/calendar.ics",
					"/api/v1/gatherings", "/api/v1/gatherings/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/gatherings/*/registration", "/gatherings/*/registration/cancel",
					"/gatherings/*/feedback")
			.hasRole(Role.MEMBER.name())
			.requestMatchers("/admin/gatherings", "/admin/gatherings/**")
			.hasRole(Role.SECRETARIAT.name());
	}

	@Bean
	static NavigationItem calendarLink() {
		return NavigationItem.main("/gatherings", "gatherings.nav.calendar", 30);
	}

	@Bean
	static NavigationItem gatheringsAdminLink() {
		return NavigationItem.secretariat("/admin/gatherings", "gatherings.nav.admin", 30);
	}

}
