package org.lccp.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.lccp.shared.i18n.Language;

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

	/**
	 * Links by section name. Keyed by name rather than by enum so that templates need no
	 * type references, which Thymeleaf resolves slowly on every render.
	 */
	@ModelAttribute("navigation")
	Map<String, List<NavigationItem>> navigation() {
		return this.navigation.forCurrentReader();
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
		page.addObject("navigation", this.navigation.forCurrentReader());
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
