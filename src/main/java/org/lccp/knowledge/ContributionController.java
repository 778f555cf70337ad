package org.lccp.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.lccp.cities.CitiesManagement;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * What members do in the hub: write an item, add language versions, submit it for
 * publication, follow it on their page of contributions.
 */
@Controller
class ContributionController {

	private final KnowledgeManagement knowledge;

	private final Editorial editorial;

	private final CitiesManagement cities;

	private final org.springframework.context.MessageSource messages;

	private final GatheringManagement gatherings;

	ContributionController(KnowledgeManagement knowledge, Editorial editorial, CitiesManagement cities,
			org.springframework.context.MessageSource messages, GatheringManagement gatherings) {
		this.gatherings = gatherings;
		this.messages = messages;
		this.knowledge = knowledge;
		this.editorial = editorial;
		this.cities = cities;
	}

	@GetMapping("/my/knowledge")
	String mine(Model model, Locale locale) {
		model.addAttribute("items", this.knowledge.mine(CurrentUser.id(), locale));
		model.addAttribute("kinds", ContentKind.values());
		return "knowledge/mine";
	}

	@GetMapping("/knowledge/new")
	String start(@RequestParam(defaultValue = "CASE_STUDY") String kind, Model model, Locale locale) {
		var chosen = ItemForm.choice(ContentKind.class, kind);
		if (chosen == null) {
			chosen = ContentKind.CASE_STUDY;
		}
		model.addAttribute("form", ItemForm.empty(chosen, Language.of(locale).code()));
		return formPage(model, locale, null, chosen);
	}

	@PostMapping("/knowledge")
	String create(@Valid @ModelAttribute("form") ItemForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		form.validate(errors);
		var kind = form.contentKind();
		if (errors.hasErrors() || kind == null) {
			return formPage(model, locale, null, (kind == null) ? ContentKind.CASE_STUDY : kind);
		}
		var id = this.editorial.create(form);
		redirect.addFlashAttribute("notice", "knowledge.saved");
		return "redirect:/" + kind.path() + "/" + id;
	}

	@GetMapping("/knowledge/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		requireEditable(id);
		var form = this.knowledge.form(id);
		model.addAttribute("form", form);
		model.addAttribute("version", this.knowledge.version(id));
		return formPage(model, locale, id, form.contentKind());
	}

