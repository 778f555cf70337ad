package org.lccp.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A refusal with a message key that no form turned into a field error (an invalid upload,
 * say) is a bad request told in the reader's language, never a 500.
 */
class DomainRefusalTest {

	final StaticMessageSource messages = new StaticMessageSource();

	final ErrorHandling handling = new ErrorHandling(this.messages, mock(LayoutAdvice.class));

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aPageAnswers400WithTheLocalisedMessage() {
		this.messages.addMessage("test.refused", Locale.JAPANESE, "{0} MB を超えています。");
		LocaleContextHolder.setLocale(Locale.JAPANESE);
		var response = new MockHttpServletResponse();

		var page = (ModelAndView) this.handling.refused(refusal(), new MockHttpServletRequest("POST", "/admin/x"),
				response);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(page.getViewName()).isEqualTo("error/400");
		assertThat(page.getModel()).containsEntry("detail", "10 MB を超えています。");
	}

	@Test
	void theApiAnswersAProblemDetail() {
		this.messages.addMessage("test.refused", Locale.ENGLISH, "Larger than {0} MB.");
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		var answer = (ResponseEntity<?>) this.handling.refused(refusal(),
				new MockHttpServletRequest("POST", "/api/v1/things"), new MockHttpServletResponse());

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(((ProblemDetail) answer.getBody()).getDetail()).isEqualTo("Larger than 10 MB.");
	}

	private static DomainException refusal() {
		return new DomainException("test.refused", 10) {
		};
	}

}
