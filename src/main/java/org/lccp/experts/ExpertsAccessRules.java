package org.lccp.experts;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The roster is open to read; members keep their own entry; the secretariat vets. The
 * facade checks again, and a profile that is not listed is found only by its expert and
 * the secretariat.
 */
@Component
class ExpertsAccessRules implements HttpAccessRules {

	private static final String[] MEMBERS = { Role.MEMBER.name(), Role.CITY_FOCAL_POINT.name(), Role.EXPERT.name(),
			Role.RESOURCE_CENTRE.name(), Role.SECRETARIAT.name() };

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/my/expert-profile")
			.hasAnyRole(MEMBERS)
			.requestMatchers(HttpMethod.POST, "/my/expert-profile", "/my/expert-profile/withdraw")
			.hasAnyRole(MEMBERS)
			.requestMatchers(HttpMethod.GET, "/admin/experts")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.POST, "/admin/experts/*/list", "/admin/experts/*/decline")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.GET, "/experts", "/experts/*", "/api/v1/experts", "/api/v1/experts/*")
			.permitAll();
	}

	@Bean
	static NavigationItem rosterLink() {
		return NavigationItem.main("/experts", "experts.nav", 49);
	}

	@Bean
	static NavigationItem ownEntryLink() {
		return NavigationItem.member("/my/expert-profile", "experts.nav.mine", 50);
	}

	@Bean
	static NavigationItem vettingLink() {
		return NavigationItem.secretariat("/admin/experts", "experts.nav.admin", 50);
	}

}
