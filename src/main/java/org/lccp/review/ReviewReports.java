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
	 * The first platform language named in a free list such as {@code "ko, en"},
	 * {@code "한국어, 영어"} or {@code "Russian/English"}: codes, native names and the
	 * languages' names in any of the six languages count. English when none is named.
	 */
	static Language firstLanguage(@org.jspecify.annotations.Nullable String languages) {
		var named = languagesNamed(languages);
		return named.isEmpty() ? Language.EN : named.get(0);
	}

	/**
	 * Every platform language a free list names, in the order it names them: codes as
	 * words, native names, and the languages' names in any of the six languages.
	 */
	static java.util.List<Language> languagesNamed(@org.jspecify.annotations.Nullable String languages) {
		if (languages == null) {
			return java.util.List.of();
		}
		var text = languages.toLowerCase(Locale.ROOT);
		var positions = new java.util.TreeMap<Integer, Language>();
		for (var language : Language.values()) {
			var at = Integer.MAX_VALUE;
			var names = new java.util.ArrayList<String>();
			names.add(language.nativeName().toLowerCase(Locale.ROOT));
			for (var in : Language.values()) {
				names.add(language.locale().getDisplayLanguage(in.locale()).toLowerCase(Locale.ROOT));
			}
			for (var name : names) {
				var index = name.isBlank() ? -1 : text.indexOf(name);
				if (index >= 0) {
					at = Math.min(at, index);
				}
			}
			var code = java.util.regex.Pattern.compile("(?<![a-z])" + language.code() + "(?![a-z])").matcher(text);
			if (code.find()) {
				at = Math.min(at, code.start());
			}
			if (at != Integer.MAX_VALUE) {
				positions.putIfAbsent(at, language);
			}
		}
		return java.util.List.copyOf(positions.values());
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
