package org.lccp.knowledge;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.lccp.shared.i18n.Language;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The knowledge hub's front page and the page of each item, in the reader's language or
 * the original with a notice; its revisions for those who may see them.
 */
@Controller
class KnowledgeController {

	private static final int HUB_ENTRIES = 5;

	private final KnowledgeManagement knowledge;

	private final Editorial editorial;

	private final Attachments attachments;

	KnowledgeController(KnowledgeManagement knowledge, Editorial editorial, Attachments attachments) {
		this.knowledge = knowledge;
		this.editorial = editorial;
		this.attachments = attachments;
	}

	@GetMapping("/knowledge")
	String hub(Model model, Locale locale) {
		model.addAttribute("caseStudies", this.knowledge.latest(ContentKind.CASE_STUDY, locale, HUB_ENTRIES));
		model.addAttribute("news", this.knowledge.latest(ContentKind.NEWS, locale, HUB_ENTRIES));
		model.addAttribute("publications", this.knowledge.latest(ContentKind.PUBLICATION, locale, HUB_ENTRIES));
		model.addAttribute("kinds", ContentKind.values());
		return "knowledge/hub";
	}

	@GetMapping({ "/case-studies/{id}", "/publications/{id}", "/news/{id}", "/networks/{id}", "/policies/{id}",
			"/tools/{id}" })
	String item(@PathVariable UUID id, @RequestParam(name = "in", required = false) @Nullable String in,
			HttpServletRequest request, Model model, Locale locale) {
		var asked = (in == null) ? null : Language.fromCode(in).map(Language::code).orElse(null);
		var item = this.knowledge.item(id, locale, asked);
		var path = request.getRequestURI();
		if (!path.startsWith("/" + item.kind().path() + "/")) {
			return "redirect:" + item.path();
		}
		model.addAttribute("item", item);
		var signedIn = request.getUserPrincipal() != null;
		var rights = signedIn ? this.knowledge.rights(id) : Editorial.Rights.NONE;
		model.addAttribute("canEdit", rights.canEdit());
		model.addAttribute("canReview", rights.canReview());
		model.addAttribute("isAuthor", rights.isAuthor());
		if (rights.canEdit() || rights.canReview()) {
			model.addAttribute("comments", this.knowledge.comments(id));
		}
		model.addAttribute("revisions", this.knowledge.revisions(id));
		return "knowledge/item";
	}

	/** The PDF of a publication, counted as a download. */
	@GetMapping("/publications/{id}/file")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable UUID id) {
		var fileId = this.editorial.download(id);
		var file = this.attachments.file(fileId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header("Content-Disposition",
					org.springframework.http.ContentDisposition.inline()
						.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new org.springframework.core.io.InputStreamResource(this.attachments.open(fileId)));
	}

	@GetMapping("/knowledge/{id}/revisions/{number}")
	String revision(@PathVariable UUID id, @PathVariable int number, Model model, Locale locale) {
		var item = this.knowledge.item(id, locale, null);
		model.addAttribute("item", item);
		model.addAttribute("number", number);
		model.addAttribute("revisions", this.knowledge.revisions(id));
		model.addAttribute("changes", this.knowledge.changes(id, number, locale));
		return "knowledge/revision";
	}

}
