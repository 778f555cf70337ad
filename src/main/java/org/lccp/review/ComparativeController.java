package org.lccp.review;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.review.ComparativeStudies.ChapterForm;
import org.lccp.review.ComparativeStudies.ComparativeForm;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The comparative-study pages: the list (with the secretariat's form) and one study. */
@Controller
class ComparativeController {

	private final ComparativeStudies studies;

	private final MessageSource messages;

	ComparativeController(ComparativeStudies studies, MessageSource messages) {
		this.studies = studies;
		this.messages = messages;
	}

	@GetMapping("/comparative-studies")
	String list(Model model) {
		model.addAttribute("studies", this.studies.list());
		model.addAttribute("form", new ComparativeForm("", null, "", "", ""));
		return "review/comparatives";
	}

	@PostMapping("/comparative-studies")
	String create(@ModelAttribute("form") ComparativeForm form, BindingResult typed, Model model, Locale locale) {
		// a year that did not convert arrives empty, which the study refuses; the page
		// then shows the binder's message, which says what to type
		try {
			return "redirect:/comparative-studies/" + this.studies.create(form);
		}
		catch (ReviewRefusedException ex) {
			var mismatch = typed.getFieldError(ex.field());
			model.addAttribute("studies", this.studies.list());
			model.addAttribute("form", form);
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorMessage",
					mismatch == null ? message(ex, locale) : this.messages.getMessage(mismatch, locale));
			// what was typed stays in the field that did not convert
			model.addAttribute("rejected", mismatch == null ? null : mismatch.getRejectedValue());
			return "review/comparatives";
		}
	}

	@GetMapping("/comparative-studies/{id}")
	String study(@PathVariable UUID id, Model model) {
		model.addAttribute("study", this.studies.study(id));
		model.addAttribute("countries", ComparativeStudies.countries());
		return "review/comparative";
	}

	@PostMapping("/comparative-studies/{id}/chapters")
	String chapter(@PathVariable UUID id, @ModelAttribute ChapterForm form, BindingResult typed, Model model,
			Locale locale, RedirectAttributes redirect) {
		return step(id, "chapter", typed, () -> this.studies.addChapter(id, form), model, locale, redirect);
	}

	@PostMapping("/comparative-studies/{id}/publish")
	String publish(@PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		return step(id, "publish", null, () -> this.studies.publish(id), model, locale, redirect);
	}

	/**
	 * Takes a step and shows its refusal on the page; a field the binder could not
	 * convert reaches the step as none, and the page shows the binder's message for it.
	 */
	private String step(UUID id, String formName, @Nullable BindingResult typed, Runnable action, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "review.saved");
			return "redirect:/comparative-studies/" + id;
		}
		catch (ReviewRefusedException ex) {
			model.addAttribute("study", this.studies.study(id));
			model.addAttribute("countries", ComparativeStudies.countries());
			model.addAttribute("errorForm", formName);
			model.addAttribute("errorField", ex.field());
			var mismatch = typed == null ? null : typed.getFieldError(ex.field());
			model.addAttribute("errorMessage",
					mismatch == null ? message(ex, locale) : this.messages.getMessage(mismatch, locale));
			return "review/comparative";
		}
	}

	private String message(ReviewRefusedException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

}
