package org.lccp.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's own rules, grouped by first segment, decide every mapped endpoint for
 * every role exactly as when tried one after another.
 */
@LccpTest
class ModuleRulesInGroupsTest {

	@Autowired
	List<HttpAccessRules> moduleRules;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyEndpointIsDecidedForEveryRoleAsByTheRulesInOrder() {
		var rules = new AccessRuleRegistry();
		this.moduleRules.forEach((m) -> m.configure(rules));
		rules.anyRequest().denyAll();
		var factory = new DefaultAuthorizationManagerFactory<RequestAuthorizationContext>();
		var grouped = rules.build(factory);
		var inOrder = rules.inOrder(factory);
		var people = new ArrayList<Supplier<Authentication>>();
		people.add(() -> new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		for (var role : Role.values()) {
			people.add(() -> UsernamePasswordAuthenticationToken.authenticated(role.name(), "",
					AuthorityUtils.createAuthorityList(role.authority())));
		}
		var granted = 0;
		var checked = 0;
		for (var info : this.handlerMapping.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
			for (var pattern : info.getPatternValues()) {
				var path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
				for (var method : methods) {
					for (var who : people) {
						var expected = inOrder.authorize(who, new MockHttpServletRequest(method, path)).isGranted();
						var result = grouped.authorize(who,
								new RequestAuthorizationContext(new MockHttpServletRequest(method, path)));
						assertThat(result != null && result.isGranted())
							.as("%s %s as %s", method, path, who.get().getName())
							.isEqualTo(expected);
						granted += expected ? 1 : 0;
						checked++;
					}
				}
			}
		}
		// Both answers occur, so the comparison is not between two managers that refuse
		// all.
		assertThat(checked).isGreaterThan(1000);
		assertThat(granted).isBetween(checked / 10, checked - checked / 10);
	}

}
