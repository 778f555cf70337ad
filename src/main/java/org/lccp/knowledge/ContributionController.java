package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.lccp.gatherings.GatheringManagement;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.NotFoundException;
import org.lccp.shared.web.UserText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What members do in the hub: write an item, add language versions, submit it for
 * publication, follow it on their page of contributions.
 */
@Controller
class ContributionController {

	/**
	 * How many matches of a typed query a choice list shows, besides the choices already
	 * made: the form no longer lists every city, gathering and item.
	 */
	static final int CHOICES = 20;

	/** Longer queries are cut: nobody types more to find a name. */
	private static final int QUERY_MAX = 100;

	private final KnowledgeManagement knowledge;

	private final Editorial editorial;

	private final org.springframework.context.MessageSource messages;

	private final GatheringManagement gatherings;

	private final ObjectProvider<CityRegistry> registry;

	ContributionController(KnowledgeManagement knowledge, Editorial editorial,
			org.springframework.context.MessageSource messages, GatheringManagement gatherings,
			ObjectProvider<CityRegistry> registry) {
		this.registry = registry;
		this.gatherings = gatherings;
		this.messages = messages;
		this.knowledge = knowledge;
		this.editorial = editorial;
	}

	@GetMapping("/my/knowledge")
	String mine(Model model, Locale locale) {
		model.addAttribute("items", this.knowledge.mine(CurrentUser.id(), locale));
		model.addAttribute("kinds", ContentKind.values());
		return "knowledge/mine";
	}

	@GetMapping("/knowledge/new")
	String start(@RequestParam(defaultValue = "CASE_STUDY") String kind, @ModelAttribute("search") ChoiceSearch search,
			Model model, Locale locale) {
		var chosen = ItemForm.choice(ContentKind.class, kind);
		if (chosen == null) {
			chosen = ContentKind.CASE_STUDY;
		}
		model.addAttribute("form", ItemForm.empty(chosen, Language.of(locale).code()));
		return formPage(model, locale, null, chosen);
	}

	@PostMapping("/knowledge")
	String create(@Valid @ModelAttribute("form") ItemForm form, BindingResult errors,
			@ModelAttribute("search") ChoiceSearch search, @RequestParam(required = false) @Nullable String find,
			Model model, Locale locale, RedirectAttributes redirect) {
		var kind = form.kind();
		if (find != null) {
			return findPage(form, errors, model, locale, null, (kind == null) ? ContentKind.CASE_STUDY : kind);
		}
		form.validate(errors);
		form.unknownCategories(categoryCodes(locale), errors);
		if (errors.hasErrors() || kind == null) {
			return formPage(model, locale, null, (kind == null) ? ContentKind.CASE_STUDY : kind);
		}
		var id = this.editorial.create(form);
		redirect.addFlashAttribute("notice", "knowledge.saved");
		return "redirect:/" + kind.path() + "/" + id;
	}

	@GetMapping("/knowledge/{id}/edit")
	String edit(@PathVariable UUID id, @ModelAttribute("search") ChoiceSearch search, Model model, Locale locale) {
		requireEditable(id);
		var form = this.knowledge.form(id);
		model.addAttribute("form", form);
		model.addAttribute("version", this.knowledge.version(id));
		return formPage(model, locale, id, form.kind());
	}

	@PostMapping("/knowledge/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") ItemForm form,
			BindingResult errors, @ModelAttribute("search") ChoiceSearch search,
			@RequestParam(required = false) @Nullable String find, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireEditable(id);
		var current = this.knowledge.form(id).kind();
		if (find != null) {
			model.addAttribute("version", version);
			return findPage(form, errors, model, locale, id, current);
		}
		if (form.kind() != current) {
			errors.rejectValue("kind", "knowledge.validation.choice");
		}
		form.validate(errors);
		form.unknownCategories(categoryCodes(locale), errors);
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

	private java.util.Set<String> categoryCodes(Locale locale) {
		return this.knowledge.categories(locale)
			.stream()
			.map(KnowledgeViews.Label::code)
			.collect(java.util.stream.Collectors.toSet());
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
		model.addAttribute("categoryChoices", this.knowledge.categories(locale));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("publicationKinds", PublicationKind.values());
		model.addAttribute("policyLevels", PolicyLevel.values());
		model.addAttribute("policyTypes", PolicyType.values());
		model.addAttribute("toolCosts", ToolCost.values());
		if (!model.containsAttribute("search")) {
			model.addAttribute("search", new ChoiceSearch(null, null, null));
		}
		var search = (ChoiceSearch) model.getAttribute("search");
		var form = (ItemForm) model.getAttribute("form");
		model.addAllAttributes(cityChoices(chosen((form == null) ? null : form.cities()), search.citySearch(), locale));
		model.addAllAttributes(
				gatheringChoices(chosen((form == null) ? null : form.gatherings()), search.gatheringSearch()));
		model.addAllAttributes(
				relatedChoices(chosen((form == null) ? null : form.related()), search.relatedSearch(), id, locale));
		return "knowledge/form";
	}

