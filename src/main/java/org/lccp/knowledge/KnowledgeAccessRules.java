package org.lccp.knowledge;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Reading, searching, feeds and the API are open (unpublished items answer 404 to those
 * who may not see them); any member account writes and submits; reviewing needs the
 * secretariat or a resource centre (which then may only review its categories); topics
 * and the index belong to the secretariat.
 */
@Component
class KnowledgeAccessRules implements HttpAccessRules {

	private static final String[] CONTRIBUTORS = { Role.MEMBER.name(), Role.CITY_FOCAL_POINT.name(), Role.EXPERT.name(),
			Role.RESOURCE_CENTRE.name(), Role.SECRETARIAT.name() };

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules
			.requestMatchers(HttpMethod.GET, "/knowledge", "/search", "/search/suggest", "/case-studies",
					"/case-studies/*", "/publications", "/publications/*", "/news", "/news/*", "/networks",
					"/networks/*", "/policies", "/policies/*", "/publications/*/file", "/knowledge/*/revisions/*",
					"/feeds/news", "/feeds/case-studies", "/api/v1/case-studies", "/api/v1/case-studies/*",
					"/api/v1/publications", "/api/v1/publications/*", "/api/v1/networks", "/api/v1/networks/*",
					"/api/v1/policies", "/api/v1/policies/*", "/api/v1/news", "/api/v1/news/*", "/tools", "/tools/*",
					"/api/v1/tools", "/api/v1/tools/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/knowledge/*/return", "/knowledge/*/publish", "/knowledge/*/unpublish")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.RESOURCE_CENTRE.name())
			.requestMatchers(HttpMethod.GET, "/admin/knowledge")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.RESOURCE_CENTRE.name())
			.requestMatchers(HttpMethod.GET, "/admin/compendium")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.RESOURCE_CENTRE.name())
			.requestMatchers(HttpMethod.POST, "/admin/compendium")
			.hasAnyRole(Role.SECRETARIAT.name(), Role.RESOURCE_CENTRE.name())
			.requestMatchers("/admin/knowledge/**")
			.hasRole(Role.SECRETARIAT.name())
			.requestMatchers(HttpMethod.GET, "/knowledge/form/city-choices", "/knowledge/form/gathering-choices",
					"/knowledge/form/related-choices")
			.hasAnyRole(CONTRIBUTORS)
			.requestMatchers("/my/knowledge", "/knowledge/new", "/knowledge", "/knowledge/*", "/knowledge/*/edit",
					"/knowledge/*/submit", "/knowledge/*/translations/*", "/knowledge/*/translations/*/delete",
					"/knowledge/*/attachments", "/knowledge/*/attachments/*/delete")
			.hasAnyRole(CONTRIBUTORS);
	}

	@Bean
	static NavigationItem knowledgeLink() {
		return NavigationItem.main("/knowledge", "knowledge.nav.hub", 15);
	}

	@Bean
	static NavigationItem searchLink() {
		return NavigationItem.main("/search", "knowledge.nav.search", 16);
	}

	@Bean
	static NavigationItem myKnowledgeLink() {
		return NavigationItem.member("/my/knowledge", "knowledge.nav.mine", 40);
	}

	@Bean
	static NavigationItem reviewLink() {
		return NavigationItem.secretariat("/admin/knowledge", "knowledge.nav.review", 40);
	}

	@Bean
	static NavigationItem topicsLink() {
		return NavigationItem.secretariat("/admin/knowledge/topics", "knowledge.nav.topics", 41);
	}

}
