package org.lccp.membership;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.UserText;

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
 * The applicant's pages: the application form, their applications and the message thread.
 */
@Controller
class ApplicationController {

	private final MembershipManagement membership;

	ApplicationController(MembershipManagement membership) {
		this.membership = membership;
	}

	@GetMapping("/membership/apply")
	String form(Model model, Locale locale) {
		var user = CurrentUser.get().orElseThrow();
		model.addAttribute("form", ApplicationForm.empty(user.email(), user.displayName()));
		return formPage(model, locale, null);
	}

	@PostMapping("/membership/apply")
	String create(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		validate(form, errors, action);
		if (errors.hasErrors()) {
			return formPage(model, locale, null);
		}
		var id = this.membership.startApplication(form.toDetails());
		if ("submit".equals(action)) {
			this.membership.submit(id);
			redirect.addFlashAttribute("notice", "membership.application.submittedNotice");
		}
		else {
			redirect.addFlashAttribute("notice", "membership.application.savedNotice");
		}
		return "redirect:/membership/applications/" + id;
	}

	@GetMapping("/membership/applications")
	String mine(Model model) {
		model.addAttribute("applications", this.membership.myApplications());
		return "membership/my-applications";
	}

	@GetMapping("/membership/applications/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("file", this.membership.application(id));
		model.addAttribute("reply", new MessageForm(""));
		return "membership/application";
	}

	@GetMapping("/membership/applications/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		var file = this.membership.application(id);
		model.addAttribute("form", ApplicationForm.of(file.details()));
		return formPage(model, locale, id);
	}

	@PostMapping("/membership/applications/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		validate(form, errors, action);
		if (errors.hasErrors()) {
			this.membership.application(id);
			return formPage(model, locale, id);
		}
		this.membership.updateApplication(id, form.toDetails());
		if ("submit".equals(action)) {
			this.membership.submit(id);
			redirect.addFlashAttribute("notice", "membership.application.submittedNotice");
		}
		else {
			redirect.addFlashAttribute("notice", "membership.application.savedNotice");
		}
		return "redirect:/membership/applications/" + id;
	}

	@PostMapping("/membership/applications/{id}/messages")
	String reply(@PathVariable UUID id, @Valid @ModelAttribute("reply") MessageForm reply, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("file", this.membership.application(id));
			return "membership/application";
		}
		this.membership.reply(id, UserText.clean(reply.body()));
		redirect.addFlashAttribute("notice", "membership.message.sent");
		return "redirect:/membership/applications/" + id;
	}

	private String formPage(Model model, Locale locale, UUID id) {
		model.addAttribute("applicationId", id);
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("countries", Countries.choices(locale));
		model.addAttribute("areas", ActivityArea.values());
		model.addAttribute("sectors", Sector.values());
		return "membership/apply";
	}

	static void validate(ApplicationForm form, BindingResult errors, String action) {
		if (form.type() == InstitutionType.LOCAL_GOVERNMENT && (form.city() == null || form.city().isBlank())) {
			errors.rejectValue("city", "membership.application.cityRequired");
		}
		// areas that did not convert are already asked for by the binder's message
		if ("submit".equals(action) && (form.interests() == null || form.interests().isEmpty())
				&& !errors.hasFieldErrors("interests")) {
			errors.rejectValue("interests", "membership.application.interestRequired");
		}
	}

	/** A message in an application's thread. */
	record MessageForm(@NotBlank(message = "{validation.required}") @Size(max = 5000,
			message = "{validation.tooLong}") String body) {
	}

}
