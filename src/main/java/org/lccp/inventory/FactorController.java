package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.web.LocaleNumber;

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
 * The factor library page: the IPCC defaults as shipped, grid factors (entered by the
 * secretariat) and cities' own factors (entered by their editors), each with its source.
 */
@Controller
class FactorController {

	private final FactorLibrary factors;

	private final InventoryManagement inventories;

	private final CityDirectory cities;

	FactorController(FactorLibrary factors, InventoryManagement inventories, CityDirectory cities) {
		this.factors = factors;
		this.inventories = inventories;
		this.cities = cities;
	}

	@GetMapping("/inventories/factors")
	String list(Model model) {
		var stored = this.factors.all();
		model.addAttribute("stored", stored);
		model.addAttribute("changeable",
				stored.stream().filter(this.factors::canChange).map(FactorLibrary.StoredFactor::id).toList());
		model.addAttribute("fuels", this.inventories.library().fuels());
		model.addAttribute("secretariat", CurrentUser.has(Role.SECRETARIAT));
		var editor = CurrentUser.has(Role.SECRETARIAT) || CurrentUser.has(Role.CITY_FOCAL_POINT);
		model.addAttribute("editor", editor);
		model.addAttribute("cityChoices", editor ? this.cities.editableCities() : java.util.List.of());
		return "inventory/factors";
	}

	/**
	 * A grid factor as the binder types it: the country as a {@link CountryCode}, year
	 * and value in the reader's conventions; a code no country has or text that is not a
	 * number is refused before anything is stored.
	 */
	record GridFactorForm(@Nullable CountryCode countryCode, @Nullable String region,
			@LocaleNumber @Nullable Integer year, @Nullable String name, @LocaleNumber @Nullable BigDecimal value,
			@Nullable String unit, @Nullable String source) {
	}

	/** A city's own factor as the binder types it. */
	record CityFactorForm(@Nullable UUID cityId, @LocaleNumber @Nullable Integer year, @Nullable String name,
			@Nullable String gas, @LocaleNumber @Nullable BigDecimal value, @Nullable String unit,
			@Nullable String source) {
	}

	/** A corrected value of a stored factor. */
	record FactorChange(@LocaleNumber @Nullable BigDecimal value, @Nullable String unit, @Nullable String source) {
	}

	@PostMapping("/inventories/factors/grid")
	String addGrid(@ModelAttribute("grid") GridFactorForm form, BindingResult errors, RedirectAttributes flash) {
		if (refused(errors, flash)) {
			return "redirect:/inventories/factors";
		}
		return add(flash,
				() -> this.factors.addGridFactor(new FactorLibrary.NewFactor(
						(form.countryCode() == null) ? "" : form.countryCode().code(), text(form.region()), null,
						year(form.year()), text(form.name()), "CO2", value(form.value()),
						form.unit() == null ? "kg/MWh" : form.unit(), text(form.source()))));
	}

	@PostMapping("/inventories/factors/city")
	String addCity(@ModelAttribute("city") CityFactorForm form, BindingResult errors, RedirectAttributes flash) {
		if (refused(errors, flash)) {
			return "redirect:/inventories/factors";
		}
		return add(flash,
				() -> this.factors.addCityFactor(new FactorLibrary.NewFactor(null, null, form.cityId(),
						year(form.year()), text(form.name()), form.gas() == null ? "CO2" : form.gas(),
						value(form.value()), text(form.unit()), text(form.source()))));
	}

	@PostMapping("/inventories/factors/{id}")
	String change(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@ModelAttribute("change") FactorChange form, BindingResult errors, RedirectAttributes flash) {
		if (refused(errors, flash)) {
			return "redirect:/inventories/factors";
		}
		try {
			this.factors.change(id, version, value(form.value()), text(form.unit()), text(form.source()));
			flash.addFlashAttribute("notice", "inventory.factor.changed");
		}
		catch (InvalidCalculationException ex) {
			flash.addFlashAttribute("factorProblem", ex.messageKey());
			flash.addFlashAttribute("factorArguments", List.of(ex.arguments()));
		}
		return "redirect:/inventories/factors";
	}

	/**
	 * Whether the binder refused a value, told on the list page as the library's other
	 * problems are: a word for a year asks for a year, a word for a value names the text.
	 */
	private static boolean refused(BindingResult errors, RedirectAttributes flash) {
		var error = errors.getFieldError();
		if (error == null) {
			return false;
		}
		if ("year".equals(error.getField())) {
			flash.addFlashAttribute("factorProblem", "typeMismatch.year");
			flash.addFlashAttribute("factorArguments", List.of());
		}
		else if ("value".equals(error.getField())) {
			flash.addFlashAttribute("factorProblem", "inventory.problem.textInNumber");
			flash.addFlashAttribute("factorArguments", List.of(String.valueOf(error.getRejectedValue())));
		}
		else if ("countryCode".equals(error.getField())) {
			flash.addFlashAttribute("factorProblem", "typeMismatch.org.lccp.shared.i18n.CountryCode");
			flash.addFlashAttribute("factorArguments", List.of());
		}
		else {
			flash.addFlashAttribute("factorProblem", "typeMismatch.choice");
			flash.addFlashAttribute("factorArguments", List.of());
		}
		return true;
	}

	private String add(RedirectAttributes flash, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("notice", "inventory.factor.added");
		}
		catch (InvalidCalculationException ex) {
			flash.addFlashAttribute("factorProblem", ex.messageKey());
			flash.addFlashAttribute("factorArguments", List.of(ex.arguments()));
		}
		return "redirect:/inventories/factors";
	}

	/** A missing year is no year, which the library refuses with its bounds. */
	private static int year(@Nullable Integer year) {
		return year == null ? 0 : year;
	}

	private static BigDecimal value(@Nullable BigDecimal value) {
		if (value == null) {
			throw new InvalidCalculationException("value", "inventory.problem.textInNumber", "");
		}
		return value;
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

}
