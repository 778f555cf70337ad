package org.lccp.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for the URLs it serves. The identity module collects every
 * module's rules into the one security filter chain and denies whatever no rule names, so
 * a new endpoint without a rule is refused.
 */
public interface HttpAccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
