package org.lccp.cities;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem details of the open-data API: a query parameter of the wrong shape is a bad
 * request (400) listing the parameter; broken rules list every field with its message.
 */
@RestControllerAdvice(assignableTypes = CitiesApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CitiesApiErrors {

	private final MessageSource messages;

	CitiesApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, this.messages.getMessage("error.404.text", null, locale), request,
					List.of());
		}
		return problem(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("cities.api.badParameter", new Object[] { ex.getName() }, locale), request,
				List.of(Map.of("field", ex.getName(), "message",
						this.messages.getMessage("cities.api.badParameter", new Object[] { ex.getName() }, locale))));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var errors = ex.violations()
			.stream()
			.map((v) -> Map.of("field", v.field(), "message", this.messages.getMessage(v.key(), v.args(), locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, this.messages.getMessage("cities.api.invalid", null, locale), request,
				errors);
	}

	@ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> notValid(org.springframework.web.bind.MethodArgumentNotValidException ex,
			HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> Map.of("field", e.getField(), "message", this.messages.getMessage(e, locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, this.messages.getMessage("cities.api.invalid", null, locale), request,
				errors);
	}

	/**
	 * A body that is not JSON of the expected shape; when a field's value has the wrong
	 * form (a unit code the registry does not know, a type that does not exist), the
	 * field is named, as for a query parameter.
	 */
	@ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(org.springframework.http.converter.HttpMessageNotReadableException ex,
			HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var field = field(ex);
		var errors = field == null ? List.<Map<String, String>>of() : List.of(Map.of("field", field, "message",
				this.messages.getMessage("cities.api.badParameter", new Object[] { field }, locale)));
		return problem(HttpStatus.BAD_REQUEST, this.messages.getMessage("cities.api.unreadable", null, locale), request,
				errors);
	}

	private static @org.jspecify.annotations.Nullable String field(Throwable ex) {
		for (var cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
				var names = json.getPath()
					.stream()
					.map(tools.jackson.core.JacksonException.Reference::getPropertyName)
					.filter(java.util.Objects::nonNull)
					.toList();
				return names.isEmpty() ? null : String.join(".", names);
			}
		}
		return null;
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		return problem(HttpStatus.FORBIDDEN, this.messages.getMessage("error.403.text", null, locale), request,
				List.of());
	}

	@ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(org.springframework.web.bind.MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var text = this.messages.getMessage("cities.api.badParameter", new Object[] { ex.getParameterName() }, locale);
		return problem(HttpStatus.BAD_REQUEST, text, request,
				List.of(Map.of("field", ex.getParameterName(), "message", text)));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request,
			List<Map<String, String>> errors) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(this.messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
