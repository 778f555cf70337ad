package org.lccp.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized form posts with 413 before anything reads them. Tomcat alone would
 * silently drop the parameters, which then surfaces as a confusing CSRF failure; this
 * answers with the 413 error page instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxFormBytes;

	RequestSizeLimit(@Value("${lccp.web.max-form-size:1MB}") DataSize maxFormSize) {
		this.maxFormBytes = maxFormSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var contentType = request.getContentType();
		var isForm = contentType != null
				&& contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
		if (isForm && request.getContentLengthLong() > this.maxFormBytes) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
