package org.lccp.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings a signed-in session up to date with the account: a role granted or withdrawn by
 * the secretariat takes effect on the member's next request (on any node), and a disabled
 * account is signed out.
 */
class AccountRefresh extends OncePerRequestFilter {

	private final Accounts accounts;

	private final SecurityContextRepository contexts;

	private final TransactionTemplate readOnly;

	AccountRefresh(Accounts accounts, SecurityContextRepository contexts, TransactionTemplate readOnly) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.readOnly = readOnly;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getServletPath();
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/images/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
			var current = this.readOnly.execute((status) -> this.accounts.findById(user.id()).map(AccountUser::of));
			if (current == null || current.isEmpty() || !current.get().active()) {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().roles().equals(user.roles())
					|| !current.get().displayName().equals(user.displayName())) {
				var fresh = current.get().withoutPassword();
				var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(token);
				SecurityContextHolder.setContext(context);
				this.contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
