package org.lccp.capacity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.experts.Topic;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

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
 * Pages of capacity building: the open needs and offers, a need with its ranked and
 * explained suggestions and its matches, an offer with the needs it could serve, the two
 * posting forms and the brokering steps (plain forms, no script needed).
 */
@Controller
class CapacityController {

	private final CapacityManagement capacity;

	CapacityController(CapacityManagement capacity) {
		this.capacity = capacity;
	}

	@GetMapping("/capacity")
	String overview(@RequestParam(defaultValue = "0") int needs, @RequestParam(defaultValue = "0") int offers,
			Model model) {
		model.addAttribute("needs", this.capacity.openNeeds(needs, 20));
		model.addAttribute("offers", this.capacity.openOffers(offers, 20));
		model.addAttribute("stewarded", this.capacity.stewardedNeeds());
		return "capacity/overview";
	}

	@GetMapping("/capacity/needs/new")
	String needForm(@ModelAttribute("form") NeedForm form, BindingResult errors, Model model) {
		// a link from a recommendation or a study fills in the title and the origin
		return needFormPage(model);
	}

	@PostMapping("/capacity/needs")
	String postNeed(@ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			reject(errors, this.capacity.needViolations(form));
			return needFormPage(model);
		}
		try {
			var id = this.capacity.postNeed(form);
			redirect.addFlashAttribute("notice", "capacity.need.posted");
			return "redirect:/capacity/needs/" + id;
		}
		catch (InvalidCapacityException ex) {
			reject(errors, ex.violations());
			return needFormPage(model);
		}
	}

	@GetMapping("/capacity/needs/{id}")
	String need(@PathVariable UUID id, Model model) {
		var need = this.capacity.need(id);
		model.addAttribute("need", need);
		model.addAttribute("suggestions", this.capacity.suggestions(id));
		model.addAttribute("matches", this.capacity.matchesOfNeed(id));
		var secretariat = CurrentUser.has(Role.SECRETARIAT);
		// the reasons read what experts may keep private, so only a broker sees them: the
		// secretariat, or the resource centre stewarding the need's programme area
		var broker = this.capacity.canBroker(need);
		model.addAttribute("experts", broker ? this.capacity.expertSuggestions(id) : List.of());
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("broker", broker);
		model.addAttribute("gatherings", secretariat ? this.capacity.gatheringsToHoldAs() : List.of());
		model.addAttribute("me", CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null));
		if (!model.containsAttribute("plan")) {
			model.addAttribute("plan", new CapacityManagement.PlanForm(null, ""));
		}
		if (!model.containsAttribute("outcome")) {
			model.addAttribute("outcome", new CapacityManagement.OutcomeForm(null, "", "", null, "", ""));
		}
		return "capacity/need";
	}

	@GetMapping("/capacity/offers/new")
	String offerForm(Model model) {
		model.addAttribute("form", OfferForm.empty());
		return offerFormPage(model);
	}

	@PostMapping("/capacity/offers")
	String postOffer(@ModelAttribute("form") OfferForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			reject(errors, this.capacity.offerViolations(form));
			return offerFormPage(model);
		}
		try {
			var id = this.capacity.postOffer(form);
			redirect.addFlashAttribute("notice", "capacity.offer.posted");
			return "redirect:/capacity/offers/" + id;
		}
		catch (InvalidCapacityException ex) {
			reject(errors, ex.violations());
			return offerFormPage(model);
		}
	}

	@GetMapping("/capacity/offers/{id}")
	String offer(@PathVariable UUID id, Model model) {
		model.addAttribute("offer", this.capacity.offer(id));
		model.addAttribute("needs", this.capacity.needsFor(id));
		model.addAttribute("matches", this.capacity.matchesOfOffer(id));
		model.addAttribute("me", CurrentUser.get().map(CurrentUser.AccountPrincipal::id).orElse(null));
		model.addAttribute("secretariat", CurrentUser.has(Role.SECRETARIAT));
		return "capacity/offer";
	}

	@PostMapping("/capacity/needs/{id}/proposals")
	String propose(@PathVariable UUID id, @RequestParam UUID offerId, RedirectAttributes redirect) {
		this.capacity.propose(id, offerId);
		redirect.addFlashAttribute("notice", "capacity.match.proposed");
		return "redirect:/capacity/needs/" + id;
	}

	@PostMapping("/capacity/needs/{id}/expert-proposals")
	String proposeExpert(@PathVariable UUID id, @RequestParam UUID expertId, RedirectAttributes redirect) {
		this.capacity.proposeExpert(id, expertId);
		redirect.addFlashAttribute("notice", "capacity.match.proposed");
		return "redirect:/capacity/needs/" + id;
	}

	@PostMapping("/capacity/matches/{id}/accept")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		this.capacity.accept(id);
		redirect.addFlashAttribute("notice", "capacity.match.accepted");
		return "redirect:/capacity/needs/" + this.capacity.match(id).needId();
	}

	@PostMapping("/capacity/matches/{id}/plan")
	String plan(@PathVariable UUID id, @ModelAttribute("plan") CapacityManagement.PlanForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var match = this.capacity.match(id);
		if (errors.hasErrors()) {
			reject(errors, CapacityManagement.planViolations(form));
			return need(match.needId(), model);
		}
		try {
			this.capacity.plan(id, form);
		}
		catch (InvalidCapacityException ex) {
			reject(errors, ex.violations());
			return need(match.needId(), model);
		}
		redirect.addFlashAttribute("notice", "capacity.match.planned");
		return "redirect:/capacity/needs/" + match.needId();
	}

	@PostMapping("/capacity/matches/{id}/outcome")
	String outcome(@PathVariable UUID id, @ModelAttribute("outcome") CapacityManagement.OutcomeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var match = this.capacity.match(id);
		if (errors.hasErrors()) {
			reject(errors, CapacityManagement.outcomeViolations(form));
			return need(match.needId(), model);
		}
		try {
			this.capacity.deliver(id, form);
		}
		catch (InvalidCapacityException ex) {
			reject(errors, ex.violations());
			return need(match.needId(), model);
		}
		redirect.addFlashAttribute("notice", "capacity.match.delivered");
		return "redirect:/capacity/needs/" + match.needId();
	}

	/**
	 * Adds the facade's refusals to the binder's, one message per field: a field the
	 * binder could not convert keeps its conversion message.
	 */
	private static void reject(BindingResult errors, List<InvalidCapacityException.Violation> violations) {
		for (var v : violations) {
			if (v.field().isEmpty()) {
				errors.reject(v.key(), v.key());
			}
			else if (!errors.hasFieldErrors(v.field())) {
				errors.rejectValue(v.field(), v.key(), v.key());
			}
		}
	}

	private String needFormPage(Model model) {
		commonChoices(model);
		model.addAttribute("sectors", Sector.values());
		return "capacity/need-form";
	}

	private String offerFormPage(Model model) {
		commonChoices(model);
		return "capacity/offer-form";
	}

	private static void commonChoices(Model model) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("kinds", SupportKind.values());
		model.addAttribute("languages", List.of(Language.values()));
		model.addAttribute("countries", Countries.NEASPEC_MEMBERS);
	}

}
