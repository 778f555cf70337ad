package org.lccp.experts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.shared.domain.Sector;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.CountryCode;
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
 * Pages of the expert roster: the public list with filters, a profile, the member's own
 * entry and the secretariat's vetting queue (plain forms, no script needed).
 */
@Controller
class ExpertsController {

	private final ExpertRoster roster;

	ExpertsController(ExpertRoster roster) {
		this.roster = roster;
	}

	@GetMapping("/experts")
	String list(@ModelAttribute("filters") Filters filters, BindingResult unknown,
			@RequestParam(defaultValue = "0") int page, Model model) {
		// an unknown filter value binds as no filter (its conversion error is not shown),
		// as the list's other filters do
		var filter = filters.filter();
		model.addAttribute("experts", this.roster.publicPage(filter, page, 20));
		model.addAttribute("filter", filter);
		model.addAttribute("mine", this.roster.mine().orElse(null));
		model.addAttribute("member", isMember());
		choices(model);
		return "experts/list";
	}

	/** The list's filters as the page sends them, typed. */
	record Filters(@Nullable Topic topic, @Nullable Language language, @Nullable CountryCode country,
			@Nullable ExpertTool tool, @Nullable String available) {

		ExpertRoster.Filter filter() {
			return new ExpertRoster.Filter(this.topic, this.language == null ? null : this.language.code(),
					this.country == null ? null : this.country.code(), this.tool,
					"on".equals(this.available) || "true".equals(this.available));
		}

	}

	@GetMapping("/experts/{id}")
	String profile(@PathVariable UUID id, Locale locale, Model model) {
		var entry = this.roster.profile(id);
		model.addAttribute("expert", entry);
		model.addAttribute("pastWork", this.roster.pastWork(entry, locale));
		model.addAttribute("secretariat", CurrentUser.has(Role.SECRETARIAT));
		model.addAttribute("own", CurrentUser.get().map((me) -> me.id().equals(entry.accountId())).orElse(false));
		return "experts/profile";
	}

	@GetMapping("/my/expert-profile")
	String ownForm(Model model) {
		model.addAttribute("form", this.roster.formForMe());
		return formPage(model);
	}

	@PostMapping("/my/expert-profile")
	String save(@ModelAttribute("form") ExpertForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			reject(errors, this.roster.violations(form));
			return formPage(model);
		}
		try {
			var id = this.roster.save(form);
			redirect.addFlashAttribute("notice", "experts.saved");
			return "redirect:/experts/" + id;
		}
		catch (InvalidExpertException ex) {
			reject(errors, ex.violations());
			return formPage(model);
		}
	}

	/**
	 * Adds the roster's refusals to the binder's, one message per field: a field the
	 * binder could not convert keeps its conversion message.
	 */
	private static void reject(BindingResult errors, List<InvalidExpertException.Violation> violations) {
		for (var v : violations) {
			if (!errors.hasFieldErrors(v.field())) {
				errors.rejectValue(v.field(), v.key(), v.key());
			}
		}
	}

	@PostMapping("/my/expert-profile/withdraw")
	String withdraw(RedirectAttributes redirect) {
		this.roster.withdraw();
		redirect.addFlashAttribute("notice", "experts.withdrawn");
		return "redirect:/my/expert-profile";
	}

	@GetMapping("/admin/experts")
	String queue(Model model) {
		model.addAttribute("entries", this.roster.forSecretariat());
		return "experts/admin";
	}

	@PostMapping("/admin/experts/{id}/list")
	String listEntry(@PathVariable UUID id, RedirectAttributes redirect) {
		this.roster.list(id);
		redirect.addFlashAttribute("notice", "experts.listed");
		return "redirect:/admin/experts";
	}

	@PostMapping("/admin/experts/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		try {
			this.roster.decline(id, reason);
			redirect.addFlashAttribute("notice", "experts.declined");
		}
		catch (InvalidExpertException ex) {
			redirect.addFlashAttribute("problem", ex.violations().get(0).key());
		}
		return "redirect:/admin/experts";
	}

	private String formPage(Model model) {
		choices(model);
		model.addAttribute("entry", this.roster.mine().orElse(null));
		model.addAttribute("publicFields", PublicField.values());
		model.addAttribute("availabilities", Availability.values());
		model.addAttribute("sectors", Sector.values());
		return "experts/form";
	}

	private static void choices(Model model) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("tools", ExpertTool.values());
		model.addAttribute("languages", List.of(Language.values()));
		model.addAttribute("countries", Countries.NEASPEC_MEMBERS);
	}

	private static boolean isMember() {
		for (var role : ExpertRoster.MEMBERS) {
			if (CurrentUser.has(role)) {
				return true;
			}
		}
		return false;
	}

}
