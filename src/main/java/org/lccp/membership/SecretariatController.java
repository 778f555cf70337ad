package org.lccp.membership;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
 * The secretariat's application queue and decisions, and suspension of members.
 */
@Controller
class SecretariatController {

	private final MembershipManagement membership;

	SecretariatController(MembershipManagement membership) {
		this.membership = membership;
	}

	@GetMapping("/admin/membership")
	String queue(@RequestParam(required = false) ApplicationState state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "") String nominated, Model model, java.util.Locale locale) {
		// Only "*" or a Member State's code filters; anything else lists every
		// application.
		var filter = "*".equals(nominated) || org.lccp.shared.i18n.Countries.NEASPEC_MEMBERS.contains(nominated)
				? nominated : "";
		model.addAttribute("nominated", filter);
		model.addAttribute("memberStates", org.lccp.shared.i18n.Countries.NEASPEC_MEMBERS.stream()
			.map((c) -> new org.lccp.shared.i18n.Countries.Country(c, org.lccp.shared.i18n.Countries.name(c, locale)))
			.toList());
		model.addAttribute("state", state);
		model.addAttribute("states", ApplicationState.values());
		model.addAttribute("counts", this.membership.queueCounts());
		model.addAttribute("applications", this.membership.queue(state, filter, page));
		return "membership/queue";
	}

	@GetMapping("/admin/membership/{id}")
	String review(@PathVariable UUID id, Model model) {
		return reviewPage(id, model, new ReasonForm(""), new ReasonForm(""), new ReasonForm(""));
	}

	@PostMapping("/admin/membership/{id}/checklist")
	String checklist(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean eligibleType,
			@RequestParam(defaultValue = "false") boolean lccActivity,
			@RequestParam(defaultValue = "false") boolean contactVerified,
			@RequestParam(defaultValue = "false") boolean notDuplicate, RedirectAttributes redirect) {
		this.membership.updateChecklist(id, new Checklist(eligibleType, lccActivity, contactVerified, notDuplicate));
		redirect.addFlashAttribute("notice", "membership.checklist.saved");
		return "redirect:/admin/membership/" + id;
	}

	@PostMapping("/admin/membership/{id}/request-info")
	String requestInfo(@PathVariable UUID id, @Valid @ModelAttribute("moreInfo") ReasonForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return reviewPage(id, model, form, new ReasonForm(""), new ReasonForm(""));
		}
		this.membership.requestMoreInformation(id, UserText.clean(form.text()));
		redirect.addFlashAttribute("notice", "membership.moreInfo.sent");
		return "redirect:/admin/membership/" + id;
	}

	@PostMapping("/admin/membership/{id}/messages")
	String message(@PathVariable UUID id, @Valid @ModelAttribute("message") ReasonForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return reviewPage(id, model, new ReasonForm(""), form, new ReasonForm(""));
		}
		this.membership.messageApplicant(id, UserText.clean(form.text()));
		redirect.addFlashAttribute("notice", "membership.message.sent");
		return "redirect:/admin/membership/" + id;
	}

	/**
	 * Accepts in one step with the checklist ticked on the same form: the checklist is
	 * saved first, and an incomplete one stops the acceptance with a message.
	 */
	@PostMapping("/admin/membership/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean withChecklist,
			@RequestParam(defaultValue = "false") boolean eligibleType,
			@RequestParam(defaultValue = "false") boolean lccActivity,
			@RequestParam(defaultValue = "false") boolean contactVerified,
			@RequestParam(defaultValue = "false") boolean notDuplicate, RedirectAttributes redirect) {
		if (withChecklist) {
			var checklist = new Checklist(eligibleType, lccActivity, contactVerified, notDuplicate);
			this.membership.updateChecklist(id, checklist);
			if (!checklist.complete()) {
				redirect.addFlashAttribute("error", "membership.review.checklistFirst");
				return "redirect:/admin/membership/" + id;
			}
		}
		this.membership.accept(id);
		redirect.addFlashAttribute("notice", "membership.application.acceptedNotice");
		return "redirect:/admin/membership/" + id;
	}

	@PostMapping("/admin/membership/{id}/reject")
	String reject(@PathVariable UUID id, @Valid @ModelAttribute("rejection") ReasonForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return reviewPage(id, model, new ReasonForm(""), new ReasonForm(""), form);
		}
		this.membership.reject(id, UserText.clean(form.text()));
		redirect.addFlashAttribute("notice", "membership.application.rejectedNotice");
		return "redirect:/admin/membership/" + id;
	}

	@PostMapping("/members/{id}/suspend")
	String suspend(@PathVariable UUID id, @Valid @ModelAttribute("suspension") ReasonForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "membership.institution.reasonRequired");
			return "redirect:/members/" + id;
		}
		this.membership.suspend(id, UserText.clean(form.text()));
		redirect.addFlashAttribute("notice", "membership.institution.suspendedNotice");
		return "redirect:/members/" + id;
	}

	@PostMapping("/members/{id}/reinstate")
	String reinstate(@PathVariable UUID id, @Valid @ModelAttribute("suspension") ReasonForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "membership.institution.reasonRequired");
			return "redirect:/members/" + id;
		}
		this.membership.reinstate(id, UserText.clean(form.text()));
		redirect.addFlashAttribute("notice", "membership.institution.reinstatedNotice");
		return "redirect:/members/" + id;
	}

	private String reviewPage(UUID id, Model model, ReasonForm moreInfo, ReasonForm message, ReasonForm rejection) {
		model.addAttribute("file", this.membership.application(id));
		model.addAttribute("moreInfo", moreInfo);
		model.addAttribute("message", message);
		model.addAttribute("rejection", rejection);
		return "membership/review";
	}

	/** A required free text: a request, a message or a reason. */
	record ReasonForm(@NotBlank(message = "{validation.required}") @Size(max = 5000,
			message = "{validation.tooLong}") String text) {
	}

}
