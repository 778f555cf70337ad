package org.lccp.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Model attributes every page's layout needs: the current language and the language
 * switcher's links, which keep the reader on the same page and its query.
 */
@ControllerAdvice
class LayoutAdvice {

	private final Navigation navigation;

	LayoutAdvice(Navigation navigation) {
		this.navigation = navigation;
	}

	/** The menu's links, rendered once per language and set of links shown. */
	@ModelAttribute("navigationHtml")
	String navigationHtml(HttpServletRequest request, Locale locale) {
		return this.navigation.html(locale, request.getContextPath());
	}

	/**
	 * The signed-in account, or null for an anonymous reader: the layout's log-in and
	 * log-out links read this instead of evaluating Spring Security's access expressions
	 * (six per page, a twenty-fifth of the demo search page's time).
	 */
	@ModelAttribute("signedInAs")
	CurrentUser.@Nullable AccountPrincipal signedInAs() {
		return CurrentUser.get().orElse(null);
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@ModelAttribute("currentLanguage")
	Language currentLanguage(Locale locale) {
		return Language.of(locale);
	}

	@ModelAttribute("languageLinks")
	Map<Language, String> languageLinks(HttpServletRequest request) {
		return links(request);
	}

	/**
	 * Exception handlers build their model without the advice's attributes, so error
	 * pages call this instead.
	 */
	void addTo(ModelAndView page, HttpServletRequest request, Locale locale) {
		page.addObject("navigationHtml", this.navigation.html(locale, request.getContextPath()));
		page.addObject("signedInAs", CurrentUser.get().orElse(null));
		page.addObject("languages", Language.values());
		page.addObject("currentLanguage", Language.of(locale));
		page.addObject("languageLinks", links(request));
	}

	private static Map<Language, String> links(HttpServletRequest request) {
		var links = new LinkedHashMap<Language, String>();
		var original = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var uri = original != null ? original : request.getRequestURI();
		var path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		for (var language : Language.values()) {
			var builder = UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path);
			if (original == null && request.getQueryString() != null) {
				builder.query(request.getQueryString());
			}
			links.put(language, builder.replaceQueryParam("lang", language.code()).build().toUriString());
		}
		return links;
	}

}
