package org.lccp.cities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Countries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The target registry: the sortable, filterable comparison table with its timeline, one
 * target with its progress, and the forms that add and edit targets and progress.
 */
@Controller
class TargetController {

	private final CityDirectory cities;

	private final TargetRegistry targets;

	private final JsonMapper json;

	private final Validator validator;

	private final MessageSource messages;

	private final java.util.List<org.lccp.shared.domain.ContentPanels> panels;

	TargetController(CityDirectory cities, TargetRegistry targets, JsonMapper json, Validator validator,
			MessageSource messages, java.util.List<org.lccp.shared.domain.ContentPanels> panels) {
		this.messages = messages;
		this.cities = cities;
		this.targets = targets;
		this.json = json;
		this.validator = validator;
		this.panels = panels;
	}

	/**
	 * Panels other modules show on a target's page (pathways: the target's path and
	 * progress).
	 */
	private void addPanels(UUID id, Model model, Locale locale) {
		model.addAttribute("panels",
				this.panels.stream()
					.flatMap((p) -> p.panels(org.lccp.shared.domain.ContentPanels.Subject.TARGET, id, locale).stream())
					.toList());
	}

	@GetMapping("/targets")
	String registry(@RequestParam(defaultValue = "") String country, @RequestParam(required = false) TargetType type,
			@RequestParam(required = false) TargetStatus status,
			@RequestParam(defaultValue = "ALL") TargetRegistry.TargetFilter.Scope scope,
			@RequestParam(defaultValue = "targetYear") String sort, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		var code = Countries.isKnown(country) ? country : "";
		var filter = new TargetRegistry.TargetFilter(code, type, status, null, scope);
		var found = this.targets.targets(filter, Sorting.page(page, 100, sort, Sorting.TARGET, "targetYear"));
		model.addAttribute("country", code);
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("scope", scope);
		model.addAttribute("sort", sort);
		model.addAttribute("countries", this.cities.countries());
		model.addAttribute("types", TargetType.values());
		model.addAttribute("statuses", TargetStatus.values());
		model.addAttribute("scopes", TargetRegistry.TargetFilter.Scope.values());
		model.addAttribute("targets", found);
		var timeline = timeline(filter, locale);
		model.addAttribute("timeline", timeline.json());
		model.addAttribute("timelineRows", timeline.rows());
		return "cities/targets";
	}

	@GetMapping("/targets/{id}")
	String target(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("file", this.targets.targetFile(id));
		model.addAttribute("progressForm", ProgressForm.blank());
		addPanels(id, model, locale);
		return "cities/target";
	}

	@GetMapping("/cities/{id}/targets/new")
	String newTarget(@PathVariable UUID id, Model model) {
		var city = this.cities.city(id);
		requireEditor(id);
		model.addAttribute("form", TargetForm.blank());
		return formPage(model, city, null, 0);
	}

	@PostMapping("/cities/{id}/targets")
	String create(@PathVariable UUID id, @ModelAttribute("form") TargetForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, WebRequest request) {
		var city = this.cities.city(id);
		requireEditor(id);
		var input = FormInput.of(errors, TargetForm.LABELS, model, request);
		var details = form.read(input, this.validator);
		if (details == null) {
			return formPage(model, city, null, 0);
		}
		try {
			var target = this.targets.addTarget(id, details);
			redirect.addFlashAttribute("notice", "cities.target.saved");
			return "redirect:/targets/" + target;
		}
		catch (InvalidInputException ex) {
			input.reject(ex.violations());
			return formPage(model, city, null, 0);
		}
	}

	@GetMapping("/countries/{code}/targets/new")
	String newNationalTarget(@PathVariable String code, Model model) {
		var country = this.cities.country(code).country();
		model.addAttribute("form", TargetForm.blank());
		model.addAttribute("countryCode", country.code());
		return formPage(model, null, null, 0);
	}

	@PostMapping("/countries/{code}/targets")
	String createNational(@PathVariable String code, @ModelAttribute("form") TargetForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, WebRequest request) {
		var country = this.cities.country(code).country();
		model.addAttribute("countryCode", country.code());
		var input = FormInput.of(errors, TargetForm.LABELS, model, request);
		var details = form.read(input, this.validator);
		if (details == null) {
			return formPage(model, null, null, 0);
		}
		try {
			var target = this.targets.addNationalTarget(country.code(), details);
			redirect.addFlashAttribute("notice", "cities.target.saved");
			return "redirect:/targets/" + target;
		}
		catch (InvalidInputException ex) {
			input.reject(ex.violations());
			return formPage(model, null, null, 0);
		}
	}

	@GetMapping("/targets/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var file = this.targets.targetFile(id);
		if (!file.editable()) {
			throw new org.springframework.security.access.AccessDeniedException("not an editor");
		}
		var t = file.target();
		model.addAttribute("form",
				TargetForm.of(new TargetDetails(t.type(), t.neutralityKind(), t.title(), t.baseYear(), t.baseValue(),
						t.targetYear(), t.targetValue(), t.reductionPercent(), t.reductionPercentHigh(),
						RegistryUnit.ofCode(t.unit()).orElse(null), t.valueDescription(), t.gases(), t.sectors(),
						t.scopes(), t.conditional(), t.status(), t.supersededBy(), t.policy(), t.sourceDocument(),
						t.sourcePage(), t.sourceLink())));
		model.addAttribute("countryCode", t.countryCode());
		return formPage(model, t.cityId() == null ? null : this.cities.city(t.cityId()), id, t.version());
	}

