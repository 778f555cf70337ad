package org.lccp.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lccp.shared.i18n.LanguageLocaleResolver;
import org.lccp.shared.security.AccessRuleRegistry;
import org.lccp.shared.security.HttpAccessRules;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The one security filter chain. Every module contributes its URL rules as
 * {@link HttpAccessRules}; whatever no rule names is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * No Micrometer observation around each of the chain's filters, authentications and
	 * decisions: nothing reads them (the requests' own metrics come from MVC), and
	 * wrapping fifteen filters per request was 2–3 % of a page's CPU time (BENCHMARKS.md,
	 * issue 17).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder();
	}

	/**
	 * Checks the password before telling whether an account is unverified or locked, so
	 * that those states are revealed only to someone who already knows the password.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder) {
		var provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		var checks = new AccountStatusUserDetailsChecker();
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(checks);
		return provider;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	LoginThrottle loginThrottle(IdentityProperties properties, java.time.Clock clock) {
		return new LoginThrottle(properties, clock);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<HttpAccessRules> moduleRules,
			List<OpenApiPosts> openPosts, LoginThrottle throttle, Accounts accounts, SecurityContextRepository contexts,
			PlatformTransactionManager transactions, LocaleResolver localeResolver,
			DaoAuthenticationProvider authenticationProvider, ApplicationContext application) throws Exception {
		var readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		RequestMatcher api = (request) -> request.getServletPath().startsWith("/api/");

		var openPostMatchers = openPosts.stream()
			.flatMap((o) -> o.patterns().stream())
			.map((p) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, p))
			.toList();
		http.securityContext((context) -> context.securityContextRepository(contexts))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(openPostMatchers.toArray(RequestMatcher[]::new)))
			.authenticationProvider(authenticationProvider)
			.authorizeHttpRequests((rules) -> rules.anyRequest().access(accessRules(moduleRules, application)))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(successHandler(throttle, localeResolver, accounts, readOnly))
				.failureHandler((request, response, exception) -> {
					if (exception instanceof org.springframework.security.authentication.BadCredentialsException) {
						throttle.failed(request.getParameter("username"), request.getRemoteAddr());
					}
					loginFailed(request, response, exception);
				})
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(unauthorized(), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE)
				.accessDeniedHandler(denied()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new AccountRefresh(accounts, contexts, readOnly), SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * Every module's rules in one manager, kept apart by first path segment (see
	 * {@link AccessRuleRegistry}); the login and logout pages are added ahead of them by
	 * Spring's form login.
	 */
	private static AuthorizationManager<RequestAuthorizationContext> accessRules(List<HttpAccessRules> moduleRules,
			ApplicationContext application) {
		var rules = new AccessRuleRegistry();
		rules.requestMatchers("/assets/**", "/webjars/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
			.permitAll();
		moduleRules.forEach((m) -> m.configure(rules));
		rules.requestMatchers(unmapped(application)).permitAll().anyRequest().denyAll();
		return rules.build(new DefaultAuthorizationManagerFactory<>());
	}

	/**
	 * Matches addresses that no controller serves, so that a mistyped address answers 404
	 * to everyone instead of sending a visitor to the login page. Mapped endpoints never
	 * match, so each of them still needs its own rule.
	 */
	private static RequestMatcher unmapped(ApplicationContext context) {
		return (request) -> {
			var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
			var previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
			try {
				ServletRequestPathUtils.parseAndCache(request);
				return mapping.getHandler(request) == null;
			}
			catch (Exception ex) {
				// Wrong method or media type on a mapped path: that path has rules of its
				// own.
				return false;
			}
			finally {
				if (previous == null) {
					ServletRequestPathUtils.clearParsedRequestPath(request);
				}
				else {
					request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
				}
			}
		};
	}

	private static SavedRequestAwareAuthenticationSuccessHandler successHandler(LoginThrottle throttle,
			LocaleResolver localeResolver, Accounts accounts, TransactionTemplate readOnly) {
		var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws jakarta.servlet.ServletException, IOException {
				if (authentication.getPrincipal() instanceof AccountUser user) {
					throttle.succeeded(user.email(), request.getRemoteAddr());
					// A language picked in this browser session outranks the profile's.
					var language = LanguageLocaleResolver.chosenInThisSession(request) ? null
							: readOnly.execute((s) -> accounts.findById(user.id()).map(Account::getLanguage));
					if (language != null) {
						language.ifPresent((l) -> localeResolver.setLocale(request, response, l.locale()));
					}
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String outcome;
		if (exception instanceof DisabledException) {
			outcome = "unverified";
		}
		else if (exception instanceof LockedException) {
			outcome = "locked";
		}
		else {
			outcome = "error";
		}
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

	/**
	 * The container's error path answers: a localised page, or under {@code /api/} a
	 * localised problem detail (see {@code ErrorPages}).
	 */
	private static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

	private static AccessDeniedHandler denied() {
		return (request, response, ex) -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
