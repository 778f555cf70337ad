package org.lccp.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRuleRegistryTest {

	private static final Supplier<Authentication> ANONYMOUS = () -> new AnonymousAuthenticationToken("key", "anonymous",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private static final Supplier<Authentication> MEMBER = () -> UsernamePasswordAuthenticationToken
		.authenticated("member", "", AuthorityUtils.createAuthorityList("ROLE_MEMBER"));

	private static final Supplier<Authentication> SECRETARIAT = () -> UsernamePasswordAuthenticationToken
		.authenticated("secretariat", "", AuthorityUtils.createAuthorityList("ROLE_SECRETARIAT", "SCOPE_WRITE"));

	/**
	 * Rules whose order matters across groups: a rule for any first segment ahead of the
	 * literal ones, literal rules after a catch-all of their own segment, a matcher that
	 * is not a pattern, and the final refusal.
	 */
	private static AccessRuleRegistry rules() {
		var rules = new AccessRuleRegistry();
		rules.requestMatchers("/assets/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/*/feed")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/search", "/cities", "/cities/*", "/api/v1/cities/{id}")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/cities/*/targets")
			.hasAnyRole("MEMBER", "SECRETARIAT")
			.requestMatchers("/admin/**")
			.hasRole("SECRETARIAT")
			.requestMatchers(HttpMethod.GET, "/admin/open")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/**")
			.hasAuthority("SCOPE_WRITE")
			.requestMatchers("/my/**", "/cities/*/edit")
			.authenticated()
			.requestMatchers("/{section}/shown")
			.denyAll()
			.requestMatchers(HttpMethod.GET, "/private/shown")
			.permitAll()
			.requestMatchers((request) -> request.getParameter("open") != null)
			.permitAll()
			.anyRequest()
			.denyAll();
		return rules;
	}

	@Test
	void decidesEveryRequestAsTheSameRulesTriedOneAfterAnother() {
		var factory = new DefaultAuthorizationManagerFactory<RequestAuthorizationContext>();
		var rules = rules();
		var grouped = rules.build(factory);
		var inOrder = rules.inOrder(factory);
		var paths = List.of("/", "/search", "/search/", "/search;jsessionid=1", "/%73earch", "/SEARCH", "/cities",
				"/cities/seoul", "/cities/seoul/edit", "/cities/seoul/targets", "/cities/seoul/feed", "/news/feed",
				"/my/feed", "/admin", "/admin/open", "/admin/users", "/api/v1/cities/1", "/api/v1/targets",
				"/my/profile", "/private/shown", "/public/shown", "/assets/site.css", "/favicon.ico", "/unknown",
				"//search", "/search?open=1", "/unknown?open=1", "/admin/users?open=1");
		var checked = 0;
		for (var contextPath : List.of("", "/lccp")) {
			for (var path : paths) {
				for (var method : List.of("GET", "POST", "DELETE")) {
					for (var who : List.of(ANONYMOUS, MEMBER, SECRETARIAT)) {
						var request = request(method, contextPath, path);
						assertThat(granted(grouped, who, request))
							.as("%s %s%s as %s", method, contextPath, path, who.get().getName())
							.isEqualTo(inOrder.authorize(who, request(method, contextPath, path)).isGranted());
						checked++;
					}
				}
			}
		}
		assertThat(checked).isEqualTo(2 * paths.size() * 3 * 3);
	}

	@Test
	void theFirstRuleThatMatchesDecidesEvenWhenItCoversEveryFirstSegment() {
		var grouped = rules().build(new DefaultAuthorizationManagerFactory<>());
		// "/{section}/shown" comes before "/private/shown" and covers it.
		assertThat(granted(grouped, SECRETARIAT, request("GET", "", "/private/shown"))).isFalse();
		// "/*/feed" comes before the rule for signed-in readers of /my.
		assertThat(granted(grouped, ANONYMOUS, request("GET", "", "/my/feed"))).isTrue();
		assertThat(granted(grouped, ANONYMOUS, request("GET", "", "/my/profile"))).isFalse();
		// "/admin/**" comes before "/admin/open".
		assertThat(granted(grouped, ANONYMOUS, request("GET", "", "/admin/open"))).isFalse();
		assertThat(granted(grouped, MEMBER, request("POST", "", "/cities/seoul/targets"))).isTrue();
		assertThat(granted(grouped, ANONYMOUS, request("POST", "", "/cities/seoul/targets"))).isFalse();
		// Unnamed paths fall through to the matcher that is not a pattern, then are
		// refused.
		assertThat(granted(grouped, ANONYMOUS, request("GET", "", "/unknown?open=1"))).isTrue();
		assertThat(granted(grouped, SECRETARIAT, request("GET", "", "/unknown"))).isFalse();
	}

	@Test
	void aPatternsGroupIsItsLiteralFirstSegment() {
		var segments = new ArrayList<String>();
		for (var pattern : List.of("/search", "/cities/*", "/api/v1/**", "/**", "/*/feed", "/{id}", "/*.ico",
				"/favicon.ico", "/", "relative")) {
			segments.add(AccessRuleRegistry.firstSegment(pattern));
		}
		assertThat(segments).containsExactly("search", "cities", "api", "", "", "", "", "favicon.ico", "", "");
	}

	private static boolean granted(AuthorizationManager<RequestAuthorizationContext> manager,
			Supplier<Authentication> who, HttpServletRequest request) {
		var result = manager.authorize(who, new RequestAuthorizationContext(request));
		return result != null && result.isGranted();
	}

	private static MockHttpServletRequest request(String method, String contextPath, String pathAndQuery) {
		var query = pathAndQuery.indexOf('?');
		var path = (query < 0) ? pathAndQuery : pathAndQuery.substring(0, query);
		var request = new MockHttpServletRequest(method, contextPath + path);
		request.setContextPath(contextPath);
		if (query >= 0) {
			var parameter = pathAndQuery.substring(query + 1).split("=");
			request.setQueryString(pathAndQuery.substring(query + 1));
			request.addParameter(parameter[0], parameter[1]);
		}
		return request;
	}

}
