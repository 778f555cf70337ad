package org.lccp.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lccp.shared.web.PdfDocuments;
import org.lccp.shared.web.WebProperties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A report version as a Word document (Apache POI) and as a PDF (the HTML of
 * {@code programme/report-pdf} through {@link PdfDocuments}, whose embedded font keeps
 * Chinese, Japanese, Korean and Mongolian glyphs), both in the report's language. Every
 * figure and part carries the address of the records it counts, so a printed report can
 * still be checked.
 */
@Component
class ReportExports {

	private final TemplateEngine templates;

	private final PdfDocuments pdf;

	private final ApplicationContext application;

	private final MessageSource messages;

	private final WebProperties web;

	private final WorkPlan plan;

	ReportExports(TemplateEngine templates, PdfDocuments pdf, ApplicationContext application, MessageSource messages,
			WebProperties web, WorkPlan plan) {
		this.templates = templates;
		this.pdf = pdf;
		this.application = application;
		this.messages = messages;
		this.web = web;
		this.plan = plan;
	}

	byte[] pdf(Reports.Report report, Reports.Version version) {
		var locale = report.locale();
		var context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("version", version);
		context.setVariable("plan", this.plan.itemsForReport(report.from(), report.to()));
		context.setVariable("base", this.web.baseUrl());
		context.setVariable("bars", bars(version));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		// Dates and names follow the report's language, not the editor's.
		var previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			return this.pdf.render(this.templates.process("programme/report-pdf", context));
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	/** Each part's bar as a share of its figure's largest part, in whole percent. */
	static java.util.List<java.util.List<Long>> bars(Reports.Version version) {
		return version.figures().stream().map((f) -> {
			var top = f.breakdown()
				.stream()
				.mapToLong(org.lccp.shared.domain.ActivityFigures.Part::number)
				.max()
				.orElse(0);
			return f.breakdown().stream().map((p) -> top <= 0 ? 0L : p.number() * 100 / top).toList();
		}).toList();
	}

	byte[] docx(Reports.Report report, Reports.Version version) {
		var locale = report.locale();
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			var run = title.createRun();
			run.setBold(true);
			run.setFontSize(20);
			run.setText(report.title());
			paragraph(document,
					message("programme.report.period", locale, report.from().toString(), report.to().toString()) + " · "
							+ message("programme.report.version", locale, version.number()),
					false, 11);
			section(document, message("programme.section.background", locale), version.background());
			section(document, message("programme.section.progress", locale), version.progress());
			for (var figure : version.figures()) {
				paragraph(document, message("programme.figure." + figure.key(), locale) + ": " + figure.number(), true,
						12);
				paragraph(document, this.web.link(figure.path()), false, 8);
				if (!figure.breakdown().isEmpty()) {
					var table = document.createTable(figure.breakdown().size() + 1, 3);
					table.getRow(0).getCell(0).setText(message("programme.table.part", locale));
					table.getRow(0).getCell(1).setText(message("programme.table.number", locale));
					table.getRow(0).getCell(2).setText(message("programme.table.records", locale));
					for (var i = 0; i < figure.breakdown().size(); i++) {
						var part = figure.breakdown().get(i);
						var row = table.getRow(i + 1);
						row.getCell(0).setText(part.label());
						row.getCell(1).setText(Long.toString(part.number()));
						row.getCell(2).setText(this.web.link(part.path()));
					}
				}
			}
			section(document, message("programme.section.plans", locale), version.plans());
			var items = this.plan.itemsForReport(report.from(), report.to());
			for (var item : items) {
				paragraph(document, item.year() + " · " + message("ActivityArea." + item.area(), locale) + " · "
						+ item.activity() + " · " + message("programme.workplan.status." + item.status(), locale),
						false, 10);
			}
			section(document, message("programme.section.issues", locale), version.issues());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void section(XWPFDocument document, String heading, String text) {
		paragraph(document, heading, true, 16);
		for (var line : text.split("\\R\\R+")) {
			if (!line.isBlank()) {
				paragraph(document, line.strip(), false, 11);
			}
		}
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold, int size) {
		var run = document.createParagraph().createRun();
		run.setBold(bold);
		run.setFontSize(size);
		run.setText(text);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
