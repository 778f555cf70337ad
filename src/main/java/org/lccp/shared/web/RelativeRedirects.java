package org.lccp.shared.web;

import java.io.IOException;
import java.net.URI;

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
 * Redirects within the platform carry only a path. Spring Security's login entry point
 * and saved requests build absolute addresses from the request's Host header, which any
 * client (or a cache in between) can set: {@code Host: evil.example} came back as
 * {@code Location: http://evil.example/login}. A redirect to the host the request named
 * is turned into its path, so the browser stays on the address it used; mails use the
 * configured {@code lccp.web.base-url}, never the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RelativeRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				super.sendRedirect(relative(request, location));
			}

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
			}

		});
	}

	static String relative(HttpServletRequest request, String location) {
		if (location == null || !(location.startsWith("http://") || location.startsWith("https://"))) {
			return location;
		}
		try {
			var uri = URI.create(location);
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return location;
			}
			var path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
			return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
					+ ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
		}
		catch (IllegalArgumentException ex) {
			return location;
		}
	}

}
