package org.lccp.cities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Countries;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City list, profiles, side-by-side comparison, the map, country pages and the forms of
 * focal points and the secretariat.
 */
@Controller
class CityController {

	private final CityDirectory cities;

	private final JsonMapper json;

	private final CitiesProperties properties;

	private final List<org.lccp.shared.domain.ContentAbout> contentAbout;

	private final MessageSource messages;

	private final Units units;

	private final List<org.lccp.shared.domain.ContentPanels> panels;

	CityController(CityDirectory cities, JsonMapper json, CitiesProperties properties,
			List<org.lccp.shared.domain.ContentAbout> contentAbout, MessageSource messages, Units units,
			List<org.lccp.shared.domain.ContentPanels> panels) {
		this.units = units;
		this.contentAbout = contentAbout;
		this.messages = messages;
		this.panels = panels;
		this.cities = cities;
		this.json = json;
		this.properties = properties;
	}

	@GetMapping("/cities")
	String list(@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		var code = Countries.isKnown(country) ? country : "";
		model.addAttribute("country", code);
		model.addAttribute("q", q);
		model.addAttribute("sort", sort);
		model.addAttribute("countries", this.cities.countries());
		model.addAttribute("cities", this.cities.cities(code, q, Sorting.page(page, 50, sort, Sorting.CITY, "name")));
		return "cities/list";
	}

	@GetMapping("/cities/{id}")
	String profile(@PathVariable UUID id, Model model, Locale locale) {
		var profile = this.cities.profile(id);
		model.addAttribute("profile", profile);
		model.addAttribute("factKinds", FactKind.values());
		model.addAttribute("factChart", factChart(List.of(profile), locale));
		model.addAttribute("targetChart", targetChart(List.of(profile), locale));
		model.addAttribute("focalPoint", new FocalPointForm(""));
		// Case studies, policies, networks and news about the city, from the modules that
		// have them.
		model.addAttribute("related",
				this.contentAbout.stream()
					.flatMap((c) -> c.about(org.lccp.shared.domain.ContentAbout.Subject.CITY, id, locale).stream())
					.collect(java.util.stream.Collectors.groupingBy(
							org.lccp.shared.domain.ContentAbout.Entry::sectionKey, java.util.LinkedHashMap::new,
							java.util.stream.Collectors.toList())));
		// Panels with data of their own (pathways: the progress chart).
		model.addAttribute("panels",
				this.panels.stream()
					.flatMap((p) -> p.panels(org.lccp.shared.domain.ContentPanels.Subject.CITY, id, locale).stream())
					.toList());
		return "cities/profile";
	}

	@GetMapping("/cities/compare")
	String compare(@RequestParam(name = "city", required = false) @Nullable List<UUID> ids,
			@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
		// a blank choice (city=+) binds as null: it chooses nothing
		var chosen = ids == null ? List.<UUID>of()
				: ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		var profiles = this.cities.compare(chosen);
		model.addAttribute("profiles", profiles);
		model.addAttribute("factKinds", FactKind.values());
		model.addAttribute("chosen", chosen);
		model.addAttribute("q", q);
		// the choice offers the chosen cities and up to 100 others matching the search
		var options = new ArrayList<CityView>(profiles.stream().map(CityDirectory.CityProfile::city).toList());
		this.cities.cities("", q, Sorting.page(0, 100, "name", Sorting.CITY, "name")).forEach((c) -> {
			if (!chosen.contains(c.id())) {
				options.add(c);
			}
		});
		model.addAttribute("all", options);
		model.addAttribute("factChart", factChart(profiles, locale));
		model.addAttribute("targetChart", targetChart(profiles, locale));
		return "cities/compare";
	}

	@GetMapping("/cities/map")
	String map(Model model) {
		model.addAttribute("mapTiles", this.properties.mapTiles());
		model.addAttribute("mapAttribution", this.properties.mapAttribution());
		return "cities/map";
	}

	@GetMapping("/cities/map/data")
	@ResponseBody
	ResponseEntity<List<Map<String, Object>>> mapData(Locale locale) {
		var points = new ArrayList<Map<String, Object>>();
		for (var c : this.cities.cities("", "", Sorting.page(0, Sorting.MAX_SIZE, "name", Sorting.CITY, "name"))) {
			if (c.latitude() != null && c.longitude() != null) {
				var point = new LinkedHashMap<String, Object>();
				point.put("id", c.id());
				point.put("name", c.name(locale));
				point.put("country", c.countryCode());
				point.put("lat", c.latitude());
				point.put("lon", c.longitude());
				points.add(point);
			}
		}
		return ResponseEntity.ok(points);
	}

	@GetMapping("/countries")
	String countries(Model model) {
		model.addAttribute("countries", this.cities.countries());
		return "cities/countries";
	}

	@GetMapping("/countries/{code}")
	String country(@PathVariable String code, Model model, Locale locale) {
		var profile = this.cities.country(code);
		model.addAttribute("profile", profile);
		model.addAttribute("countryName", Countries.name(profile.country().code(), locale));
		return "cities/country";
	}

	// --- editing
	// --------------------------------------------------------------------------------------------

