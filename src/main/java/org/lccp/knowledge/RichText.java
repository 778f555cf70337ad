package org.lccp.knowledge;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.lccp.shared.web.UserText;

import org.springframework.web.util.HtmlUtils;

/**
 * Rich text as members write it: either plain paragraphs or a small set of HTML elements.
 * Whatever arrives passes an allow-list, so scripts, event handlers, styles and
 * {@code javascript:} links never reach a page.
 */
final class RichText {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "h3", "h4", "blockquote", "a", "sub",
				"sup")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelNofollowOnLinks()
		.toFactory();

	private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

	private RichText() {
	}

	static @Nullable String sanitise(@Nullable String input) {
		var text = UserText.cleanOrNull(input);
		if (text == null) {
			return null;
		}
		if (!LOOKS_LIKE_HTML.matcher(text).find()) {
			text = paragraphs(text);
		}
		var clean = POLICY.sanitize(text).strip();
		return clean.isEmpty() ? null : clean;
	}

	private static String paragraphs(String text) {
		var html = new StringBuilder();
		for (var paragraph : text.split("\\n\\s*\\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
			}
		}
		return html.toString();
	}

}
