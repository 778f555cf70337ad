package org.lccp.identity;

import java.time.LocalDate;
import java.util.UUID;

import org.lccp.shared.security.Role;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages for accounts, roles and the audit log.
 */
@Controller
class AdminController {

	private final AccountManagement accounts;

	private final AuditLog audit;

	AdminController(AccountManagement accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("accounts", this.accounts.search(q, page));
		model.addAttribute("q", q);
		return "identity/admin-accounts";
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable UUID id, Model model) {
		model.addAttribute("account", this.accounts.find(id));
		model.addAttribute("roles", Role.values());
		model.addAttribute("history",
				this.audit.search(new AuditLog.Filter("", "Account", id.toString(), "", null, null), 0));
		return "identity/admin-account";
	}

	@PostMapping("/admin/accounts/{id}/roles")
	String changeRole(@PathVariable UUID id, @RequestParam Role role, @RequestParam boolean grant,
			RedirectAttributes redirect) {
		if (grant) {
			this.accounts.grant(id, role);
		}
		else {
			this.accounts.withdraw(id, role);
		}
		redirect.addFlashAttribute("notice", grant ? "identity.role.granted" : "identity.role.withdrawn");
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String recordType,
			@RequestParam(defaultValue = "") String recordId, @RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new AuditLog.Filter(actor, recordType, recordId, action, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", this.audit.search(filter, page));
		model.addAttribute("recordTypes", this.audit.recordTypes());
		model.addAttribute("actions", this.audit.actions());
		return "identity/audit";
	}

}
