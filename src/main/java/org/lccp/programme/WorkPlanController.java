package org.lccp.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work plan by year, open to read; the secretariat adds items, moves their status and
 * links the records that deliver them.
 */
@Controller
class WorkPlanController {

	private final WorkPlan plan;

	private final Clock clock;

	WorkPlanController(WorkPlan plan, Clock clock) {
		this.plan = plan;
		this.clock = clock;
	}

	@GetMapping("/work-plan")
	String year(@RequestParam(required = false) @Nullable Integer year, Model model) {
		var years = this.plan.years();
		var shown = year != null && year >= 1990 && year <= 2200 ? year
				: years.isEmpty() ? LocalDate.now(this.clock).getYear() : years.get(0);
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("items", this.plan.year(shown));
		model.addAttribute("secretariat", CurrentUser.has(Role.SECRETARIAT));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", WorkPlan.ItemForm.empty(shown));
		}
		choices(model);
		return "programme/work-plan";
	}

	@PostMapping("/work-plan/items")
	String add(@ModelAttribute("form") WorkPlan.ItemForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			ReportController.reject(errors, WorkPlan.violations(form));
			return year(null, model);
		}
		try {
			var id = this.plan.add(form);
			redirect.addFlashAttribute("notice", "programme.workplan.added");
			return "redirect:/work-plan/items/" + id;
		}
		catch (InvalidProgrammeException ex) {
			ReportController.reject(errors, ex.violations());
			return year(null, model);
		}
	}

	@GetMapping("/work-plan/items/{id}")
	String item(@PathVariable UUID id, Model model) {
		model.addAttribute("item", this.plan.item(id));
		model.addAttribute("secretariat", CurrentUser.has(Role.SECRETARIAT));
		if (!model.containsAttribute("link")) {
			model.addAttribute("link", WorkPlan.LinkForm.empty());
		}
		choices(model);
		return "programme/work-plan-item";
	}

	@PostMapping("/work-plan/items/{id}/status")
	String status(@PathVariable UUID id, @ModelAttribute("statusForm") WorkPlan.StatusForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasFieldErrors("version")) {
			// a version that is no number was not read from any page of this item
			throw new ConflictException("programme.error.staleItem");
		}
		if (errors.hasFieldErrors("status")) {
			// the refusal of an unknown status, as the rules give it for none
			throw new InvalidProgrammeException(
					java.util.List.of(new InvalidProgrammeException.Violation("status", "programme.error.choice")));
		}
		this.plan.changeStatus(id, form);
		redirect.addFlashAttribute("notice", "programme.workplan.statusChanged");
		return "redirect:/work-plan/items/" + id;
	}

	@PostMapping("/work-plan/items/{id}/links")
	String link(@PathVariable UUID id, @ModelAttribute("link") WorkPlan.LinkForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			this.plan.item(id);
			ReportController.reject(errors, WorkPlan.violations(form));
			return item(id, model);
		}
		try {
			this.plan.link(id, form);
			redirect.addFlashAttribute("notice", "programme.workplan.linked");
			return "redirect:/work-plan/items/" + id;
		}
		catch (InvalidProgrammeException ex) {
			ReportController.reject(errors, ex.violations());
			return item(id, model);
		}
	}

	private static void choices(Model model) {
		model.addAttribute("areas", ActivityArea.values());
		model.addAttribute("statuses", WorkPlan.Status.values());
		model.addAttribute("linkKinds", WorkPlan.LinkKind.values());
	}

}
