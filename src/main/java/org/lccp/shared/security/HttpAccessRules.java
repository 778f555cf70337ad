package org.lccp.shared.security;

/**
 * A module's access rules for the URLs it serves. The identity module collects every
 * module's rules into the one security filter chain and denies whatever no rule names, so
 * a new endpoint without a rule is refused.
 */
public interface HttpAccessRules {

	void configure(AccessRuleRegistry rules);

}
