package org.lccp.inventory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.shared.web.ConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One entry of a draft on its own page: add, change or delete an activity line, gases
 * emitted directly or the row's notation key. Plain forms (no script needed) that answer
 * with the errors at their fields in the reader's language, and a stale or frozen
 * inventory with a message above the form, the reader's input kept. Also the
 * recalculation a published inventory is offered when the factor library changed.
 */
@Controller
class LineController {

	private final InventoryEditing editing;

	private final InventoryManagement inventories;

	private final CityDirectory cities;

	private final Texts texts;

	LineController(InventoryEditing editing, InventoryManagement inventories, CityDirectory cities, Texts texts) {
		this.editing = editing;
		this.inventories = inventories;
		this.cities = cities;
		this.texts = texts;
	}

	@GetMapping("/inventories/{id}/lines/new")
	String newLine(@PathVariable UUID id, @RequestParam(required = false) @Nullable String row,
			@RequestParam(required = false) @Nullable String kind, Model model, Locale locale, WebRequest request) {
		var h = this.editing.requireDraft(id);
		return form(model, h, null, LineForm.empty(h.version(), row, kind), Map.of(), locale, request);
	}

	@GetMapping("/inventories/{id}/lines/{lineNo}")
	String editLine(@PathVariable UUID id, @PathVariable int lineNo, Model model, Locale locale, WebRequest request) {
		var h = this.editing.requireDraft(id);
		var entry = this.editing.entry(id, lineNo);
		return form(model, h, lineNo, LineForm.of(entry, h.version()), Map.of(), locale, request);
	}

	@PostMapping("/inventories/{id}/lines")
	String add(@PathVariable UUID id, @ModelAttribute("form") LineForm form, BindingResult binding, Model model,
			Locale locale, WebRequest request, HttpServletResponse response, RedirectAttributes flash) {
		return save(id, null, form, binding, model, locale, request, response, flash);
	}

	@PostMapping("/inventories/{id}/lines/{lineNo}")
	String update(@PathVariable UUID id, @PathVariable int lineNo, @ModelAttribute("form") LineForm form,
			BindingResult binding, Model model, Locale locale, WebRequest request, HttpServletResponse response,
			RedirectAttributes flash) {
		return save(id, lineNo, form, binding, model, locale, request, response, flash);
	}

	@PostMapping("/inventories/{id}/lines/{lineNo}/delete")
	String delete(@PathVariable UUID id, @PathVariable int lineNo, @RequestParam long version,
			RedirectAttributes flash) {
		this.editing.delete(id, version, lineNo);
		flash.addFlashAttribute("notice", "inventory.line.deleted");
		return "redirect:/inventories/" + id + "#entries";
	}

	private String save(UUID id, @Nullable Integer lineNo, LineForm form, BindingResult binding, Model model,
			Locale locale, WebRequest request, HttpServletResponse response, RedirectAttributes flash) {
		var h = this.editing.requireDraft(id);
		// a number the binder could not read names its text; a version that is no number
		// is none, refused below as stale
		var unread = new LinkedHashMap<String, LineForm.FieldError>();
		for (var mismatch : binding.getFieldErrors()) {
			if (LineForm.NUMBERS.contains(mismatch.getField())) {
				unread.put(mismatch.getField(), LineForm.unreadNumber(mismatch.getRejectedValue()));
			}
		}
		var read = form.read(this.inventories.library(), unread);
		var errors = new LinkedHashMap<String, String>();
		read.errors().forEach((field, e) -> errors.put(field, message(e.key(), e.arguments().toArray(), locale)));
		if (form.version() == null) {
			errors.put("version", message("inventory.line.stale", new Object[0], locale));
		}
		if (errors.isEmpty() && read.change() != null) {
			try {
				if (lineNo == null) {
					this.editing.add(id, form.version(), read.change());
				}
				else {
					this.editing.update(id, form.version(), lineNo, read.change());
				}
				flash.addFlashAttribute("notice", lineNo == null ? "inventory.line.added" : "inventory.line.saved");
				return "redirect:/inventories/" + id + "#entries";
			}
			catch (InventoryEditing.RefusedChange ex) {
				var reason = ex.reason();
				errors.put(field(reason.field(), form), message(reason.messageKey(), reason.arguments(), locale));
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", message(ex.messageKey(), ex.arguments(), locale));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
		}
		return form(model, h, lineNo, form, errors, locale, request);
	}

	/** The form field of an engine field ({@code factors.CH4} is the CH4 value). */
	static String field(String engineField, LineForm form) {
		if (engineField.startsWith("factors.")) {
			return engineField.substring("factors.".length()).toLowerCase(Locale.ROOT) + "Value";
		}
		if (engineField.startsWith("gases.")) {
			var gas = engineField.substring("gases.".length());
			if (gas.equalsIgnoreCase(String.valueOf(form.gas2()).strip())) {
				return "gas2Amount";
			}
			if (gas.equalsIgnoreCase(String.valueOf(form.gas3()).strip())) {
				return "gas3Amount";
			}
			return "gas1Amount";
		}
		return switch (engineField) {
			case "unit", "fuel", "density", "amount", "gpcRef", "notationKey" ->
				LineForm.DIRECT.equals(form.kind()) && "amount".equals(engineField) ? "gas1Amount" : engineField;
			default -> "amount";
		};
	}

	private String message(String key, Object[] arguments, Locale locale) {
		return this.texts.message(key, arguments, locale);
	}

	private String form(Model model, InventoryRecords.Header h, @Nullable Integer lineNo, LineForm form,
			Map<String, String> errors, Locale locale, WebRequest request) {
		model.addAttribute("h", h);
		model.addAttribute("cityName", this.cities.city(h.cityId()).name(locale));
		model.addAttribute("lineNo", lineNo);
		model.addAttribute("form", form);
		model.addAttribute("typed", form.typed(request));
		model.addAttribute("kind", form.kindOrActivity());
		model.addAttribute("errors", errors);
		model.addAttribute("rows", this.inventories.library().rows());
		model.addAttribute("fuels", this.inventories.library().fuels());
		model.addAttribute("units", Units.all().stream().map(Units.Known::symbol).toList());
		model.addAttribute("gases", this.inventories.library().gases());
		model.addAttribute("keys", NotationKey.values());
		return "inventory/line";
	}

	// --- recalculation

	@GetMapping("/inventories/{id}/recalculation")
	String recalculation(@PathVariable UUID id, Model model, Locale locale) {
		var file = this.inventories.inventory(id);
		var h = file.header();
		model.addAttribute("h", h);
		model.addAttribute("cityName", this.cities.city(h.cityId()).name(locale));
		model.addAttribute("offer", this.editing.recalculation(h, file.entries()));
		model.addAttribute("canRecalculate",
				(h.status() == InventoryStatus.PUBLISHED || h.status() == InventoryStatus.DRAFT)
						&& this.cities.canEdit(h.cityId()));
		return "inventory/recalculation";
	}

	@PostMapping("/inventories/{id}/recalculate")
	String recalculate(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes flash) {
		var copy = this.editing.recalculate(id, reason, version);
		flash.addFlashAttribute("notice",
				copy.equals(id) ? "inventory.recalculation.recalculated" : "inventory.recalculation.started");
		return "redirect:/inventories/" + copy;
	}

}
