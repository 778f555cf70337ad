package org.lccp.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.web.UserText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compendium and booklet builder of the secretariat (and of a resource centre for its
 * area): choose and order items, write a foreword and introductions, pick the language;
 * each edition is kept and published in the knowledge hub.
 */
@Controller
class CompendiumController {

	private final Compendiums compendiums;

	private final KnowledgeManagement knowledge;

	CompendiumController(Compendiums compendiums, KnowledgeManagement knowledge) {
		this.compendiums = compendiums;
		this.knowledge = knowledge;
	}

	@GetMapping("/admin/compendium")
	String page(@RequestParam(defaultValue = "COMPENDIUM") String product, Model model, Locale locale) {
		var chosen = ItemForm.choice(Compendiums.Product.class, product);
		if (chosen == null) {
			chosen = Compendiums.Product.COMPENDIUM;
		}
		model.addAttribute("form", EditionForm.empty(chosen, Language.of(locale).code()));
		return page(model, chosen, Map.of(), Map.of(), locale);
	}

	@PostMapping("/admin/compendium")
	String build(@Valid @ModelAttribute("form") EditionForm form, BindingResult errors,
			@RequestParam Map<String, String> fields, Model model, Locale locale) {
		var product = ItemForm.choice(Compendiums.Product.class, form.product());
		if (product == null) {
			errors.rejectValue("product", "knowledge.validation.choice");
			product = Compendiums.Product.COMPENDIUM;
		}
		var ids = new ArrayList<UUID>();
		for (var text : ItemForm.list(form.items())) {
			var id = ItemForm.uuid(text);
			if (id == null) {
				errors.rejectValue("items", "knowledge.compendium.error.unknownItem");
			}
			else if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		// The editor's order: the numbers typed beside the items, then the order of the
		// list.
		var positions = new LinkedHashMap<UUID, Integer>();
		for (var id : ids) {
			positions.put(id, position(fields.getOrDefault("position_" + id, "")));
		}
		var ordered = new ArrayList<>(ids);
		ordered.sort(Comparator.comparing(positions::get));
		var intros = new LinkedHashMap<String, String>();
		fields.forEach((name, value) -> {
			if (name.startsWith("intro_") && name.length() <= 70 && value != null && !value.isBlank()) {
				intros.put(name.substring("intro_".length()), UserText.clean(value));
			}
		});
		var request = new Compendiums.Request(product, UserText.clean(form.title()), form.language(),
				form.foreword().isBlank() ? null : UserText.clean(form.foreword()), List.copyOf(ordered),
				Map.copyOf(intros));
		if (!errors.hasFieldErrors("items")) {
			this.compendiums.validate(request, errors);
		}
		else if (Language.fromCode(form.language()).isEmpty()) {
			errors.rejectValue("language", "knowledge.validation.choice");
		}
		if (errors.hasErrors()) {
			var chosenPositions = new LinkedHashMap<String, String>();
			positions.forEach(
					(id, n) -> chosenPositions.put(id.toString(), n == Integer.MAX_VALUE ? "" : Integer.toString(n)));
			return page(model, product, chosenPositions, intros, locale);
		}
		var publication = this.compendiums.build(request);
		return "redirect:/publications/" + publication;
	}

	/** The number typed beside an item; blank or unreadable ones go last. */
	private static int position(String text) {
		try {
			var n = Integer.parseInt(text.strip());
			return (n < 0) ? Integer.MAX_VALUE : n;
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	/** Candidates under a category heading (null: the booklet's one list, or none). */
	record Group(KnowledgeViews.@org.jspecify.annotations.Nullable Label category,
			List<Compendiums.Candidate> candidates) {
	}

	private String page(Model model, Compendiums.Product product, Map<String, String> positions,
			Map<String, String> intros, Locale locale) {
		model.addAttribute("product", product);
		model.addAttribute("products", Compendiums.Product.values());
		model.addAttribute("languages", Language.values());
		var candidates = this.compendiums.candidates(product, locale);
		var groups = new ArrayList<Group>();
		if (product == Compendiums.Product.COMPENDIUM) {
			var placed = new java.util.HashSet<UUID>();
			for (var category : this.knowledge.categories(locale)) {
				var members = candidates.stream()
					.filter((c) -> !c.categories().isEmpty() && c.categories().get(0).equals(category.code()))
					.toList();
				members.forEach((c) -> placed.add(c.id()));
				if (!members.isEmpty()) {
					groups.add(new Group(category, members));
				}
			}
			var rest = candidates.stream().filter((c) -> !placed.contains(c.id())).toList();
			if (!rest.isEmpty()) {
				groups.add(new Group(null, rest));
			}
		}
		else if (!candidates.isEmpty()) {
			groups.add(new Group(null, candidates));
		}
		model.addAttribute("candidates", candidates);
		model.addAttribute("groups", groups);
		model.addAttribute("positions", positions);
		model.addAttribute("intros", intros);
		model.addAttribute("editions", this.compendiums.editions());
		return "knowledge/compendium";
	}

}