	/**
	 * The form again, unsaved, with the choices the typed queries find: the search of a
	 * choice list when scripts do not run. Only values that did not convert are marked,
	 * so that what was typed in them stays in the form.
	 */
	private String findPage(ItemForm form, BindingResult errors, Model model, Locale locale, @Nullable UUID id,
			ContentKind kind) {
		var unsaved = new BeanPropertyBindingResult(form, "form");
		errors.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(unsaved::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", unsaved);
		return formPage(model, locale, id, kind);
	}

	/**
	 * The cities chosen and those matching what is typed, as the checkboxes of the city
	 * list: asked for by htmx as the contributor types. A fragment, not a page, hence a
	 * ModelAndView.
	 */
	@GetMapping("/knowledge/form/city-choices")
	ModelAndView cityChoiceItems(@RequestParam(required = false) @Nullable String citySearch,
			@RequestParam(required = false) @Nullable List<String> cities, Locale locale) {
		return new ModelAndView("knowledge/form :: cityItems", cityChoices(ids(cities), citySearch, locale));
	}

	/** The gatherings chosen and those matching what is typed (see the city list). */
	@GetMapping("/knowledge/form/gathering-choices")
	ModelAndView gatheringChoiceItems(@RequestParam(required = false) @Nullable String gatheringSearch,
			@RequestParam(required = false) @Nullable List<String> gatherings) {
		return new ModelAndView("knowledge/form :: gatheringItems", gatheringChoices(ids(gatherings), gatheringSearch));
	}

	/**
	 * The related items chosen and the published ones matching what is typed, never the
	 * item being edited (see the city list).
	 */
	@GetMapping("/knowledge/form/related-choices")
	ModelAndView relatedChoiceItems(@RequestParam(required = false) @Nullable String relatedSearch,
			@RequestParam(required = false) @Nullable List<String> related,
			@RequestParam(required = false) @Nullable String item, Locale locale) {
		return new ModelAndView("knowledge/form :: relatedItems",
				relatedChoices(ids(related), relatedSearch, ItemForm.uuid(item), locale));
	}

	private java.util.Map<String, Object> cityChoices(LinkedHashSet<UUID> ids, @Nullable String search, Locale locale) {
		var query = query(search);
		var choices = new ArrayList<CityRegistry.CityChoice>();
		var found = 0;
		var registry = this.registry.getIfAvailable();
		if (registry != null) {
			for (var id : ids) {
				registry.city(id, locale).ifPresent(choices::add);
			}
			if (query != null) {
				for (var city : registry.search(null, query, CHOICES, locale)) {
					found++;
					if (!ids.contains(city.id())) {
						choices.add(city);
					}
				}
			}
		}
		return java.util.Map.of("cityChoices", choices, "chosenCities", strings(ids), "citiesNotFound",
				query != null && found == 0);
	}

	private java.util.Map<String, Object> gatheringChoices(LinkedHashSet<UUID> ids, @Nullable String search) {
		var query = query(search);
		var choices = new ArrayList<GatheringManagement.GatheringSummary>(this.gatherings.withIds(ids));
		var found = (query == null) ? List.<GatheringManagement.GatheringSummary>of()
				: this.gatherings.titled(query, CHOICES);
		found.stream().filter((g) -> !ids.contains(g.id())).forEach(choices::add);
		return java.util.Map.of("gatheringChoices", choices, "chosenGatherings", strings(ids), "gatheringsNotFound",
				query != null && found.isEmpty());
	}

	private java.util.Map<String, Object> relatedChoices(LinkedHashSet<UUID> ids, @Nullable String search,
			@Nullable UUID itemId, Locale locale) {
		if (itemId != null) {
			ids.remove(itemId);
		}
		var query = query(search);
		var choices = new ArrayList<KnowledgeViews.ItemSummary>(this.knowledge.publishedWithIds(ids, locale));
		var found = (query == null) ? List.<KnowledgeViews.ItemSummary>of()
				: this.knowledge.relatedTitled(query, itemId, locale, CHOICES);
		found.stream().filter((i) -> !ids.contains(i.id())).forEach(choices::add);
		return java.util.Map.of("relatedChoices", choices, "chosenRelated", strings(ids), "relatedNotFound",
				query != null && found.isEmpty());
	}

	/**
	 * The ids among the values posted, in order, once each; values that are not ids are
	 * left out.
	 */
	private static LinkedHashSet<UUID> ids(@Nullable List<String> values) {
		var ids = new LinkedHashSet<UUID>();
		if (values != null) {
			for (var value : values) {
				var id = ItemForm.uuid(value);
				if (id != null) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	/** The ids a form bound, in order, once each. */
	private static LinkedHashSet<UUID> chosen(@Nullable List<UUID> values) {
		return new LinkedHashSet<>(ItemForm.chosen(values));
	}

	private static List<String> strings(java.util.Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toList();
	}

	private static @Nullable String query(@Nullable String typed) {
		var text = (typed == null) ? null : UserText.cleanOrNull(typed);
		return (text == null || text.length() <= QUERY_MAX) ? text : text.substring(0, QUERY_MAX);
	}

	/**
	 * What is typed in the search fields of the choice lists; kept when the form comes
	 * back.
	 */
	record ChoiceSearch(@Nullable String citySearch, @Nullable String gatheringSearch, @Nullable String relatedSearch) {
	}

	/** A language code in an address that is not one of the six. */
	static class UnknownLanguageException extends NotFoundException {

		UnknownLanguageException() {
			super("knowledge.notFound");
		}

	}

}
