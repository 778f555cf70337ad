package org.lccp.opendata;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details of the open-data API, for a module's own refusals: a title in
 * the reader's language, the request path as instance and, when fields were refused, an
 * {@code errors} list of {@code field} and {@code message}.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail, HttpServletRequest request,
			List<Map<String, String>> errors, MessageSource messages) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
