package org.lccp.programme;

import java.util.UUID;

import org.lccp.shared.domain.ActivityArea;
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
 * Resource centres: the list and each centre with its yearly reports are open to read;
 * the secretariat invites, the institution answers and reports.
 */
@Controller
class ResourceCentreController {

	private final ResourceCentres centres;

	ResourceCentreController(ResourceCentres centres) {
		this.centres = centres;
	}

	@GetMapping("/resource-centres")
	String list(Model model) {
		model.addAttribute("centres", this.centres.centres());
		model.addAttribute("secretariat", CurrentUser.has(Role.SECRETARIAT));
		model.addAttribute("areas", ActivityArea.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ResourceCentres.InvitationForm.empty());
		}
		return "programme/resource-centres";
	}

	@PostMapping("/resource-centres")
	String invite(@ModelAttribute("form") ResourceCentres.InvitationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			ReportController.reject(errors, ResourceCentres.violations(form));
			return list(model);
		}
		try {
			var id = this.centres.invite(form);
			redirect.addFlashAttribute("notice", "programme.centres.invited");
			return "redirect:/resource-centres/" + id;
		}
		catch (InvalidProgrammeException ex) {
			ReportController.reject(errors, ex.violations());
			return list(model);
		}
	}

	@GetMapping("/resource-centres/{id}")
	String centre(@PathVariable UUID id, Model model) {
		var centre = this.centres.centre(id);
		model.addAttribute("centre", centre);
		model.addAttribute("mayAnswer", this.centres.mayAnswer(centre));
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", ResourceCentres.ReportForm.empty());
		}
		return "programme/resource-centre";
	}

	@PostMapping("/resource-centres/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		this.centres.answer(id, true);
		redirect.addFlashAttribute("notice", "programme.centres.accepted");
		return "redirect:/resource-centres/" + id;
	}

	@PostMapping("/resource-centres/{id}/decline")
	String decline(@PathVariable UUID id, RedirectAttributes redirect) {
		this.centres.answer(id, false);
		redirect.addFlashAttribute("notice", "programme.centres.declined");
		return "redirect:/resource-centres/" + id;
	}

	@PostMapping("/resource-centres/{id}/reports")
	String report(@PathVariable UUID id, @ModelAttribute("report") ResourceCentres.ReportForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		// a year that did not convert is null, which the rules refuse with the other
		// fields: the form comes back with every message and nothing is stored
		try {
			this.centres.fileReport(id, form);
			redirect.addFlashAttribute("notice", "programme.centres.reported");
			return "redirect:/resource-centres/" + id;
		}
		catch (InvalidProgrammeException ex) {
			ReportController.reject(errors, ex.violations());
			return centre(id, model);
		}
	}

}
