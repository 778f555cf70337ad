package org.lccp.mail;

import org.lccp.shared.web.NavigationItem;
import java.util.UUID;

import org.lccp.shared.security.HttpAccessRules;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NotFoundException;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's view of the outbox, which is how mail is read when no SMTP server is
 * configured.
 */
@Controller
class OutboxController {

	private final MailOutbox outbox;

	private final MailLinks links;

	private final org.lccp.shared.web.PublicAddress address;

	OutboxController(MailOutbox outbox, MailLinks links, org.lccp.shared.web.PublicAddress address) {
		this.outbox = outbox;
		this.links = links;
		this.address = address;
	}

	@GetMapping("/admin/outbox")
	String list(@RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("mails", this.outbox.list(recipient, page));
		model.addAttribute("recipient", recipient);
		model.addAttribute("smtpConfigured", this.outbox.smtpConfigured());
		model.addAttribute("reachedAs", this.address.loopbackLinksWhileReachedAs().orElse(null));
		model.addAttribute("baseUrl", this.address.baseUrl());
		return "mail/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String show(@PathVariable UUID id, Model model) {
		var mail = this.outbox.find(id).orElseThrow(() -> new MailNotFoundException(id));
		model.addAttribute("mail", mail);
		model.addAttribute("bodyHtml", this.links.render(mail.body()));
		return "mail/message";
	}

	@GetMapping("/admin/outbox/{id}/attachment")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id) {
		var file = this.outbox.attachment(id).orElseThrow(() -> new MailNotFoundException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@Bean
	static HttpAccessRules mailAccessRules() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/admin/outbox", "/admin/outbox/*", "/admin/outbox/*/attachment")
			.hasRole(Role.SECRETARIAT.name());
	}

	static class MailNotFoundException extends NotFoundException {

		MailNotFoundException(UUID id) {
			super("mail.notFound", id);
		}

	}

	@Bean
	static NavigationItem outboxLink() {
		return NavigationItem.secretariat("/admin/outbox", "layout.nav.outbox", 40);
	}

}
