package org.lccp.cities;

import java.time.Clock;
import java.time.Year;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
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
 * The forms with which a city's editors add, correct and delete the values of its series
 * (population, area, GDP, GDP per capita); listed on the city's edit page.
 */
@Controller
class FactController {

	private final CityDirectory cities;

	private final Validator validator;

	private final Clock clock;

	FactController(CityDirectory cities, Validator validator, Clock clock) {
		this.clock = clock;
		this.cities = cities;
		this.validator = validator;
	}

	@GetMapping("/cities/{id}/facts/new")
	String newFact(@PathVariable UUID id, Model model) {
		var city = this.cities.city(id);
		requireEditor(id);
		model.addAttribute("form", FactForm.blank());
		return formPage(model, city, null, 0);
	}

	@PostMapping("/cities/{id}/facts")
	String add(@PathVariable UUID id, @ModelAttribute("form") FactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, WebRequest request) {
		var city = this.cities.city(id);
		requireEditor(id);
		var input = FormInput.of(errors, FactForm.LABELS, model, request);
		var details = form.read(input, this.validator, Year.now(this.clock).getValue());
		if (details != null) {
			try {
				this.cities.addFact(id, details);
				redirect.addFlashAttribute("notice", "cities.fact.saved");
				return "redirect:/cities/" + id + "/edit";
			}
			catch (InvalidInputException ex) {
				input.reject(ex.violations());
			}
		}
		return formPage(model, city, null, 0);
	}

	@GetMapping("/cities/{id}/facts/{factId}/edit")
	String edit(@PathVariable UUID id, @PathVariable long factId, Model model) {
		var city = this.cities.city(id);
		var fact = this.cities.fact(id, factId);
		model.addAttribute("form",
				FactForm.of(new FactDetails(fact.kind(), fact.year(), fact.value(), fact.unit(), fact.source())));
		return formPage(model, city, factId, fact.version());
	}

	@PostMapping("/cities/{id}/facts/{factId}/edit")
	String correct(@PathVariable UUID id, @PathVariable long factId, @RequestParam long version,
			@ModelAttribute("form") FactForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			WebRequest request) {
		var city = this.cities.city(id);
		requireEditor(id);
		var input = FormInput.of(errors, FactForm.LABELS, model, request);
		var details = form.read(input, this.validator, Year.now(this.clock).getValue());
		if (details != null) {
			try {
				this.cities.correctFact(id, factId, details, version);
				redirect.addFlashAttribute("notice", "cities.fact.saved");
				return "redirect:/cities/" + id + "/edit";
			}
			catch (InvalidInputException ex) {
				input.reject(ex.violations());
			}
		}
		return formPage(model, city, factId, version);
	}

	@PostMapping("/cities/{id}/facts/{factId}/delete")
	String delete(@PathVariable UUID id, @PathVariable long factId, @RequestParam long version,
			RedirectAttributes redirect) {
		requireEditor(id);
		this.cities.deleteFact(id, factId, version);
		redirect.addFlashAttribute("notice", "cities.fact.deleted");
		return "redirect:/cities/" + id + "/edit";
	}

	private void requireEditor(UUID city) {
		if (!this.cities.canEdit(city)) {
			throw new AccessDeniedException("not an editor");
		}
	}

	private String formPage(Model model, CityView city, @Nullable Long factId, long version) {
		model.addAttribute("city", city);
		model.addAttribute("factId", factId);
		model.addAttribute("version", version);
		model.addAttribute("kinds", FactKind.values());
		var units = new TreeMap<String, String>();
		for (var kind : FactKind.values()) {
			units.put(kind.name(), String.join(", ", kind.unitCodes()));
		}
		model.addAttribute("units", units);
		return "cities/fact-form";
	}

}
