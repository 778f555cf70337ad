package org.lccp.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Atom 1.0 and RSS 2.0 feeds written by one library (ROME) for every module. Dates
 * outside {@link Dates}' bounds are left out of an entry rather than breaking the feed
 * (RSS dates have four-digit years). ROME's model takes {@code java.util.Date}, so this
 * adapter is the one class allowed to use it.
 */
public final class Feeds {

	public static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	public static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);

	private Feeds() {
	}

	/**
	 * One entry: its title, the address of its page (also its id), when it was published
	 * or last changed, a plain-text summary and the language it is written in.
	 */
	public record Entry(String title, String link, @Nullable Instant updated, @Nullable String summary,
			@Nullable String language) {
	}

	/** A feed of the given kind ({@code rss} for RSS 2.0, anything else Atom). */
	public static ResponseEntity<String> answer(String format, String title, String self, String alternate,
			String description, List<Entry> entries) {
		var rss = "rss".equals(format.strip().toLowerCase(Locale.ROOT));
		return ResponseEntity.ok()
			.contentType(rss ? RSS : ATOM)
			.body(rss ? rss(title, alternate, description, entries) : atom(title, self, alternate, entries));
	}

	public static String atom(String title, String self, String alternate, List<Entry> entries) {
		var feed = feed("atom_1.0", title, alternate, title, entries);
		feed.setUri(self);
		var links = new ArrayList<com.rometools.rome.feed.synd.SyndLink>();
		links.add(link("self", self));
		links.add(link("alternate", alternate));
		feed.setLinks(links);
		feed.setPublishedDate(date(entries.stream()
			.map(Entry::updated)
			.filter((at) -> at != null && Dates.sane(at))
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH)));
		try {
			// ROME's model has no language per entry; Atom has xml:lang, which feed
			// readers use to choose fonts for Chinese, Japanese and Korean.
			var document = new SyndFeedOutput().outputJDom(feed);
			var atom = Namespace.getNamespace("http://www.w3.org/2005/Atom");
			var elements = document.getRootElement().getChildren("entry", atom);
			for (int i = 0; i < elements.size() && i < entries.size(); i++) {
				var language = entries.get(i).language();
				if (language != null && !language.isBlank()) {
					elements.get(i).setAttribute("lang", language, Namespace.XML_NAMESPACE);
				}
			}
			return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write the feed", ex);
		}
	}

	public static String rss(String title, String link, String description, List<Entry> entries) {
		return write(feed("rss_2.0", title, link, description, entries));
	}

	private static SyndFeedImpl feed(String type, String title, String link, String description, List<Entry> entries) {
		var feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setTitle(title);
		feed.setLink(link);
		feed.setDescription(description);
		feed.setEncoding("UTF-8");
		var items = new ArrayList<SyndEntry>();
		for (var entry : entries) {
			var item = new SyndEntryImpl();
			item.setTitle(entry.title());
			item.setLink(entry.link());
			item.setUri(entry.link());
			if (entry.updated() != null && Dates.sane(entry.updated())) {
				item.setPublishedDate(date(entry.updated()));
				item.setUpdatedDate(date(entry.updated()));
			}
			if (entry.summary() != null) {
				var summary = new SyndContentImpl();
				summary.setType("text/plain");
				summary.setValue(entry.summary());
				item.setDescription(summary);
			}
			items.add(item);
		}
		feed.setEntries(items);
		return feed;
	}

	private static SyndLinkImpl link(String rel, String href) {
		var link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		return link;
	}

	private static Date date(Instant at) {
		return Date.from(at);
	}

	private static String write(SyndFeedImpl feed) {
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write the feed", ex);
		}
	}

}
