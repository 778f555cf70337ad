package org.lccp.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.lccp.shared.i18n.Language;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The parts of every page's layout that are alike for all readers of a language
 * ({@code fragments/layout-parts}: meta tags, styles and scripts, the brand, the language
 * switcher, the footer), rendered once per language and application path: rendered for
 * every page, the layout was about a sixth of the search page's time (BENCHMARKS.md,
 * issue 17). The switcher's links are rendered with a stand-in that each page replaces
 * with its own path and query.
 */
@Component
class LayoutParts {

	/**
	 * Stands in the switcher's links for the page's path and query (HTML-safe as it is).
	 */
	static final String HERE = "{lccp:here}";

	private final ObjectProvider<ITemplateEngine> templates;

	/**
	 * The parts per language and application path, the switcher's links with the
	 * stand-in.
	 */
	private final Cache<Key, Page> rendered = Caffeine.newBuilder().maximumSize(100).build();

	LayoutParts(ObjectProvider<ITemplateEngine> templates) {
		this.templates = templates;
	}

	/** The layout's parts for a page in a language. */
	Page forPage(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		var parts = this.rendered.get(new Key(locale, request.getContextPath()),
				(key) -> render(request, response, locale));
		return new Page(parts.head(), parts.brand(),
				parts.languages().replace(HERE, HtmlUtils.htmlEscape(here(request))), parts.footer());
	}

	private Page render(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// A web context, so that links get the application path and asset links their
		// content version; nothing else of the request is read.
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		var context = new WebContext(exchange, locale,
				Map.of("currentLanguage", Language.of(locale), "languages", Language.values(), "here", HERE));
		var engine = this.templates.getObject();
		return new Page(engine.process("fragments/layout-parts", Set.of("headParts"), context),
				engine.process("fragments/layout-parts", Set.of("brand"), context),
				engine.process("fragments/layout-parts", Set.of("switcher"), context),
				engine.process("fragments/layout-parts", Set.of("siteFooter"), context));
	}

	/**
	 * The page's address with its query but without a language choice, ready for one
	 * ({@code lang=} last); an error page's address without its query.
	 */
	static String here(HttpServletRequest request) {
		var original = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var uri = (original != null) ? original : request.getRequestURI();
		var here = new StringBuilder(uri.length() + 16).append(uri);
		if (uri.equals(request.getContextPath())) {
			here.append('/');
		}
		here.append('?');
		var query = (original != null) ? null : request.getQueryString();
		if (query != null) {
			for (var parameter : query.split("&")) {
				var equals = parameter.indexOf('=');
				var name = (equals < 0) ? parameter : parameter.substring(0, equals);
				if (!name.isEmpty() && !name.equals("lang")) {
					here.append(parameter).append('&');
				}
			}
		}
		return here.append("lang=").toString();
	}

	private record Key(Locale locale, String base) {
	}

	/**
	 * The layout's parts of one page, as HTML; public so that the layout's expressions on
	 * it are compiled (Spring's expression compiler calls methods of public types only).
	 */
	public record Page(String head, String brand, String languages, String footer) {
	}

}