	@PostMapping("/knowledge/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") ItemForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		requireEditable(id);
		var current = this.knowledge.form(id).contentKind();
		if (form.contentKind() != current) {
			errors.rejectValue("kind", "knowledge.validation.choice");
		}
		form.validate(errors);
		if (errors.hasErrors()) {
			model.addAttribute("version", version);
			return formPage(model, locale, id, current);
		}
		this.editorial.update(id, form, version);
		redirect.addFlashAttribute("notice", "knowledge.saved");
		return "redirect:/" + current.path() + "/" + id;
	}

	@GetMapping("/knowledge/{id}/translations/{language}")
	String translation(@PathVariable UUID id, @PathVariable String language, Model model, Locale locale) {
		requireEditable(id);
		var lang = language(language);
		model.addAttribute("form", this.knowledge.translationForm(id, lang));
		return translationPage(id, lang, model, locale);
	}

	@PostMapping("/knowledge/{id}/translations/{language}")
	String saveTranslation(@PathVariable UUID id, @PathVariable String language,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireEditable(id);
		var lang = language(language);
		var item = this.knowledge.item(id, locale, null);
		form.validate(errors, lang.equals(item.originalLanguage()));
		if (errors.hasErrors()) {
			return translationPage(id, lang, model, locale);
		}
		this.editorial.saveTranslation(id, lang, form);
		redirect.addFlashAttribute("notice", "knowledge.translationSaved");
		return "redirect:" + item.path() + "?in=" + lang;
	}

	@PostMapping("/knowledge/{id}/translations/{language}/delete")
	String deleteTranslation(@PathVariable UUID id, @PathVariable String language, Locale locale,
			RedirectAttributes redirect) {
		this.editorial.deleteTranslation(id, language(language));
		redirect.addFlashAttribute("notice", "knowledge.translationDeleted");
		return "redirect:" + this.knowledge.item(id, locale, null).path();
	}

	@PostMapping("/knowledge/{id}/submit")
	String submit(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Locale locale,
			RedirectAttributes redirect) {
		this.editorial.submit(id, note);
		redirect.addFlashAttribute("notice", "knowledge.submitted");
		return "redirect:" + this.knowledge.item(id, locale, null).path();
	}

	@PostMapping("/knowledge/{id}/attachments")
	String attach(@PathVariable UUID id,
			@RequestParam(name = "file",
					required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			@RequestParam(defaultValue = "DOCUMENT") String role, Locale locale, RedirectAttributes redirect) {
		var chosen = ItemForm.choice(Attachments.Role.class, role);
		var path = this.knowledge.item(id, locale, null).path();
		try {
			if (chosen == null) {
				throw new WorkflowException("knowledge.validation.choice");
			}
			if (file == null || file.isEmpty()) {
				redirect.addFlashAttribute("uploadError",
						this.messages.getMessage("knowledge.upload.none", null, locale));
				return "redirect:" + path;
			}
			this.editorial.attach(id, file, chosen);
			redirect.addFlashAttribute("notice", "knowledge.upload.saved");
		}
		catch (org.lccp.files.InvalidFileException ex) {
			redirect.addFlashAttribute("uploadError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:" + path;
	}

	@PostMapping("/knowledge/{id}/attachments/{fileId}/delete")
	String detach(@PathVariable UUID id, @PathVariable UUID fileId, Locale locale, RedirectAttributes redirect) {
		this.editorial.detach(id, fileId);
		redirect.addFlashAttribute("notice", "knowledge.upload.removed");
		return "redirect:" + this.knowledge.item(id, locale, null).path();
	}

	private void requireEditable(UUID id) {
		if (!this.knowledge.canEdit(id)) {
			throw new WorkflowException("knowledge.workflow.notEditable");
		}
	}

	private static String language(String code) {
		return Language.fromCode(code).map(Language::code).orElseThrow(UnknownLanguageException::new);
	}

	private String translationPage(UUID id, String language, Model model, Locale locale) {
		model.addAttribute("item", this.knowledge.item(id, locale, null));
		model.addAttribute("language", language);
		model.addAttribute("languageName", Language.fromCode(language).orElseThrow().nativeName());
		model.addAttribute("statuses", new TranslationStatus[] { TranslationStatus.HUMAN, TranslationStatus.MACHINE,
				TranslationStatus.UNREVIEWED });
		return "knowledge/translation";
	}

	private String formPage(Model model, Locale locale, @Nullable UUID id, ContentKind kind) {
		model.addAttribute("itemId", id);
		model.addAttribute("kind", kind);
		model.addAttribute("languages", Language.values());
		model.addAttribute("countries", Countries.choices(locale));
		model.addAttribute("cityChoices",
				this.cities.cities(null, null, PageRequest.of(0, 1000, Sort.by("nameEn"))).getContent());
		model.addAttribute("categoryChoices", this.knowledge.categories(locale));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("publicationKinds", PublicationKind.values());
		model.addAttribute("policyLevels", PolicyLevel.values());
		model.addAttribute("policyTypes", PolicyType.values());
		model.addAttribute("toolCosts", ToolCost.values());
		var gatheringChoices = new java.util.ArrayList<GatheringManagement.GatheringSummary>();
		gatheringChoices.addAll(this.gatherings.calendar(true, GatheringManagement.Filter.none(), 0, 200).getContent());
		gatheringChoices.addAll(this.gatherings.calendar(false, GatheringManagement.Filter.none(), 0, 50).getContent());
		model.addAttribute("gatheringChoices", gatheringChoices);
		model.addAttribute("relatedChoices",
				Arrays.stream(ContentKind.values())
					.filter((k) -> k != ContentKind.NEWS)
					.flatMap((k) -> this.knowledge.published(k, locale, PageRequest.of(0, 300)).getContent().stream())
					.filter((s) -> !s.id().equals(id))
					.toList());
		return "knowledge/form";
	}

	/** A language code in an address that is not one of the six. */
	static class UnknownLanguageException extends NotFoundException {

		UnknownLanguageException() {
			super("knowledge.notFound");
		}

	}

}
