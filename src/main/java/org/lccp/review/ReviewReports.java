package org.lccp.review;

import java.util.Locale;
import java.util.Map;

import org.lccp.shared.i18n.Language;
import org.lccp.shared.web.PdfDocuments;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Typesets the PDFs of reviews and studies: the page a reader downloads and the file the
 * knowledge hub keeps. Dates and country names follow the document's language, not the
 * reader's, while it is rendered.
 */
@Component
class ReviewReports {

	private final TemplateEngine templates;

	private final PdfDocuments pdf;

	private final ApplicationContext application;

	ReviewReports(TemplateEngine templates, PdfDocuments pdf, ApplicationContext application) {
		this.templates = templates;
		this.pdf = pdf;
		this.application = application;
	}

	/**
	 * The review report (team findings, recommendations, replies; never private notes).
	 */
	byte[] review(ReviewViews.Review review, Locale locale) {
		return render("review/report-pdf", Map.of("review", review), locale);
	}

	/** A delivered analytical study with the city's baseline and comment. */
	byte[] study(StudyManagement.Study study, Locale locale) {
		return render("review/study-pdf", Map.of("study", study), locale);
	}

	/** A comparative study with its chapters. */
	byte[] comparative(ComparativeStudies.Comparative study, Locale locale) {
		return render("review/comparative-pdf", Map.of("study", study), locale);
	}

	/**
	 * The first platform language named in a free list such as {@code "ko, en"} or
	 * {@code "en/ru"}; English when none is.
	 */
	static Language firstLanguage(@org.jspecify.annotations.Nullable String languages) {
		if (languages != null) {
			for (var token : languages.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
				var language = Language.fromCode(token);
				if (language.isPresent()) {
					return language.get();
				}
			}
		}
		return Language.EN;
	}

	private byte[] render(String template, Map<String, Object> variables, Locale locale) {
		var context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		variables.forEach(context::setVariable);
		var previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return this.pdf.render(this.templates.process(template, context));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

}
