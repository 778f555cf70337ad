package org.lccp.shared.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The platform's URL rules, written as with Spring Security's
 * {@code authorizeHttpRequests} (the same method names, the same first-rule-wins order),
 * but kept apart by the first segment of their paths.
 * <p>
 * Why not Spring's registry itself: it tries its rules one after another for every
 * request, and the platform has some three hundred; matching them was 9 % of the CPU time
 * of a search page (BENCHMARKS.md, issue 17). Here a request is tried only against the
 * rules whose pattern can match its first segment (and the rules that can match any path,
 * in their places), each group decided by Spring's own
 * {@link RequestMatcherDelegatingAuthorizationManager}, so the first rule that matches is
 * the one it would have been in the whole list.
 */
public final class AccessRuleRegistry {

	/** The group of the rules whose first path segment is not a literal. */
	private static final String ANY_SEGMENT = "";

	/**
	 * Patterns from the root of the application, as the groups are chosen by the
	 * request's first segment there.
	 */
	private final PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();

	private final List<Entry> entries = new ArrayList<>();

	public Rule requestMatchers(HttpMethod method, String... patterns) {
		return new Rule(patterns(method, patterns));
	}

	public Rule requestMatchers(String... patterns) {
		return new Rule(patterns(null, patterns));
	}

	/** Matchers that are not path patterns, tried for every path in their place. */
	public Rule requestMatchers(RequestMatcher... matchers) {
		var list = new ArrayList<Target>();
		for (var matcher : matchers) {
			list.add(new Target(matcher, ANY_SEGMENT));
		}
		return new Rule(list);
	}

	public Rule anyRequest() {
		return new Rule(List.of(new Target(AnyRequestMatcher.INSTANCE, ANY_SEGMENT)));
	}

	private List<Target> patterns(@Nullable HttpMethod method, String... patterns) {
		var list = new ArrayList<Target>();
		for (var pattern : patterns) {
			var matcher = (method == null) ? this.matchers.matcher(pattern) : this.matchers.matcher(method, pattern);
			list.add(new Target(matcher, firstSegment(pattern)));
		}
		return list;
	}

	/**
	 * The literal first segment of a path pattern, or {@link #ANY_SEGMENT} when the
	 * pattern may match more than one first segment ({@code /**}, {@code /{id}},
	 * {@code /*.css}).
	 */
	static String firstSegment(String pattern) {
		if (!pattern.startsWith("/")) {
			return ANY_SEGMENT;
		}
		var end = pattern.indexOf('/', 1);
		var segment = pattern.substring(1, (end < 0) ? pattern.length() : end);
		for (var i = 0; i < segment.length(); i++) {
			var c = segment.charAt(i);
			if (c == '*' || c == '?' || c == '{' || c == '}' || c == ';' || c == '%') {
				return ANY_SEGMENT;
			}
		}
		return segment;
	}

	/**
	 * One authorization manager for all the rules given so far; the rules' managers come
	 * from the factory, as in Spring's registry.
	 */
	public AuthorizationManager<RequestAuthorizationContext> build(
			AuthorizationManagerFactory<RequestAuthorizationContext> factory) {
		var decided = decided(factory);
		var segments = new LinkedHashSet<String>();
		segments.add(ANY_SEGMENT);
		decided.forEach((rule) -> segments.add(rule.segment()));
		var groups = new HashMap<String, RequestMatcherDelegatingAuthorizationManager>();
		for (var segment : segments) {
			groups.put(segment,
					inOrder(decided, (rule) -> rule.segment().equals(ANY_SEGMENT) || rule.segment().equals(segment)));
		}
		return new BySegment(Map.copyOf(groups));
	}

	/**
	 * The same rules tried one after another, as Spring's registry would: what the groups
	 * are checked against.
	 */
	AuthorizationManager<HttpServletRequest> inOrder(AuthorizationManagerFactory<RequestAuthorizationContext> factory) {
		return inOrder(decided(factory), (rule) -> true);
	}

	private List<Decided> decided(AuthorizationManagerFactory<RequestAuthorizationContext> factory) {
		return this.entries.stream()
			.map((entry) -> new Decided(entry.target().matcher(), entry.target().segment(),
					entry.access().apply(factory)))
			.toList();
	}

	private static RequestMatcherDelegatingAuthorizationManager inOrder(List<Decided> rules, Predicate<Decided> taken) {
		var builder = RequestMatcherDelegatingAuthorizationManager.builder();
		rules.stream().filter(taken).forEach((rule) -> builder.add(rule.matcher(), rule.manager()));
		return builder.build();
	}

	private AccessRuleRegistry add(List<Target> targets, Access access) {
		targets.forEach((target) -> this.entries.add(new Entry(target, access)));
		return this;
	}

	/** The paths of one call to {@code requestMatchers}, waiting for who may use them. */
	public final class Rule {

		private final List<Target> rules;

		private Rule(List<Target> rules) {
			this.rules = rules;
		}

		public AccessRuleRegistry permitAll() {
			return add(this.rules, AuthorizationManagerFactory::permitAll);
		}

		public AccessRuleRegistry denyAll() {
			return add(this.rules, AuthorizationManagerFactory::denyAll);
		}

		public AccessRuleRegistry authenticated() {
			return add(this.rules, AuthorizationManagerFactory::authenticated);
		}

		public AccessRuleRegistry hasRole(String role) {
			return add(this.rules, (factory) -> factory.hasRole(role));
		}

		public AccessRuleRegistry hasAnyRole(String... roles) {
			var copy = roles.clone();
			return add(this.rules, (factory) -> factory.hasAnyRole(copy));
		}

		public AccessRuleRegistry hasAuthority(String authority) {
			return add(this.rules, (factory) -> factory.hasAuthority(authority));
		}

		public AccessRuleRegistry access(AuthorizationManager<RequestAuthorizationContext> manager) {
			return add(this.rules, (factory) -> manager);
		}

	}

	/** Who may use a rule's paths, made by the factory when the rules are built. */
	private interface Access {

		AuthorizationManager<? super RequestAuthorizationContext> apply(
				AuthorizationManagerFactory<RequestAuthorizationContext> factory);

	}

	/** What a rule matches, and the group of its first path segment. */
	private record Target(RequestMatcher matcher, String segment) {
	}

	private record Entry(Target target, Access access) {
	}

	/** A rule with its manager made: each made once, whichever groups it belongs to. */
	private record Decided(RequestMatcher matcher, String segment,
			AuthorizationManager<? super RequestAuthorizationContext> manager) {
	}

	/** Picks the group of rules by the request's first path segment. */
	private record BySegment(Map<String, RequestMatcherDelegatingAuthorizationManager> groups)
			implements
				AuthorizationManager<RequestAuthorizationContext> {

		@Override
		public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
				RequestAuthorizationContext context) {
			var request = context.getRequest();
			var group = this.groups.get(firstSegment(request));
			if (group == null) {
				group = this.groups.get(ANY_SEGMENT);
			}
			return group.authorize(authentication, request);
		}

		/**
		 * The request's first segment as path patterns see it: within the application,
		 * decoded, without path parameters.
		 */
		private static String firstSegment(HttpServletRequest request) {
			RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
					? ServletRequestPathUtils.getParsedRequestPath(request)
					: RequestPath.parse(request.getRequestURI(), request.getContextPath());
			for (var element : path.pathWithinApplication().elements()) {
				if (element instanceof PathContainer.PathSegment segment) {
					return segment.valueToMatch();
				}
			}
			return ANY_SEGMENT;
		}

	}

}
