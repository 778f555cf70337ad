package org.lccp.gatherings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lccp.files.InvalidFileException;
import org.lccp.gatherings.ParticipationForms.MaterialForm;
import org.lccp.gatherings.ParticipationForms.OutcomeForm;
import org.lccp.gatherings.ParticipationForms.SessionForm;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.UserText;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages: describing gatherings, the agenda, outcome material, the
 * participant list with check-in, and exports.
 */
@Controller
class SecretariatGatheringController {

	static final String[] TIME_ZONES = { "Asia/Seoul", "Asia/Tokyo", "Asia/Shanghai", "Asia/Ulaanbaatar",
			"Asia/Pyongyang", "Asia/Irkutsk", "Asia/Vladivostok", "Europe/Moscow", "Asia/Bangkok", "UTC" };

	/** How many cities the city choice offers at once; the search narrows them. */
	static final int CITY_CHOICES = 50;

	private final GatheringManagement gatherings;

	private final GatheringProgramme programme;

	private final GatheringRegistrations registrations;

	private final MessageSource texts;

	private final ObjectProvider<CityRegistry> cities;

	SecretariatGatheringController(GatheringManagement gatherings, GatheringProgramme programme,
			GatheringRegistrations registrations, MessageSource texts, ObjectProvider<CityRegistry> cities) {
		this.gatherings = gatherings;
		this.programme = programme;
		this.registrations = registrations;
		this.texts = texts;
		this.cities = cities;
	}

	@GetMapping("/admin/gatherings")
	String list(@RequestParam(defaultValue = "upcoming") String when, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var past = "past".equals(when);
		model.addAttribute("past", past);
		model.addAttribute("gatherings", this.gatherings.calendar(past, GatheringManagement.Filter.none(), page, 30));
		return "gatherings/admin-list";
	}

	@GetMapping("/admin/gatherings/new")
	String newForm(Model model, Locale locale) {
		model.addAttribute("form", GatheringForm.empty());
		return formPage(model, locale, null);
	}

	@PostMapping("/admin/gatherings")
	String create(@Valid @ModelAttribute("form") GatheringForm form, BindingResult errors, Model model, Locale locale,
			@RequestParam(required = false) @Nullable String findCity, RedirectAttributes redirect) {
		if (findCity != null) {
			return findCityPage(form, errors, model, locale, null);
		}
		form.validate(errors);
		form.validateCity(errors, this.cities.getIfAvailable(), locale);
		if (errors.hasErrors()) {
			return formPage(model, locale, null);
		}
		var id = this.programme.create(form.toDetails());
		redirect.addFlashAttribute("notice", "gatherings.saved");
		return "redirect:/admin/gatherings/" + id;
	}

	@GetMapping("/admin/gatherings/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		var gathering = this.gatherings.gathering(id);
		model.addAttribute("form", GatheringForm.of(gathering));
		model.addAttribute("version", gathering.version());
		return formPage(model, locale, id);
	}