	@GetMapping("/cities/new")
	String newCity(Model model) {
		model.addAttribute("form", new CityDetails("", null, "", null, null, null, null, null, null,
				AdminLevel.MUNICIPALITY, null, null, null));
		return formPage(model, null, 0);
	}

	@PostMapping("/cities")
	String create(@Valid @ModelAttribute("form") CityDetails form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return formPage(model, null, 0);
		}
		try {
			var id = this.cities.createCity(form);
			redirect.addFlashAttribute("notice", "cities.city.saved");
			return "redirect:/cities/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(errors, ex);
			return formPage(model, null, 0);
		}
	}

	@GetMapping("/cities/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var city = this.cities.city(id);
		if (!this.cities.canEdit(id)) {
			throw new org.springframework.security.access.AccessDeniedException("not an editor");
		}
		model.addAttribute("form",
				new CityDetails(city.countryCode(), city.locode(), city.nameEn(), city.nameZh(), city.nameJa(),
						city.nameKo(), city.nameRu(), city.nameMn(), city.nameNative(), city.adminLevel(),
						city.latitude(), city.longitude(), city.source()));
		return formPage(model, id, city.version());
	}

	@PostMapping("/cities/{id}/edit")
	String update(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") CityDetails form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!this.cities.canEdit(id)) {
			throw new org.springframework.security.access.AccessDeniedException("not an editor");
		}
		if (errors.hasErrors()) {
			return formPage(model, id, version);
		}
		try {
			this.cities.updateCity(id, form, version);
		}
		catch (InvalidInputException ex) {
			Forms.reject(errors, ex);
			return formPage(model, id, version);
		}
		redirect.addFlashAttribute("notice", "cities.city.saved");
		return "redirect:/cities/" + id;
	}

	@PostMapping("/cities/{id}/focal-points")
	String addFocalPoint(@PathVariable UUID id, @ModelAttribute FocalPointForm form, RedirectAttributes redirect) {
		try {
			this.cities.addFocalPoint(id, form.email());
			redirect.addFlashAttribute("notice", "cities.focal.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).key());
		}
		return "redirect:/cities/" + id;
	}

	@PostMapping("/cities/{id}/focal-points/remove")
	String removeFocalPoint(@PathVariable UUID id, @ModelAttribute FocalPointForm form, RedirectAttributes redirect) {
		try {
			this.cities.removeFocalPoint(id, form.email());
			redirect.addFlashAttribute("notice", "cities.focal.removed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).key());
		}
		return "redirect:/cities/" + id;
	}

	private String formPage(Model model, @Nullable UUID id, long version) {
		model.addAttribute("cityId", id);
		model.addAttribute("version", version);
		model.addAttribute("levels", AdminLevel.values());
		model.addAttribute("facts", id == null ? List.of() : this.cities.factsOf(id));
		return "cities/city-form";
	}

	// --- chart data
	// -----------------------------------------------------------------------------------------

	/** Population and area series of each city, as JSON for the chart script. */
	private String factChart(List<CityDirectory.CityProfile> profiles, Locale locale) {
		var series = new ArrayList<Map<String, Object>>();
		for (var p : profiles) {
			for (var kind : FactKind.values()) {
				var values = p.series(kind.name());
				if (!values.isEmpty()) {
					var label = this.messages.getMessage("FactKind." + kind.name(), null, kind.name(), locale);
					var unit = values.get(values.size() - 1).unit();
					series.add(Map.of("name",
							(profiles.size() > 1 ? p.city().name(locale) + " · " : "") + label + " ("
									+ this.units.label(unit) + ")",
							"kind", kind.name(), "data",
							values.stream()
								.filter((f) -> f.unit().equals(unit))
								.map((f) -> List.of(f.year(), f.value()))
								.toList()));
				}
			}
		}
		return this.json.writeValueAsString(series);
	}

	/** Each target from base year (or now) to target year, for the timeline. */
	private String targetChart(List<CityDirectory.CityProfile> profiles, Locale locale) {
		var rows = new ArrayList<Map<String, Object>>();
		for (var p : profiles) {
			for (var t : p.targets()) {
				if (t.targetYear() != null) {
					var row = new LinkedHashMap<String, Object>();
					row.put("city", p.city().name(locale));
					row.put("title", t.title());
					row.put("type",
							this.messages.getMessage("TargetType." + t.type().name(), null, t.type().name(), locale));
					row.put("from", t.baseYear() == null ? t.targetYear() : t.baseYear());
					row.put("to", t.targetYear());
					row.put("cut", t.reductionPercent());
					row.put("rate", t.annualRatePercent());
					row.put("rateText", t.annualRatePercent() == null ? null
							: this.messages.getMessage("cities.rate.value", new Object[] {
									java.text.NumberFormat.getNumberInstance(locale).format(t.annualRatePercent()) },
									locale));
					rows.add(row);
				}
			}
		}
		return this.json.writeValueAsString(rows);
	}

	/** The address of an account to make a focal point of the city. */
	record FocalPointForm(String email) {

		FocalPointForm {
			// A form posted without the field binds null: treat it as an empty address.
			email = email == null ? "" : email;
		}

	}

}
