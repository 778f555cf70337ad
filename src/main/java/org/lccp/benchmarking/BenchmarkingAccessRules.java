package org.lccp.benchmarking;

import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Systems, values, peers and benchmark pages are open to read; the secretariat keeps
 * systems and league tables; a city's focal points (and the secretariat) report values
 * and save the city's peer groups. The facade checks again which city an account speaks
 * for.
 */
@Component
class BenchmarkingAccessRules implements HttpAccessRules {

	private static final String SECRETARIAT = Role.SECRETARIAT.name();

	private static final String FOCAL = Role.CITY_FOCAL_POINT.name();

	@Override
	public void configure(AccessRuleRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/benchmarking/import")
			.hasRole(SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/benchmarking/import", "/benchmarking/systems/*/league-table")
			.hasRole(SECRETARIAT)
			.requestMatchers(HttpMethod.GET, "/cities/*/benchmark/values/new")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.POST, "/cities/*/benchmark/values", "/cities/*/benchmark/peer-groups",
					"/benchmarking/peer-groups/*/delete")
			.hasAnyRole(FOCAL, SECRETARIAT)
			.requestMatchers(HttpMethod.GET, "/benchmarking", "/benchmarking/systems/*",
					"/benchmarking/systems/*/indicators.csv", "/benchmarking/systems/*/indicators.xlsx",
					"/benchmarking/clusters", "/cities/*/benchmark", "/cities/*/benchmark.csv",
					"/cities/*/benchmark.xlsx", "/cities/*/benchmark.pdf", "/api/v1/indicators",
					"/api/v1/indicator-values", "/api/v1/cities/*/peers")
			.permitAll();
	}

	@Bean
	static NavigationItem benchmarkingLink() {
		return NavigationItem.main("/benchmarking", "benchmarking.nav", 34);
	}

}
