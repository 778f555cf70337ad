package org.lccp.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.web.Dates;
import org.lccp.shared.web.PdfDocuments;
import org.lccp.shared.web.TableFiles;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The policy comparison page and its exports (CSV, XLSX, PDF), all from the same filters.
 * Filters arrive as text and are checked here, so a wrong value gets a message naming it
 * rather than an error page; an export asked with a wrong value answers 400 with the page
 * and its messages.
 */
@Controller
class PolicyComparisonController {

	private final PolicyComparison comparison;

	private final TemplateEngine templates;

	private final PdfDocuments pdf;

	private final ApplicationContext application;

	PolicyComparisonController(PolicyComparison comparison, TemplateEngine templates, PdfDocuments pdf,
			ApplicationContext application) {
		this.comparison = comparison;
		this.templates = templates;
		this.pdf = pdf;
		this.application = application;
	}

	/** The filters as typed, and the message keys of those that could not be read. */
	record Query(List<String> country, String level, String type, String from, String to, boolean commitments,
			List<String> problems, PolicyComparison.Filter filter) {

		/** The query string that gives the same matrix, for the export links. */
		public String queryString() {
			var parts = new ArrayList<String>();
			this.country.forEach((c) -> parts.add("country=" + encode(c)));
			if (!this.level.isEmpty()) {
				parts.add("level=" + encode(this.level));
			}
			if (!this.type.isEmpty()) {
				parts.add("type=" + encode(this.type));
			}
			if (!this.from.isEmpty()) {
				parts.add("from=" + encode(this.from));
			}
			if (!this.to.isEmpty()) {
				parts.add("to=" + encode(this.to));
			}
			if (!this.commitments) {
				parts.add("commitments=false");
			}
			return parts.isEmpty() ? "" : "?" + String.join("&", parts);
		}

		private static String encode(String value) {
			return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

	static Query query(@Nullable List<String> country, @Nullable String level, @Nullable String type,
			@Nullable String from, @Nullable String to, @Nullable String commitments) {
		var problems = new ArrayList<String>();
		var countries = new ArrayList<String>();
		for (var c : (country == null) ? List.<String>of() : country) {
			var code = c.strip().toUpperCase(Locale.ROOT);
			if (code.isEmpty()) {
				continue;
			}
			if (!Countries.isKnown(code) || countries.size() >= 50) {
				problems.add("knowledge.compare.error.country");
			}
			else if (!countries.contains(code)) {
				countries.add(code);
			}
		}
		var levelText = (level == null) ? "" : level.strip();
		var typeText = (type == null) ? "" : type.strip();
		var policyLevel = ItemForm.choice(PolicyLevel.class, levelText);
		if (!levelText.isEmpty() && policyLevel == null) {
			problems.add("knowledge.compare.error.level");
		}
		var policyType = ItemForm.choice(PolicyType.class, typeText);
		if (!typeText.isEmpty() && policyType == null) {
			problems.add("knowledge.compare.error.type");
		}
		var fromText = (from == null) ? "" : from.strip();
		var toText = (to == null) ? "" : to.strip();
		var fromYear = year(fromText, problems);
		var toYear = year(toText, problems);
		if (fromYear != null && toYear != null && toYear < fromYear) {
			problems.add("knowledge.compare.error.order");
		}
		var withCommitments = !"false".equals(commitments);
		var filter = new PolicyComparison.Filter(List.copyOf(countries), policyLevel, policyType, fromYear, toYear,
				withCommitments);
		return new Query(List.copyOf(countries), (policyLevel == null) ? "" : policyLevel.name(),
				(policyType == null) ? "" : policyType.name(), (fromYear == null) ? "" : fromYear.toString(),
				(toYear == null) ? "" : toYear.toString(), withCommitments, problems.stream().distinct().toList(),
				filter);
	}

	private static @Nullable Integer year(String text, List<String> problems) {
		if (text.isEmpty()) {
			return null;
		}
		var year = Dates.parseYear(text);
		if (year == null || year < 1900 || year > 2200) {
			problems.add("knowledge.compare.error.year");
			return null;
		}
		return year;
	}

	@GetMapping("/policies/compare")
	String page(@RequestParam(required = false) @Nullable List<String> country,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String commitments, Model model, Locale locale) {
		var query = query(country, level, type, from, to, commitments);
		model.addAllAttributes(pageModel(query, this.comparison.matrix(query.filter(), locale), locale));
		return "knowledge/compare";
	}

	@GetMapping({ "/policies/compare.csv", "/policies/compare.xlsx", "/policies/compare.pdf" })
	Object export(jakarta.servlet.http.HttpServletRequest request,
			@RequestParam(required = false) @Nullable List<String> country,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String commitments, Locale locale) {
		var query = query(country, level, type, from, to, commitments);
		var matrix = this.comparison.matrix(query.filter(), locale);
		if (!query.problems().isEmpty()) {
			var page = new ModelAndView("knowledge/compare", pageModel(query, matrix, locale));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		var uri = request.getRequestURI();
		if (uri.endsWith(".csv")) {
			return TableFiles.attachment(TableFiles.csv(PolicyComparison.HEADER, this.comparison.table(matrix, locale)),
					"policy-comparison.csv", TableFiles.CSV);
		}
		if (uri.endsWith(".xlsx")) {
			return TableFiles.attachment(
					TableFiles.xlsx("policies", PolicyComparison.HEADER, this.comparison.table(matrix, locale)),
					"policy-comparison.xlsx", TableFiles.XLSX);
		}
		var context = new Context(locale);
		context.setVariable("matrix", matrix);
		context.setVariable("query", query);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		var html = this.templates.process("knowledge/compare-pdf", context);
		return TableFiles.attachment(this.pdf.render(html), "policy-comparison.pdf", MediaType.APPLICATION_PDF);
	}

	private static java.util.Map<String, Object> pageModel(Query query, PolicyComparison.Matrix matrix, Locale locale) {
		var names = new java.util.HashMap<String, String>();
		var choices = Countries.choices(locale);
		choices.forEach((c) -> names.put(c.code(), c.name()));
		matrix.countries().forEach((c) -> names.putIfAbsent(c, Countries.name(c, locale)));
		return java.util.Map.of("query", query, "matrix", matrix, "countryChoices", choices, "countryNames", names,
				"members", Countries.NEASPEC_MEMBERS, "levels", PolicyLevel.values(), "types", PolicyType.values());
	}

}
