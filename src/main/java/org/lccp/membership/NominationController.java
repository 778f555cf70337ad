package org.lccp.membership;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lccp.identity.AccountManagement;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.CountryCode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Member-State nominations: the national focal point's form, and the secretariat's list
 * of focal points with their countries.
 */
@Controller
class NominationController {

	private final MembershipManagement membership;

	private final AccountManagement accounts;

	NominationController(MembershipManagement membership, AccountManagement accounts) {
		this.membership = membership;
		this.accounts = accounts;
	}

	@GetMapping("/membership/nominate")
	String form(Model model) {
		model.addAttribute("form", NominationForm.empty());
		return formPage(model);
	}

	@PostMapping("/membership/nominate")
	String nominate(@Valid @ModelAttribute("form") NominationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var country = this.membership.nominatingCountry();
		if (country.isEmpty()) {
			return formPage(model);
		}
		if (form.type() != null && !MembershipManagement.NOMINABLE.contains(form.type())) {
			errors.rejectValue("type", "membership.nomination.typeNotNominable");
		}
		if (form.type() == InstitutionType.LOCAL_GOVERNMENT && (form.city() == null || form.city().isBlank())) {
			errors.rejectValue("city", "membership.application.cityRequired");
		}
		if (errors.hasErrors()) {
			return formPage(model);
		}
		UUID id;
		try {
			id = this.membership.nominate(form.toDetails(country.get()), form.reason());
		}
		catch (MembershipManagement.NominationRefusedException refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return formPage(model);
		}
		redirect.addFlashAttribute("notice", "membership.nomination.sentNotice");
		return "redirect:/membership/applications/" + id;
	}

	@GetMapping("/admin/membership/focal-points")
	String focalPoints(Model model, Locale locale) {
		model.addAttribute("appointment", new AppointmentForm("", null));
		return focalPointsPage(model, locale);
	}

	@PostMapping("/admin/membership/focal-points")
	String appoint(@Valid @ModelAttribute("appointment") AppointmentForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		var country = (form.country() == null) ? "" : form.country().code();
		if (!country.isEmpty() && !Countries.NEASPEC_MEMBERS.contains(country)) {
			errors.rejectValue("country", "membership.focalPoints.memberStateOnly");
		}
		var account = form.email() == null || form.email().isBlank() ? null
				: this.accounts.findByEmail(form.email().strip()).orElse(null);
		if (form.email() != null && !form.email().isBlank() && account == null) {
			errors.rejectValue("email", "membership.focalPoints.noAccount");
		}
		if (errors.hasErrors() || account == null) {
			return focalPointsPage(model, locale);
		}
		this.membership.appointFocalPoint(account.id(), country);
		redirect.addFlashAttribute("notice", "membership.focalPoints.appointedNotice");
		return "redirect:/admin/membership/focal-points";
	}

	@PostMapping("/admin/membership/focal-points/{accountId}/withdraw")
	String withdraw(@PathVariable UUID accountId, RedirectAttributes redirect) {
		this.membership.withdrawFocalPoint(accountId);
		redirect.addFlashAttribute("notice", "membership.focalPoints.withdrawnNotice");
		return "redirect:/admin/membership/focal-points";
	}

	private String formPage(Model model) {
		model.addAttribute("country", this.membership.nominatingCountry().orElse(null));
		model.addAttribute("types", MembershipManagement.NOMINABLE);
		return "membership/nominate";
	}

	private String focalPointsPage(Model model, Locale locale) {
		model.addAttribute("focalPoints", this.membership.focalPoints());
		model.addAttribute("countries",
				Countries.NEASPEC_MEMBERS.stream()
					.map((c) -> new Countries.Country(c, Countries.name(c, locale)))
					.toList());
		return "membership/focal-points";
	}

	/**
	 * The secretariat's appointment: an account by its email and a Member State, bound as
	 * a {@link CountryCode} (a code no country has is the binder's {@code typeMismatch}
	 * field error; a country that is no Member State is refused by the controller).
	 */
	record AppointmentForm(
			@NotBlank(message = "{validation.required}") @Size(max = 254,
					message = "{validation.tooLong}") String email,
			@NotNull(message = "{validation.required}") @Nullable CountryCode country) {
	}

}
