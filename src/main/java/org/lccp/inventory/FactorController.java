package org.lccp.inventory;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	@PostMapping("/inventories/factors/grid")
	String addGrid(@RequestParam(defaultValue = "") String countryCode, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "0") String year, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "kg/MWh") String unit,
			@RequestParam(defaultValue = "") String source, RedirectAttributes flash) {
		return add(flash, () -> this.factors.addGridFactor(new FactorLibrary.NewFactor(countryCode.strip(), region,
				null, year(year), name, "CO2", number(value), unit, source)));
	}

	@PostMapping("/inventories/factors/city")
	String addCity(@RequestParam(required = false) @Nullable UUID cityId, @RequestParam(defaultValue = "0") String year,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "CO2") String gas,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String source, RedirectAttributes flash) {
		return add(flash, () -> this.factors.addCityFactor(
				new FactorLibrary.NewFactor(null, null, cityId, year(year), name, gas, number(value), unit, source)));
	}

	@PostMapping("/inventories/factors/{id}")
	String change(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String source, RedirectAttributes flash) {
		try {
			this.factors.change(id, version, number(value), unit, source);
			flash.addFlashAttribute("notice", "inventory.factor.changed");
		}
		catch (InvalidCalculationException ex) {
			flash.addFlashAttribute("factorProblem", ex.messageKey());
			flash.addFlashAttribute("factorArguments", List.of(ex.arguments()));
		}
		return "redirect:/inventories/factors";
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

	private static int year(String text) {
		return InventoryFile.parseNumber(text)
			.filter((n) -> n.scale() <= 0 && n.abs().compareTo(java.math.BigDecimal.valueOf(10000)) < 0)
			.map(java.math.BigDecimal::intValue)
			.orElse(0);
	}

	private static java.math.BigDecimal number(String text) {
		return InventoryFile.parseNumber(text)
			.orElseThrow(() -> new InvalidCalculationException("value", "inventory.problem.textInNumber", text));
	}

}
