package org.lccp.programme;

import java.util.UUID;

import org.lccp.shared.i18n.Countries;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Projects, the ledger of contributions and the offers to host a forum on one page, open
 * to read; the secretariat records them.
 */
@Controller
class ProjectsController {

	private final Projects projects;

	ProjectsController(Projects projects) {
		this.projects = projects;
	}

	@GetMapping("/projects")
	String overview(Model model) {
		model.addAttribute("projects", this.projects.projects());
		model.addAttribute("ledger", this.projects.ledger(null));
		model.addAttribute("totals", this.projects.totals());
		model.addAttribute("offers", this.projects.hostOffers());
		model.addAttribute("secretariat", CurrentUser.has(Role.SECRETARIAT));
		model.addAttribute("kinds", Projects.Kind.values());
		model.addAttribute("hostStatuses", Projects.HostStatus.values());
		model.addAttribute("countries", Countries.NEASPEC_MEMBERS);
		for (var form : new String[] { "projectForm", "contributionForm", "hostForm" }) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, switch (form) {
					case "projectForm" -> Projects.ProjectForm.empty();
					case "contributionForm" -> Projects.ContributionForm.empty();
					default -> Projects.HostOfferForm.empty();
				});
			}
		}
		return "programme/projects";
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable UUID id, Model model) {
		model.addAttribute("project", this.projects.project(id));
		model.addAttribute("ledger", this.projects.ledger(id));
		return "programme/project";
	}

	@PostMapping("/projects")
	String addProject(@ModelAttribute("projectForm") Projects.ProjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			ReportController.reject(errors, Projects.projectViolations(form));
			return overview(model);
		}
		try {
			var id = this.projects.addProject(form);
			redirect.addFlashAttribute("notice", "programme.projects.added");
			return "redirect:/projects/" + id;
		}
		catch (InvalidProgrammeException ex) {
			ReportController.reject(errors, ex.violations());
			return overview(model);
		}
	}

	@PostMapping("/contributions")
	String addContribution(@ModelAttribute("contributionForm") Projects.ContributionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			ReportController.reject(errors, this.projects.contributionViolations(form));
			return overview(model);
		}
		try {
			this.projects.addContribution(form);
			redirect.addFlashAttribute("notice", "programme.contributions.added");
			return "redirect:/projects#ledger";
		}
		catch (InvalidProgrammeException ex) {
			ReportController.reject(errors, ex.violations());
			return overview(model);
		}
	}

	@PostMapping("/host-offers")
	String addHostOffer(@ModelAttribute("hostForm") Projects.HostOfferForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			ReportController.reject(errors, Projects.hostOfferViolations(form));
			return overview(model);
		}
		try {
			this.projects.addHostOffer(form);
			redirect.addFlashAttribute("notice", "programme.hosting.added");
			return "redirect:/projects#hosting";
		}
		catch (InvalidProgrammeException ex) {
			ReportController.reject(errors, ex.violations());
			return overview(model);
		}
	}

}
