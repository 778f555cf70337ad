package org.lccp.programme;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Language;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's report pages at {@code /reports}: the kept reports and the form for a
 * new one, a report's version with its figures (chart and table), narrative, work plan
 * and decisions, and the DOCX and PDF exports.
 */
@Controller
class ReportController {

	private final Reports reports;

	private final ReportExports exports;

	private final WorkPlan workPlan;

	private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	ReportController(Reports reports, ReportExports exports, WorkPlan workPlan) {
		this.reports = reports;
		this.exports = exports;
		this.workPlan = workPlan;
	}

	@GetMapping("/reports")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForms.Generate.empty());
		}
		model.addAttribute("reports", this.reports.reports());
		model.addAttribute("languages", List.of(Language.values()));
		return "programme/reports";
	}

	@PostMapping("/reports")
	String generate(@ModelAttribute("form") ReportForms.Generate form, Model model, RedirectAttributes redirect) {
		try {
			var id = this.reports.generate(form);
			redirect.addFlashAttribute("notice", "programme.report.generated");
			return "redirect:/reports/" + id;
		}
		catch (InvalidProgrammeException ex) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors(form, "form", ex));
			return list(model);
		}
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version, Model model) {
		var report = this.reports.report(id);
		var shown = this.reports.version(id, version);
		model.addAttribute("report", report);
		model.addAttribute("version", shown);
		model.addAttribute("charts",
				shown.figures()
					.stream()
					.map((f) -> this.json.writeValueAsString(f.breakdown()
						.stream()
						.map((p) -> java.util.Map.of("label", p.label(), "number", p.number()))
						.toList()))
					.toList());
		model.addAttribute("decisions", this.reports.decisions(id));
		model.addAttribute("plan", this.workPlan.itemsForReport(report.from(), report.to()));
		if (!model.containsAttribute("narrative")) {
			model.addAttribute("narrative", new ReportForms.Narrative(shown.background(), shown.progress(),
					shown.plans(), shown.issues(), Integer.toString(report.latest())));
		}
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", ReportForms.Decision.empty());
		}
		return "programme/report";
	}

	@PostMapping("/reports/{id}/narrative")
	String narrative(@PathVariable UUID id, @ModelAttribute("narrative") ReportForms.Narrative form, Model model,
			RedirectAttributes redirect) {
		try {
			var number = this.reports.editNarrative(id, form);
			redirect.addFlashAttribute("notice", "programme.report.saved");
			return "redirect:/reports/" + id + "?version=" + number;
		}
		catch (InvalidProgrammeException ex) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "narrative", errors(form, "narrative", ex));
			return show(id, null, model);
		}
	}

	@PostMapping("/reports/{id}/recount")
	String recount(@PathVariable UUID id, @RequestParam(required = false) @Nullable String basedOn,
			RedirectAttributes redirect) {
		var number = this.reports.recount(id, basedOn);
		redirect.addFlashAttribute("notice", "programme.report.recounted");
		return "redirect:/reports/" + id + "?version=" + number;
	}

	@PostMapping("/reports/{id}/decisions")
	String decision(@PathVariable UUID id, @ModelAttribute("decision") ReportForms.Decision form, Model model,
			RedirectAttributes redirect) {
		try {
			this.reports.recordDecision(id, form);
			redirect.addFlashAttribute("notice", "programme.decision.recorded");
			return "redirect:/reports/" + id + "#decisions";
		}
		catch (InvalidProgrammeException ex) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decision", errors(form, "decision", ex));
			return show(id, null, model);
		}
	}

	@GetMapping("/reports/{id}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version) {
		var report = this.reports.report(id);
		var shown = this.reports.version(id, version);
		return file(this.exports.docx(report, shown), report, shown, "docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@GetMapping("/reports/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version) {
		var report = this.reports.report(id);
		var shown = this.reports.version(id, version);
		return file(this.exports.pdf(report, shown), report, shown, "pdf", MediaType.APPLICATION_PDF);
	}

	private static ResponseEntity<byte[]> file(byte[] body, Reports.Report report, Reports.Version version,
			String extension, MediaType type) {
		var name = "lccp-report-" + report.from() + "-" + report.to() + "-" + report.language() + "-v"
				+ version.number() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * Adds the module's refusals to the binder's, one message per field: a field the
	 * binder could not convert keeps its conversion message.
	 */
	static void reject(BindingResult errors, List<InvalidProgrammeException.Violation> violations) {
		for (var v : violations) {
			if (v.field().isEmpty()) {
				errors.reject(v.key(), v.key());
			}
			else if (!errors.hasFieldErrors(v.field())) {
				errors.rejectValue(v.field(), v.key(), v.key());
			}
		}
	}

	static BindingResult errors(Object form, String name, InvalidProgrammeException ex) {
		var errors = new DirectFieldBindingResult(form, name);
		for (var v : ex.violations()) {
			if (v.field().isEmpty()) {
				errors.reject(v.key(), v.key());
			}
			else {
				errors.rejectValue(v.field(), v.key(), v.key());
			}
		}
		return errors;
	}

}
