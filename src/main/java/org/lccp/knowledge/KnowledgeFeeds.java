package org.lccp.knowledge;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.lccp.shared.web.WebProperties;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
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

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);

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
		var items = this.knowledge.published(kind, locale, PageRequest.of(0, ENTRIES)).getContent();
		var title = this.texts.getMessage(titleKey, null, locale);
		var self = this.web.link("/feeds/" + kind.path());
		var out = new StringWriter();
		try {
			var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			if ("rss".equals(format)) {
				rss(xml, title, kind, items);
			}
			else {
				atom(xml, title, self, kind, items);
			}
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the feed", ex);
		}
		return ResponseEntity.ok().contentType("rss".equals(format) ? RSS : ATOM).body(out.toString());
	}

	private void atom(XMLStreamWriter xml, String title, String self, ContentKind kind,
			java.util.List<KnowledgeViews.ItemSummary> items) throws XMLStreamException {
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		element(xml, "title", title);
		element(xml, "id", self);
		link(xml, "self", self);
		link(xml, "alternate", this.web.link("/" + kind.path()));
		var updated = items.stream()
			.map(KnowledgeViews.ItemSummary::date)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
		for (var item : items) {
			var link = this.web.link(item.path());
			xml.writeStartElement("entry");
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", item.language());
			element(xml, "title", item.title());
			element(xml, "id", link);
			link(xml, "alternate", link);
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(item.date()));
			if (item.summary() != null) {
				element(xml, "summary", item.summary());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void rss(XMLStreamWriter xml, String title, ContentKind kind,
			java.util.List<KnowledgeViews.ItemSummary> items) throws XMLStreamException {
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeStartElement("channel");
		element(xml, "title", title);
		element(xml, "link", this.web.link("/" + kind.path()));
		element(xml, "description", title);
		for (var item : items) {
			var link = this.web.link(item.path());
			xml.writeStartElement("item");
			element(xml, "title", item.title());
			element(xml, "link", link);
			element(xml, "guid", link);
			if (org.lccp.shared.web.Dates.sane(item.date())) {
				// RFC 822 dates have four-digit years; an item without one is still
				// listed
				element(xml, "pubDate",
						DateTimeFormatter.RFC_1123_DATE_TIME.format(item.date().atOffset(java.time.ZoneOffset.UTC)));
			}
			if (item.summary() != null) {
				element(xml, "description", item.summary());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
