package org.lccp.gatherings;

import org.lccp.shared.domain.ContentAbout;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lccp.gatherings.ParticipationForms.FeedbackForm;
import org.lccp.gatherings.ParticipationForms.RegistrationForm;
import org.lccp.shared.i18n.Countries;
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
 * The calendar, a gathering's page, and what members do there: register, cancel, give
 * feedback.
 */
@Controller
class GatheringController {

	private final GatheringManagement gatherings;

	private final GatheringRegistrations registrations;

	private final java.util.List<ContentAbout> contentAbout;

	GatheringController(GatheringManagement gatherings, GatheringRegistrations registrations,
			java.util.List<ContentAbout> contentAbout) {
		this.gatherings = gatherings;
		this.registrations = registrations;
		this.contentAbout = contentAbout;
	}

	@GetMapping("/gatherings")
	String calendar(@RequestParam(defaultValue = "upcoming") String when,
			@RequestParam(required = false) @Nullable GatheringType type,
			@RequestParam(required = false) @Nullable GatheringFormat format,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String theme, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		var past = "past".equals(when);
		var filter = new GatheringManagement.Filter(type, format, country, theme);
		model.addAttribute("past", past);
		model.addAttribute("when", past ? "past" : "upcoming");
		model.addAttribute("gatherings", this.gatherings.calendar(past, filter, page, 20));
		model.addAttribute("type", type);
		model.addAttribute("format", format);
		model.addAttribute("country", country == null ? "" : country);
		model.addAttribute("theme", theme == null ? "" : theme);
		model.addAttribute("types", GatheringType.values());
		model.addAttribute("formats", GatheringFormat.values());
		model.addAttribute("countries",
				this.gatherings.countries()
					.stream()
					.map((c) -> new Countries.Country(c, Countries.name(c, locale)))
					.toList());
		return "gatherings/calendar";
	}

	@GetMapping("/gatherings/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("registration", RegistrationForm.empty());
		model.addAttribute("feedbackForm", FeedbackForm.empty());
		return page(id, model);
	}

	@PostMapping("/gatherings/{id}/registration")
	String register(@PathVariable UUID id, @Valid @ModelAttribute("registration") RegistrationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("feedbackForm", FeedbackForm.empty());
			return page(id, model);
		}
		try {
			var outcome = this.registrations.register(id, form.toAnswers());
			redirect.addFlashAttribute("notice", outcome.status() == RegistrationStatus.CONFIRMED
					? "gatherings.registration.confirmedNotice" : "gatherings.registration.waitlistedNotice");
		}
		catch (RegistrationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/gatherings/" + id;
	}

	@PostMapping("/gatherings/{id}/registration/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.registrations.cancel(id);
			redirect.addFlashAttribute("notice", "gatherings.registration.cancelledNotice");
		}
		catch (RegistrationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/gatherings/" + id;
	}

	@PostMapping("/gatherings/{id}/feedback")
	String feedback(@PathVariable UUID id, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("registration", RegistrationForm.empty());
			return page(id, model);
		}
		try {
			this.registrations.giveFeedback(id, form.ratingValue(), UserText.cleanOrNull(form.comment()));
			redirect.addFlashAttribute("notice", "gatherings.feedback.thanks");
		}
		catch (RegistrationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/gatherings/" + id;
	}

	private String page(UUID id, Model model) {
		model.addAttribute("page", this.gatherings.page(id));
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("related",
				this.contentAbout.stream()
					.flatMap((c) -> c.about(ContentAbout.Subject.GATHERING, id, locale).stream())
					.collect(java.util.stream.Collectors.groupingBy(ContentAbout.Entry::sectionKey,
							java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
		model.addAttribute("modes", AttendanceMode.values());
		return "gatherings/gathering";
	}

}
