package org.lccp.identity;

import java.util.Locale;

import jakarta.validation.Valid;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.web.UserText;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up, email verification, login page, password reset and change, and the profile.
 */
@Controller
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @org.jspecify.annotations.Nullable String throttled, Model model) {
		// the wait the throttle asked for, shown only when it is a plain number
		if (throttled != null && throttled.matches("[0-9]{1,6}")) {
			model.addAttribute("waitSeconds", Integer.parseInt(throttled));
		}
		return "identity/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model, Locale locale) {
		model.addAttribute("form", AccountForms.SignUp.empty(Language.of(locale)));
		return "identity/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") AccountForms.SignUp form, BindingResult errors) {
		if (!errors.hasFieldErrors("passwordRepeat") && form.password() != null
				&& !form.password().equals(form.passwordRepeat())) {
			errors.rejectValue("passwordRepeat", "identity.password.mismatch");
		}
		if (errors.hasErrors()) {
			return "identity/signup";
		}
		try {
			this.accounts.signUp(form.email().strip(), form.password(), UserText.clean(form.displayName()),
					form.language());
		}
		catch (AccountManagement.PasswordRejectedException ex) {
			errors.rejectValue("password", ex.messageKey());
			return "identity/signup";
		}
		return "redirect:/signup/sent";
	}

	@GetMapping("/signup/sent")
	String signUpSent() {
		return "identity/signup-sent";
	}

	@GetMapping("/signup/verify")
	String verify(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("verified", this.accounts.verifyEmail(token));
		model.addAttribute("resend", new AccountForms.EmailOnly(""));
		return "identity/verified";
	}

	@PostMapping("/signup/resend")
	String resend(@Valid @ModelAttribute("resend") AccountForms.EmailOnly form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("verified", false);
			return "identity/verified";
		}
		this.accounts.resendVerification(form.email());
		return "redirect:/signup/sent";
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("form", new AccountForms.EmailOnly(""));
		return "identity/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid @ModelAttribute("form") AccountForms.EmailOnly form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "identity/forgot";
		}
		this.accounts.requestPasswordReset(form.email());
		return "redirect:/password/forgot/sent";
	}

	@GetMapping("/password/forgot/sent")
	String forgotSent() {
		return "identity/forgot-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("usable", this.accounts.resetTokenUsable(token));
		model.addAttribute("form", new AccountForms.Reset(token, "", ""));
		return "identity/reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") AccountForms.Reset form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("usable", true);
		if (!errors.hasFieldErrors("passwordRepeat") && form.password() != null
				&& !form.password().equals(form.passwordRepeat())) {
			errors.rejectValue("passwordRepeat", "identity.password.mismatch");
		}
		if (errors.hasErrors()) {
			return "identity/reset";
		}
		try {
			if (!this.accounts.resetPassword(form.token(), form.password())) {
				model.addAttribute("usable", false);
				return "identity/reset";
			}
		}
		catch (AccountManagement.PasswordRejectedException ex) {
			errors.rejectValue("password", ex.messageKey());
			return "identity/reset";
		}
		redirect.addFlashAttribute("notice", "identity.reset.done");
		return "redirect:/login";
	}

	@GetMapping("/profile")
	String profile(Model model) {
		var account = this.accounts.find(CurrentUser.id());
		model.addAttribute("account", account);
		model.addAttribute("form",
				new AccountForms.Profile(account.displayName(), account.language(), account.affiliation()));
		return "identity/profile";
	}

	@PostMapping("/profile")
	String updateProfile(@Valid @ModelAttribute("form") AccountForms.Profile form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("account", this.accounts.find(CurrentUser.id()));
			return "identity/profile";
		}
		this.accounts.updateProfile(UserText.clean(form.displayName()), form.language(),
				UserText.cleanOrNull(form.affiliation()));
		redirect.addFlashAttribute("notice", "identity.profile.saved");
		return "redirect:/profile?lang=" + form.language().code();
	}

	@GetMapping("/password/change")
	String changePasswordForm(Model model) {
		model.addAttribute("form", AccountForms.ChangePassword.empty());
		return "identity/password";
	}

	@PostMapping("/password/change")
	String changePassword(@Valid @ModelAttribute("form") AccountForms.ChangePassword form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("passwordRepeat") && form.password() != null
				&& !form.password().equals(form.passwordRepeat())) {
			errors.rejectValue("passwordRepeat", "identity.password.mismatch");
		}
		if (errors.hasErrors()) {
			return "identity/password";
		}
		try {
			this.accounts.changePassword(form.currentPassword(), form.password());
		}
		catch (AccountManagement.PasswordRejectedException ex) {
			errors.rejectValue(
					ex.messageKey().equals("identity.password.currentWrong") ? "currentPassword" : "password",
					ex.messageKey());
			return "identity/password";
		}
		redirect.addFlashAttribute("notice", "identity.password.changed");
		return "redirect:/profile";
	}

}
