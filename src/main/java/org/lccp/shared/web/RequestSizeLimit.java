package org.lccp.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Refuses oversized form posts with 413 before anything reads them. Tomcat alone would
 * silently drop the parameters, which then surfaces as a confusing CSRF failure; this
 * answers with the 413 error page instead. Uploads (multipart posts) are refused the same
 * way when they are larger than {@code spring.servlet.multipart.max-request-size}, or
 * when one file in them is larger than {@code max-file-size}: the parts are read here,
 * before the CSRF check would look for its token among them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxFormBytes;

	private final long maxMultipartBytes;

	RequestSizeLimit(@Value("${lccp.web.max-form-size:1MB}") DataSize maxFormSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxMultipartSize) {
		this.maxFormBytes = maxFormSize.toBytes();
		this.maxMultipartBytes = maxMultipartSize.toBytes();
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
		var isMultipart = contentType != null
				&& contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
		if (isMultipart && tooLarge(request)) {
			// Marks the request as one whose parts failed, so that the error page's
			// dispatch does not try to read them again (and fail without a page).
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
					new MaxUploadSizeExceededException(this.maxMultipartBytes));
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the upload breaks the size limits. Tomcat reports a broken limit while it
	 * reads the parts as an {@link IllegalStateException} caused by its size exception;
	 * other failures are left to the handler.
	 */
	private boolean tooLarge(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.maxMultipartBytes) {
			return true;
		}
		if (request.getCharacterEncoding() == null) {
			// Names and fields are decoded now, before the encoding filter would set it.
			request.setCharacterEncoding("UTF-8");
		}
		try {
			request.getParts();
			return false;
		}
		catch (IllegalStateException ex) {
			return ex.getCause() != null;
		}
		catch (ServletException | IOException ex) {
			return false;
		}
	}

}
