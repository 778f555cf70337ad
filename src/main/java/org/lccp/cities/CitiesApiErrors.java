package org.lccp.cities;

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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details of the registry's API for the registry's own rules: broken rules list
 * every field with its message. Malformed parameters and bodies are the open-data API's
 * problems ({@code OpenDataApi}).
 */
@RestControllerAdvice(assignableTypes = CitiesApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CitiesApiErrors {

	private final MessageSource messages;

	CitiesApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var errors = ex.violations()
			.stream()
			.map((v) -> Map.of("field", v.field(), "message", this.messages.getMessage(v.key(), v.args(), locale)))
			.toList();
		return ApiProblems.of(HttpStatus.BAD_REQUEST, this.messages.getMessage("cities.api.invalid", null, locale),
				request, errors, this.messages);
	}

}
