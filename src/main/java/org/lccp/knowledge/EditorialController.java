package org.lccp.knowledge;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewers' side: the queue of submitted items, returning with comments, publishing,
 * taking down with a reason; the secretariat's categories, stewards and search index.
 */
@Controller
class EditorialController {

	private final KnowledgeManagement knowledge;

	private final Editorial editorial;

	private final Topics topics;

	private final SearchIndex index;

	EditorialController(KnowledgeManagement knowledge, Editorial editorial, Topics topics, SearchIndex index) {
		this.knowledge = knowledge;
		this.editorial = editorial;
		this.topics = topics;
		this.index = index;
	}

	@GetMapping("/admin/knowledge")
	String queue(Model model, Locale locale) {
		model.addAttribute("queue", this.knowledge.queue(locale));
		return "knowledge/queue";
	}

	@PostMapping("/knowledge/{id}/return")
	String returnToAuthor(@PathVariable UUID id, @RequestParam(defaultValue = "") String comment, Locale locale,
			RedirectAttributes redirect) {
		this.editorial.returnToAuthor(id, comment);
		redirect.addFlashAttribute("notice", "knowledge.returned");
		return "redirect:" + this.knowledge.item(id, locale, null).path();
	}

	@PostMapping("/knowledge/{id}/publish")
	String publish(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Locale locale,
			RedirectAttributes redirect) {
		this.editorial.publish(id, note);
		redirect.addFlashAttribute("notice", "knowledge.published");
		return "redirect:" + this.knowledge.item(id, locale, null).path();
	}

	@PostMapping("/knowledge/{id}/unpublish")
	String unpublish(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		this.editorial.unpublish(id, reason);
		redirect.addFlashAttribute("notice", "knowledge.unpublished");
		return "redirect:" + this.knowledge.item(id, locale, null).path();
	}

	@GetMapping("/admin/knowledge/topics")
	String topics(Model model, Locale locale) {
		model.addAttribute("categories", this.knowledge.categories(locale));
		model.addAttribute("stewards", this.topics.stewards(locale));
		model.addAttribute("progress", this.index.progress());
		return "knowledge/topics";
	}

	@PostMapping("/admin/knowledge/categories")
	String addCategory(@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameJa, @RequestParam(defaultValue = "") String nameKo,
			@RequestParam(defaultValue = "") String nameRu, @RequestParam(defaultValue = "") String nameMn,
			RedirectAttributes redirect) {
		try {
			this.topics.addCategory(nameEn, nameZh, nameJa, nameKo, nameRu, nameMn);
			redirect.addFlashAttribute("notice", "knowledge.categoryAdded");
		}
		catch (WorkflowException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/knowledge/topics";
	}

	@PostMapping("/admin/knowledge/stewards")
	String addSteward(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String category,
			RedirectAttributes redirect) {
		try {
			this.topics.addSteward(email, category);
			redirect.addFlashAttribute("notice", "knowledge.stewardAdded");
		}
		catch (WorkflowException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/knowledge/topics";
	}

	@PostMapping("/admin/knowledge/stewards/delete")
	String removeSteward(@RequestParam UUID account, @RequestParam String category, RedirectAttributes redirect) {
		this.topics.removeSteward(account, category);
		redirect.addFlashAttribute("notice", "knowledge.stewardRemoved");
		return "redirect:/admin/knowledge/topics";
	}

	@PostMapping("/admin/knowledge/index")
	String rebuild(RedirectAttributes redirect) {
		this.index.start();
		redirect.addFlashAttribute("notice", "knowledge.index.started");
		return "redirect:/admin/knowledge/topics";
	}

	/** A fragment that htmx polls while a rebuild runs. */
	@GetMapping("/admin/knowledge/index/progress")
	org.springframework.web.servlet.ModelAndView progress() {
		return new org.springframework.web.servlet.ModelAndView("knowledge/topics :: progress", "progress",
				this.index.progress());
	}

}