	@PostMapping("/targets/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") TargetForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, WebRequest request) {
		if (!this.targets.targetFile(id).editable()) {
			throw new org.springframework.security.access.AccessDeniedException("not an editor");
		}
		var t = this.targets.target(id);
		var city = t.cityId() == null ? null : this.cities.city(t.cityId());
		model.addAttribute("countryCode", t.countryCode());
		var input = FormInput.of(errors, TargetForm.LABELS, model, request);
		var details = form.read(input, this.validator);
		if (details == null) {
			return formPage(model, city, id, version);
		}
		try {
			this.targets.updateTarget(id, details, version);
		}
		catch (InvalidInputException ex) {
			input.reject(ex.violations());
			return formPage(model, city, id, version);
		}
		redirect.addFlashAttribute("notice", "cities.target.saved");
		return "redirect:/targets/" + id;
	}

	@PostMapping("/targets/{id}/progress")
	String progress(@PathVariable UUID id, @ModelAttribute("progressForm") ProgressForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale, WebRequest request) {
		if (!this.targets.targetFile(id).editable()) {
			throw new org.springframework.security.access.AccessDeniedException("not an editor");
		}
		var input = FormInput.of(errors, ProgressForm.LABELS, model, request);
		var details = form.read(input, this.validator);
		if (details != null) {
			try {
				this.targets.addProgress(id, details);
				redirect.addFlashAttribute("notice", "cities.progress.saved");
				return "redirect:/targets/" + id;
			}
			catch (InvalidInputException ex) {
				input.reject(ex.violations());
			}
		}
		model.addAttribute("file", this.targets.targetFile(id));
		addPanels(id, model, locale);
		return "cities/target";
	}

	private void requireEditor(UUID city) {
		if (!this.cities.canEdit(city)) {
			throw new org.springframework.security.access.AccessDeniedException("not an editor");
		}
	}

	private String formPage(Model model, @Nullable CityView city, @Nullable UUID targetId, long version) {
		model.addAttribute("city", city);
		model.addAttribute("targetId", targetId);
		model.addAttribute("version", version);
		model.addAttribute("types", TargetType.values());
		model.addAttribute("kinds", NeutralityKind.values());
		model.addAttribute("statuses", TargetStatus.values());
		var units = new TreeMap<String, String>();
		for (var type : TargetType.values()) {
			units.put(type.name(), type.units().isEmpty() ? "" : String.join(", ", type.unitCodes()));
		}
		model.addAttribute("units", units);
		model.addAttribute("unitCodes", RegistryUnit.codes());
		return "cities/target-form";
	}

	/** Number of targets per target year and type, for the timeline chart. */
	private Timeline timeline(TargetRegistry.TargetFilter filter, Locale locale) {
		var all = this.targets.targets(filter,
				Sorting.page(0, Sorting.MAX_SIZE, "targetYear", Sorting.TARGET, "targetYear"));
		var byType = new TreeMap<String, Map<Integer, Integer>>();
		var years = new java.util.TreeSet<Integer>();
		for (var t : all) {
			if (t.targetYear() != null) {
				years.add(t.targetYear());
				byType.computeIfAbsent(t.type().name(), (k) -> new TreeMap<>()).merge(t.targetYear(), 1, Integer::sum);
			}
		}
		var series = new ArrayList<Map<String, Object>>();
		byType.forEach((type, counts) -> {
			var row = new LinkedHashMap<String, Object>();
			row.put("name", this.messages.getMessage("TargetType." + type, null, type, locale));
			row.put("data", years.stream().map((y) -> counts.getOrDefault(y, 0)).toList());
			series.add(row);
		});
		var rows = new ArrayList<YearRow>();
		for (var year : years) {
			var parts = new ArrayList<String>();
			var total = 0;
			for (var entry : byType.entrySet()) {
				var count = entry.getValue().getOrDefault(year, 0);
				if (count > 0) {
					total += count;
					parts.add(this.messages.getMessage(
							"cities.chart.typeCount", new Object[] { this.messages
								.getMessage("TargetType." + entry.getKey(), null, entry.getKey(), locale), count },
							locale));
				}
			}
			rows.add(new YearRow(year, total, String.join(", ", parts)));
		}
		return new Timeline(this.json
			.writeValueAsString(Map.of("years", years.stream().map(String::valueOf).toList(), "series", series)), rows);
	}

	/**
	 * The timeline chart's data, and the same as rows of a table for readers without it.
	 */
	record Timeline(String json, List<YearRow> rows) {
	}

	/** Targets due in one year: how many, and how many of each type. */
	record YearRow(int year, int total, String byType) {
	}

}
