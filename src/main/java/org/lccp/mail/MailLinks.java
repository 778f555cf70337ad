package org.lccp.mail;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Shows a plain-text mail as HTML with its links clickable, so that the secretariat (and
 * a tester) can follow a verification link straight from the outbox.
 */
@Component
class MailLinks {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

	String render(String body) {
		var links = LINK.matcher(body);
		var html = new StringBuilder();
		var last = 0;
		while (links.find()) {
			var url = HtmlUtils.htmlEscape(links.group());
			html.append(HtmlUtils.htmlEscape(body.substring(last, links.start())))
				.append("<a href=\"")
				.append(url)
				.append("\" rel=\"noopener\">")
				.append(url)
				.append("</a>");
			last = links.end();
		}
		return html.append(HtmlUtils.htmlEscape(body.substring(last))).toString();
	}

}
