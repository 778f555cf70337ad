package org.lccp.shared.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error path: a localised page for people, a problem detail under
 * {@code /api/}. Never shows a stack trace or exception message.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Set<Integer> PAGES = Set.of(400, 403, 404, 405, 409, 413, 429, 500);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	static boolean isApi(HttpServletRequest request) {
		var original = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var path = original != null ? original : request.getRequestURI();
		var context = request.getContextPath();
		if (context != null && !context.isEmpty() && path.startsWith(context)) {
			path = path.substring(context.length());
		}
		return path.startsWith("/api/");
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		var status = resolveStatus(request);
		if (isApi(request)) {
			var locale = LocaleContextHolder.getLocale();
			var problem = ProblemDetail.forStatus(status);
			problem.setTitle(this.messages.getMessage("error." + status.value() + ".title", null,
					status.getReasonPhrase(), locale));
			problem.setDetail(this.messages.getMessage("error." + status.value() + ".text", null,
					status.getReasonPhrase(), locale));
			var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (uri != null) {
				problem.setInstance(URI.create(uri.replace(" ", "%20")));
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		var code = PAGES.contains(status.value()) ? status.value() : (status.is4xxClientError() ? 400 : 500);
		return new ModelAndView("error/" + code, Map.of(), status);
	}

	private static HttpStatus resolveStatus(HttpServletRequest request) {
		if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			// Asked for by address: there is no error to show, and no page here.
			return HttpStatus.NOT_FOUND;
		}
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			var status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
