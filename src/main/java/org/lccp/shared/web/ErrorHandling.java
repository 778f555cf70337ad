package org.lccp.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the platform's typed exceptions to localised error pages, and under {@code /api/}
 * to RFC 9457 problem details. Anything not listed here is a bug and reaches the generic
 * 500 page through {@link ErrorPages}.
 */
@ControllerAdvice
@Order(0)
class ErrorHandling {

	private final MessageSource messages;

	private final LayoutAdvice layout;

	ErrorHandling(MessageSource messages, LayoutAdvice layout) {
		this.messages = messages;
		this.layout = layout;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return respond(HttpStatus.NOT_FOUND, ex.messageKey(), ex.arguments(), request, response);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request, HttpServletResponse response) {
		return respond(HttpStatus.CONFLICT, ex.messageKey(), ex.arguments(), request, response);
	}

	/**
	 * Any other refusal a module explains with a message key (an invalid upload that no
	 * form caught, for instance) is the reader's bad request, told in their language.
	 */
	@ExceptionHandler(DomainException.class)
	Object refused(DomainException ex, HttpServletRequest request, HttpServletResponse response) {
		return respond(HttpStatus.BAD_REQUEST, ex.messageKey(), ex.arguments(), request, response);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	Object staleEdit(HttpServletRequest request, HttpServletResponse response) {
		return respond(HttpStatus.CONFLICT, "error.conflict.stale", new Object[0], request, response);
	}

	/**
	 * A path variable that is not even an id of the right shape names no record: 404, not
	 * 400 or 500. Any other value of the wrong shape (a query or form parameter) is a bad
	 * request.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object malformedId(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (!ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return respond(HttpStatus.BAD_REQUEST, "error.400.text", new Object[0], request, response);
		}
		return respond(HttpStatus.NOT_FOUND, "error.404.text", new Object[0], request, response);
	}

	/**
	 * A query or form whose percent-encoding is not valid UTF-8 (Tomcat refuses to decode
	 * it) is the client's bad request.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	Object undecodable(HttpServletRequest request, HttpServletResponse response) {
		return respond(HttpStatus.BAD_REQUEST, "error.400.text", new Object[0], request, response);
	}

	private Object respond(HttpStatus status, String key, Object[] args, HttpServletRequest request,
			HttpServletResponse response) {
		var locale = LocaleContextHolder.getLocale();
		var detail = this.messages.getMessage(key, args, key, locale);
		if (ErrorPages.isApi(request)) {
			var problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(this.messages.getMessage("error." + status.value() + ".title", null,
					status.getReasonPhrase(), locale));
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		var page = new ModelAndView("error/" + status.value());
		page.setStatus(status);
		page.addObject("detail", detail);
		this.layout.addTo(page, request, response, locale);
		return page;
	}

}
