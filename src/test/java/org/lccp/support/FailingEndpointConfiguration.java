package org.lccp.support;

import org.lccp.shared.security.HttpAccessRules;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Test-only endpoints that fail on purpose, for tests of the error pages. Import it into
 * a test class and activate {@link #PROFILE}; that gives the class a Spring context of
 * its own, so the shared context (and its endpoint matrix) never sees these endpoints.
 * The profile also keeps them out of applications a test starts by hand, which scan the
 * test classes too.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile(FailingEndpointConfiguration.PROFILE)
public class FailingEndpointConfiguration {

	public static final String PROFILE = "failing-endpoint";

	/** A page whose controller throws an unexpected exception. */
	public static final String FAILING_PAGE = "/test-only/failure";

	/** The same under {@code /api/}. */
	public static final String FAILING_API = "/api/test-only/failure";

	/** An API endpoint without any access rule, so refused to everyone. */
	public static final String UNRULED_API = "/api/test-only/unruled";

	/** What the exception says; it must never reach a visitor. */
	public static final String SECRET_DETAIL = "internal detail 7f3a: connection string and such";

	@Bean
	HttpAccessRules failingEndpointAccessRules() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, FAILING_PAGE, FAILING_API).permitAll();
	}

	@Controller
	@Profile(PROFILE)
	static class FailingController {

		@GetMapping({ FAILING_PAGE, FAILING_API })
		String fail() {
			throw new IllegalStateException(SECRET_DETAIL);
		}

		@GetMapping(UNRULED_API)
		@ResponseBody
		String unruled() {
			return "nobody may read this";
		}

	}

}
