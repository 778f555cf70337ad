package org.lccp.knowledge;

import java.util.Locale;

import org.lccp.shared.web.Feeds;
import org.lccp.shared.web.WebProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Atom feeds of news and of newly published case studies, in the reader's language where
 * an item has it ({@code ?lang=ja} picks one). RSS 2.0 is offered too for older readers
 * ({@code ?format=rss}).
 */
@Controller
class KnowledgeFeeds {

	private static final int ENTRIES = 50;

	private final KnowledgeManagement knowledge;

	private final WebProperties web;

	private final MessageSource texts;

	KnowledgeFeeds(KnowledgeManagement knowledge, WebProperties web, MessageSource texts) {
		this.knowledge = knowledge;
		this.web = web;
		this.texts = texts;
	}

	@GetMapping("/feeds/news")
	ResponseEntity<String> news(@RequestParam(defaultValue = "atom") String format, Locale locale) {
		return feed(ContentKind.NEWS, "knowledge.feed.news", format, locale);
	}

	@GetMapping("/feeds/case-studies")
	ResponseEntity<String> caseStudies(@RequestParam(defaultValue = "atom") String format, Locale locale) {
		return feed(ContentKind.CASE_STUDY, "knowledge.feed.caseStudies", format, locale);
	}

	private ResponseEntity<String> feed(ContentKind kind, String titleKey, String format, Locale locale) {
		var items = this.knowledge.latest(kind, locale, ENTRIES);
		var title = this.texts.getMessage(titleKey, null, locale);
		var entries = items.stream()
			.map((item) -> new Feeds.Entry(item.title(), this.web.link(item.path()), item.date(), item.summary(),
					item.language()))
			.toList();
		return Feeds.answer(format, title, this.web.link("/feeds/" + kind.path()), this.web.link("/" + kind.path()),
				title, entries);
	}

}
