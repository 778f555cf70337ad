package org.lccp.membership;

import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.i18n.Countries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public member directory and institution profiles.
 */
@Controller
class DirectoryController {

	private final MembershipManagement membership;

	DirectoryController(MembershipManagement membership) {
		this.membership = membership;
	}

	@GetMapping("/members")
	String directory(@RequestParam(defaultValue = "") String country,
			@RequestParam(required = false) InstitutionType type, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		var counts = this.membership.counts();
		model.addAttribute("country", Countries.isKnown(country) ? country : "");
		model.addAttribute("type", type);
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("counts", counts);
		model.addAttribute("countries",
				Countries.choices(locale).stream().filter((c) -> counts.byCountry().containsKey(c.code())).toList());
		model.addAttribute("members", this.membership.directory(Countries.isKnown(country) ? country : "", type, page));
		return "membership/directory";
	}

	@GetMapping("/members/{id}")
	String profile(@PathVariable UUID id, Model model) {
		model.addAttribute("profile", this.membership.institution(id));
		model.addAttribute("suspension", new SecretariatController.ReasonForm(""));
		return "membership/member";
	}

}
