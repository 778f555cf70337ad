package org.lccp.portal;

import org.lccp.shared.web.NavigationItem;
import org.lccp.membership.InstitutionType;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.security.HttpAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the platform is, its activity areas and live membership figures.
 */
@Controller
class HomeController {

	private final MembershipManagement membership;

	HomeController(MembershipManagement membership) {
		this.membership = membership;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("counts", this.membership.counts());
		return "portal/home";
	}

	@GetMapping("/about")
	String about(Model model) {
		model.addAttribute("institutionTypes", InstitutionType.values());
		return "portal/about";
	}

	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		HttpAccessRules portalAccessRules() {
			return (rules) -> rules.requestMatchers(HttpMethod.GET, "/", "/about").permitAll();
		}

		@Bean
		NavigationItem aboutLink() {
			return NavigationItem.main("/about", "layout.nav.about", 90);
		}

	}

}
