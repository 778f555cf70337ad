package org.lccp.identity.apiaccess;

import java.io.IOException;
import java.util.ArrayList;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

import org.lccp.identity.AccountManagement;
import org.lccp.identity.ApiWriteEndpoints;
import org.lccp.identity.OpenApiPosts;
import org.lccp.shared.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests to the API that carry {@code Authorization: Bearer lccp_…} are handled by
 * their own stateless filter chain: the token stands for its owner (with the owner's
 * roles) and its scope; no session, no CSRF token, no cookies. Reading is open; the
 * endpoints modules declare as {@link ApiWriteEndpoints} need a token of scope WRITE (the
 * module's facade then checks, as for pages, that the owner may edit the record);
 * anything else is refused.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain apiTokenChain(HttpSecurity http, ApiTokens tokens, AccountManagement accounts,
			List<ApiWriteEndpoints> writeEndpoints, List<OpenApiPosts> openPosts) throws Exception {
		http.securityMatcher((request) -> request.getServletPath().startsWith("/api/v1/") && bearer(request) != null)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new TokenFilter(tokens, accounts), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((rules) -> {
				rules.requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll();
				for (var open : openPosts) {
					rules.requestMatchers(HttpMethod.POST, open.patterns().toArray(String[]::new)).permitAll();
				}
				for (var endpoints : writeEndpoints) {
					rules.requestMatchers(endpoints.method(), endpoints.patterns().toArray(String[]::new))
						.hasAuthority(ApiWriteEndpoints.WRITE_SCOPE);
				}
				rules.anyRequest().denyAll();
			})
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint((request, response, ex) -> response.sendError(401))
						.accessDeniedHandler((request, response, ex) -> response.sendError(403)));
		return http.build();
	}

	static String bearer(HttpServletRequest request) {
		var header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return header.substring(7).strip();
	}

	/** The token's owner as the signed-in account, for this request only. */
	record TokenPrincipal(UUID id, String email, String displayName) implements CurrentUser.AccountPrincipal {
	}

	static final class TokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;

		private final AccountManagement accounts;

		TokenFilter(ApiTokens tokens, AccountManagement accounts) {
			this.tokens = tokens;
			this.accounts = accounts;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var token = this.tokens.use(bearer(request));
			if (token.isEmpty()) {
				response.sendError(401);
				return;
			}
			var account = this.accounts.find(token.get().getAccountId());
			var authorities = new ArrayList<GrantedAuthority>();
			account.roles().forEach((r) -> authorities.add(new SimpleGrantedAuthority(r.authority())));
			authorities.add(new SimpleGrantedAuthority("SCOPE_" + token.get().getScope().name()));
			var principal = new TokenPrincipal(account.id(), account.email(), account.displayName());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}

	}

}
