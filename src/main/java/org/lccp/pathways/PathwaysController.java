package org.lccp.pathways;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.RecordForms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's pathways page (BAU with its formulas and versions, target pathways, progress
 * chart and table) and the form that saves a new BAU version.
 */
@Controller
class PathwaysController {

	private final PathwaysManagement pathways;

	private final PathwayChart chart;

	private final RecordForms forms;

	PathwaysController(PathwaysManagement pathways, PathwayChart chart, RecordForms forms) {
		this.pathways = pathways;
		this.chart = chart;
		this.forms = forms;
	}

	@GetMapping("/cities/{id}/pathways")
	String page(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version, Model model,
			Locale locale) {
		var figures = this.pathways.city(id, version);
		model.addAttribute("figures", figures);
		model.addAttribute("panel", new PathwaysAbout.PanelData(figures, this.chart.json(figures, locale), false));
		return "pathways/city";
	}

	@GetMapping("/cities/{id}/pathways/bau/new")
	String form(@PathVariable UUID id, Model model) {
		var form = this.pathways.form(id);
		model.addAttribute("form", form);
		return formPage(id, form, model);
	}

	@PostMapping("/cities/{id}/pathways/bau")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> fields, Model model,
			RedirectAttributes redirect, WebRequest request) {
		var bound = this.forms.bind(BauForm.class, "form", BauForm.values(fields));
		var form = java.util.Objects.requireNonNull(bound.form());
		if (fields.containsKey("reload")) {
			// the editor picked another base year: show its sectors, save nothing
			var reloaded = this.pathways.withBaseYearSectors(id, form);
			model.addAttribute("form", reloaded);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
					this.forms.result(reloaded, "form", bound.errors(), request));
			return formPage(id, reloaded, model);
		}
		var errors = this.forms.result(form, "form", bound.errors(), request);
		try {
			if (errors.hasErrors()) {
				// nothing is stored; the rules still speak for the fields that converted
				show(this.pathways.check(id, form), errors);
			}
			else {
				var version = this.pathways.save(id, form);
				redirect.addFlashAttribute("notice", "pathways.bau.saved");
				return "redirect:/cities/" + id + "/pathways?version=" + version;
			}
		}
		catch (InvalidScenarioException ex) {
			show(ex.violations(), errors);
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return formPage(id, form, model);
	}

	/** Puts the rules' violations on fields that have no message yet. */
	private static void show(List<InvalidScenarioException.Violation> violations, BindingResult errors) {
		for (var v : violations) {
			if (v.field().isEmpty()) {
				errors.reject(v.key(), v.args(), v.key());
			}
			else if (!errors.hasFieldErrors(v.field())) {
				errors.rejectValue(v.field(), v.key(), v.args(), v.key());
			}
		}
	}

	private String formPage(UUID id, BauForm form, Model model) {
		var figures = this.pathways.city(id, null);
		model.addAttribute("figures", figures);
		model.addAttribute("baseYears", this.pathways.baseYears(id));
		model.addAttribute("methods", BauMethod.values());
		model.addAttribute("drivers", BauDriver.values());
		model.addAttribute("lastYear", PathwaysManagement.LAST_YEAR);
		// names come from the base year's inventory, never from what was posted
		model.addAttribute("sectorNames", this.pathways.sectors(id, form.baseYear()));
		return "pathways/bau-form";
	}

}
