package org.lccp.inventory;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lccp.opendata.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem details (RFC 9457) of the inventory API, in the reader's language: a
 * calculation that cannot be made names its field in {@code errors}; unreadable JSON, an
 * unknown layout or an unreadable file are bad requests, never a server error. The
 * open-data API's problems ({@code @OpenDataApi}) answer what this advice does not: a
 * page that cannot be served, a missing parameter or a broken validation rule.
 */
@RestControllerAdvice(assignableTypes = { CalculationApi.class, InventoryApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryApiErrors {

	private final MessageSource messages;

	InventoryApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidCalculationException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidCalculationException ex, HttpServletRequest request) {
		var text = text(ex.messageKey(), ex.arguments());
		return problem(HttpStatus.BAD_REQUEST, text, request,
				List.of(Map.of("field", ex.field(), "key", ex.messageKey(), "message", text)));
	}

	@ExceptionHandler(CalculationApi.FileTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(CalculationApi.FileTooLargeException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, text(ex.messageKey(), ex.arguments()), request, List.of());
	}

	@ExceptionHandler({ Sheet.UnreadableFileException.class, InventoryFile.UnknownLayoutException.class })
	ResponseEntity<ProblemDetail> unreadableFile(org.lccp.shared.web.DomainException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, text(ex.messageKey(), ex.arguments()), request, List.of());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, text("inventory.api.unreadable", new Object[0]), request, List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		var text = text("inventory.api.badParameter", new Object[] { ex.getName() });
		return problem(HttpStatus.BAD_REQUEST, text, request, List.of(Map.of("field", ex.getName(), "message", text)));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("inventory.api.mediaType", new Object[0]), request,
				List.of());
	}

	private String text(String key, Object[] arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request,
			List<Map<String, String>> errors) {
		return ApiProblems.of(status, detail, request, errors, this.messages);
	}

}
