package org.lccp.opendata;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem details of the controllers marked {@link OpenDataApi}: a query parameter of the
 * wrong shape or a page that cannot be served is a bad request (400) listing the
 * parameter; broken rules list every field with its message. Ordered just after the
 * highest precedence, so that a module's own advice for its controllers (inventory's
 * refusals with their message keys) answers first where both handle an exception, and
 * before shared.web's {@code ErrorHandling}.
 */
@RestControllerAdvice(annotations = OpenDataApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OpenDataApiProblems {

	private final MessageSource messages;

	OpenDataApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, this.messages.getMessage("error.404.text", null, locale), request,
					List.of());
		}
		var text = this.messages.getMessage("opendata.api.badParameter", new Object[] { ex.getName() }, locale);
		return problem(HttpStatus.BAD_REQUEST, text, request, List.of(Map.of("field", ex.getName(), "message", text)));
	}

	@ExceptionHandler(ApiPaging.PageRefused.class)
	ResponseEntity<ProblemDetail> page(ApiPaging.PageRefused ex, HttpServletRequest request) {
		var text = this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale());
		return problem(HttpStatus.BAD_REQUEST, text, request,
				List.of(Map.of("field", ex.parameter(), "message", text)));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> Map.of("field", e.getField(), "message", this.messages.getMessage(e, locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, this.messages.getMessage("opendata.api.invalid", null, locale), request,
				errors);
	}

	/**
	 * A body that is not JSON of the expected shape; when a field's value has the wrong
	 * form (a unit code the registry does not know, a type that does not exist), the
	 * field is named, as for a query parameter.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var field = field(ex);
		var errors = field == null ? List.<Map<String, String>>of() : List.of(Map.of("field", field, "message",
				this.messages.getMessage("opendata.api.badParameter", new Object[] { field }, locale)));
		return problem(HttpStatus.BAD_REQUEST, this.messages.getMessage("opendata.api.unreadable", null, locale),
				request, errors);
	}

	private static @Nullable String field(Throwable ex) {
		for (var cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
				var names = json.getPath()
					.stream()
					.map(JacksonException.Reference::getPropertyName)
					.filter(java.util.Objects::nonNull)
					.toList();
				return names.isEmpty() ? null : String.join(".", names);
			}
		}
		return null;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		return problem(HttpStatus.FORBIDDEN, this.messages.getMessage("error.403.text", null, locale), request,
				List.of());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var text = this.messages.getMessage("opendata.api.badParameter", new Object[] { ex.getParameterName() },
				locale);
		return problem(HttpStatus.BAD_REQUEST, text, request,
				List.of(Map.of("field", ex.getParameterName(), "message", text)));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request,
			List<Map<String, String>> errors) {
		return ApiProblems.of(status, detail, request, errors, this.messages);
	}

}
