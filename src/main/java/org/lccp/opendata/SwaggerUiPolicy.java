package org.lccp.opendata;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Swagger UI sets styles inline, which the platform's content security policy refuses; on
 * Swagger UI's own paths only, the policy allows inline styles (never inline scripts).
 * Every other page keeps the strict policy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SwaggerUiPolicy extends OncePerRequestFilter {

	static final String HEADER = "Content-Security-Policy";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, relaxed(name, value));
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, relaxed(name, value));
			}
		});
	}

	static String relaxed(String name, String value) {
		if (!HEADER.equalsIgnoreCase(name) || value == null) {
			return value;
		}
		return value.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
	}

}