	/**
	 * Saves an edit made on the version the form was read at; when someone saved in
	 * between, the form comes back with what was typed and asks to reload.
	 */
	@PostMapping("/admin/gatherings/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") GatheringForm form,
			BindingResult errors, Model model, Locale locale, @RequestParam(required = false) @Nullable String findCity,
			RedirectAttributes redirect) {
		model.addAttribute("version", version);
		if (findCity != null) {
			this.gatherings.gathering(id);
			return findCityPage(form, errors, model, locale, id);
		}
		form.validate(errors);
		form.validateCity(errors, this.cities.getIfAvailable(), locale);
		if (errors.hasErrors()) {
			this.gatherings.gathering(id);
			return formPage(model, locale, id);
		}
		try {
			this.programme.update(id, form.toDetails(), version);
		}
		catch (ConflictException ex) {
			errors.reject(ex.messageKey());
			return formPage(model, locale, id);
		}
		redirect.addFlashAttribute("notice", "gatherings.saved");
		return "redirect:/admin/gatherings/" + id;
	}

	@GetMapping("/admin/gatherings/{id}")
	String manage(@PathVariable UUID id, Model model) {
		model.addAttribute("sessionForm", SessionForm.empty());
		model.addAttribute("materialForm", MaterialForm.empty());
		return managePage(id, model, null);
	}

	@PostMapping("/admin/gatherings/{id}/sessions")
	String addSession(@PathVariable UUID id, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		form.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.programme.addSession(id, form.toDetails(), form.upload());
				redirect.addFlashAttribute("notice", "gatherings.saved");
				return "redirect:/admin/gatherings/" + id;
			}
			catch (InvalidFileException ex) {
				ex.rejectValue(errors, "documentFile");
			}
		}
		model.addAttribute("materialForm", MaterialForm.empty());
		return managePage(id, model, null);
	}

	@PostMapping("/admin/gatherings/{id}/sessions/{sessionId}/delete")
	String removeSession(@PathVariable UUID id, @PathVariable long sessionId, RedirectAttributes redirect) {
		this.programme.removeSession(id, sessionId);
		redirect.addFlashAttribute("notice", "gatherings.saved");
		return "redirect:/admin/gatherings/" + id;
	}

	@PostMapping("/admin/gatherings/{id}/materials")
	String addMaterial(@PathVariable UUID id, @Valid @ModelAttribute("materialForm") MaterialForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		form.validate(errors);
		if (!errors.hasErrors()) {
			try {
				var upload = form.upload();
				if (upload != null) {
					this.programme.addMaterialFile(id, form.kind(), UserText.clean(form.title()), upload);
				}
				else {
					this.programme.addMaterial(id, form.kind(), UserText.clean(form.title()), form.url().strip());
				}
				redirect.addFlashAttribute("notice", "gatherings.saved");
				return "redirect:/admin/gatherings/" + id;
			}
			catch (InvalidFileException ex) {
				ex.rejectValue(errors, "file");
			}
		}
		model.addAttribute("sessionForm", SessionForm.empty());
		return managePage(id, model, null);
	}

	@PostMapping("/admin/gatherings/{id}/materials/{materialId}/delete")
	String removeMaterial(@PathVariable UUID id, @PathVariable long materialId, RedirectAttributes redirect) {
		this.programme.removeMaterial(id, materialId);
		redirect.addFlashAttribute("notice", "gatherings.saved");
		return "redirect:/admin/gatherings/" + id;
	}

	@PostMapping("/admin/gatherings/{id}/outcome")
	String publishOutcome(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.programme.publishOutcome(id, UserText.clean(form.summary()), version);
			}
			catch (ConflictException ex) {
				errors.reject(ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("sessionForm", SessionForm.empty());
			model.addAttribute("materialForm", MaterialForm.empty());
			model.addAttribute("outcomeVersion", version);
			return managePage(id, model, form);
		}
		redirect.addFlashAttribute("notice", "gatherings.outcome.published");
		return "redirect:/gatherings/" + id;
	}

	/** The check-in page: big buttons and a name search, made for a phone at the door. */
	@GetMapping("/admin/gatherings/{id}/participants")
	String participants(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
		var query = q.strip().toLowerCase(Locale.ROOT);
		model.addAttribute("gathering", this.gatherings.gathering(id));
		model.addAttribute("figures", this.gatherings.figures(id));
		model.addAttribute("q", q);
		model.addAttribute("participants",
				this.registrations.participants(id)
					.stream()
					.filter((p) -> query.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(query)
							|| p.email().toLowerCase(Locale.ROOT).contains(query))
					.toList());
		return "gatherings/participants";
	}

	@PostMapping("/admin/gatherings/{id}/participants/{registrationId}/check-in")
	String checkIn(@PathVariable UUID id, @PathVariable UUID registrationId,
			@RequestParam(defaultValue = "true") boolean present, @RequestParam(defaultValue = "") String q,
			RedirectAttributes redirect) {
		try {
			this.registrations.checkIn(id, registrationId, present);
			redirect.addFlashAttribute("notice", present ? "gatherings.checkIn.done" : "gatherings.checkIn.undone");
		}
		catch (RegistrationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		redirect.addAttribute("q", q);
		return "redirect:/admin/gatherings/" + id + "/participants";
	}

	@GetMapping("/admin/gatherings/{id}/participants.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id, Locale locale) {
		var body = new ParticipantExport(this.texts, locale).csv(this.registrations.participants(id));
		return download(body, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"participants-" + id + ".csv");
	}

	@GetMapping("/admin/gatherings/{id}/participants.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		var body = new ParticipantExport(this.texts, locale).xlsx(this.registrations.participants(id));
		return download(body,
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"participants-" + id + ".xlsx");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	private String managePage(UUID id, Model model, @Nullable OutcomeForm outcome) {
		var page = this.gatherings.page(id);
		model.addAttribute("page", page);
		model.addAttribute("outcomeForm", outcome != null ? outcome
				: new OutcomeForm(page.gathering().outcomeSummary() == null ? "" : page.gathering().outcomeSummary()));
		// A refused outcome keeps the version it was written on, so that it is refused
		// again until the page is reloaded.
		if (!model.containsAttribute("outcomeVersion")) {
			model.addAttribute("outcomeVersion", page.gathering().version());
		}
		model.addAttribute("kinds", MaterialKind.values());
		return "gatherings/manage";
	}

	/**
	 * The registry's cities matching what is typed in the city search, as the options of
	 * the city choice: asked for by htmx as the secretariat types. A fragment, not a page
	 * (as the search suggestions), hence a ModelAndView.
	 */
	@GetMapping("/admin/gatherings/city-choices")
	org.springframework.web.servlet.ModelAndView cityChoices(
			@RequestParam(required = false) @Nullable String citySearch,
			@RequestParam(required = false) @Nullable String venueCountry,
			@RequestParam(required = false) @Nullable String venueCityId, Model model, Locale locale) {
		model.addAttribute("cityChoices", cityChoices(venueCountry, citySearch, venueCityId, locale));
		model.addAttribute("chosenCity", venueCityId == null ? "" : venueCityId);
		return new org.springframework.web.servlet.ModelAndView("gatherings/form :: cityOptions", model.asMap());
	}

	/**
	 * The form again, unsaved, with the cities the search finds: the city search without
	 * JavaScript. Only values that did not convert are marked, so that what was typed in
	 * them stays in the form; the rest is checked when the form is saved.
	 */
	private String findCityPage(GatheringForm form, BindingResult errors, Model model, Locale locale,
			@Nullable UUID id) {
		var unsaved = new BeanPropertyBindingResult(form, "form");
		errors.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(unsaved::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", unsaved);
		return formPage(model, locale, id);
	}

	private List<CityRegistry.CityChoice> cityChoices(@Nullable String country, @Nullable String search,
			@Nullable String chosen, Locale locale) {
		var registry = this.cities.getIfAvailable();
		if (registry == null) {
			return List.of();
		}
		var choices = new ArrayList<CityRegistry.CityChoice>();
		var chosenId = parseId(chosen);
		if (chosenId != null) {
			registry.city(chosenId, locale).ifPresent(choices::add);
		}
		var query = search == null ? null : UserText.cleanOrNull(search);
		for (var city : registry.search(country, query, CITY_CHOICES, locale)) {
			if (!city.id().equals(chosenId)) {
				choices.add(city);
			}
		}
		return choices;
	}

	private static @Nullable UUID parseId(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String formPage(Model model, Locale locale, @Nullable UUID id) {
		var form = (GatheringForm) model.getAttribute("form");
		if (form != null) {
			model.addAttribute("cityChoices",
					cityChoices(form.venueCountry(), form.citySearch(), form.venueCityId(), locale));
			model.addAttribute("chosenCity", form.venueCityId() == null ? "" : form.venueCityId());
		}
		model.addAttribute("gatheringId", id);
		model.addAttribute("types", GatheringType.values());
		model.addAttribute("formats", GatheringFormat.values());
		model.addAttribute("countries", Countries.choices(locale));
		model.addAttribute("timeZones", Arrays.asList(TIME_ZONES));
		return "gatherings/form";
	}

}
