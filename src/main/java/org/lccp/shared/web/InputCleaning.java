package org.lccp.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cleans every request parameter, query or form or multipart text field, with
 * {@link InputText} before anything reads it. A filter rather than a binder converter: it
 * also covers parameters read outside data binding (the login form, {@code @RequestParam}
 * strings that need no conversion, {@code request.getParameter} in filters), so no path
 * to the database is left out. It runs after {@link RequestSizeLimit} and before
 * security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputCleaning extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new CleanRequest(request), response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** The request with cleaned parameter values, computed once. */
	private static final class CleanRequest extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		CleanRequest(HttpServletRequest request) {
			super(request);
		}

		private Map<String, String[]> parameters() {
			if (this.parameters == null) {
				var cleaned = new LinkedHashMap<String, String[]>();
				super.getParameterMap().forEach((name, values) -> {
					var copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = InputText.clean(values[i]);
					}
					cleaned.put(InputText.clean(name), copy);
				});
				this.parameters = Collections.unmodifiableMap(cleaned);
			}
			return this.parameters;
		}

		@Override
		public String getParameter(String name) {
			var values = parameters().get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			var values = parameters().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters();
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters().keySet());
		}

	}

}
