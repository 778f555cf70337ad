package org.lccp.identity.apiaccess;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's personal API tokens: make one (its secret shown once), list, revoke. */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/api-tokens")
	String list(Model model) {
		model.addAttribute("tokens", this.tokens.mine());
		model.addAttribute("scopes", ApiToken.Scope.values());
		return "identity/api-tokens";
	}

	@PostMapping("/account/api-tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam ApiToken.Scope scope, Model model,
			RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("error", "identity.token.error.name");
			return "redirect:/account/api-tokens";
		}
		redirect.addFlashAttribute("secret", this.tokens.create(name, scope));
		redirect.addFlashAttribute("notice", "identity.token.created");
		return "redirect:/account/api-tokens";
	}

	@PostMapping("/account/api-tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(id);
		redirect.addFlashAttribute("notice", "identity.token.revoked");
		return "redirect:/account/api-tokens";
	}

}
