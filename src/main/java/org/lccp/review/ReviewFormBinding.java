package org.lccp.review;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the review's answers as their forms post them: the decision and the invitation
 * answer are sent in lower case ({@code accept}), as pages and scripts have always sent
 * them, while Spring's own enum conversion wants the constant's exact name. Anything else
 * does not convert: the binder's {@code typeMismatch} field error.
 */
@Configuration(proxyBeanMethods = false)
class ReviewFormBinding implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, ReviewForms.Decision.class,
				(text) -> posted(text, ReviewForms.Decision.class));
		registry.addConverter(String.class, ReviewForms.InvitationAnswer.class,
				(text) -> posted(text, ReviewForms.InvitationAnswer.class));
	}

	/** The constant posted as its name in lower case, or as its name; blank is none. */
	static <E extends Enum<E>> @Nullable E posted(String text, Class<E> type) {
		var value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((e) -> e.name().toLowerCase(Locale.ROOT).equals(value) || e.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not an answer of the form"));
	}

}
