package org.lccp.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * Model attributes every page's layout needs: the current language, the menu and the
 * layout's parts with the language switcher's links, which keep the reader on the same
 * page and its query.
 */
@ControllerAdvice
class LayoutAdvice {

	private final Navigation navigation;

	private final LayoutParts parts;

	LayoutAdvice(Navigation navigation, LayoutParts parts) {
		this.navigation = navigation;
		this.parts = parts;
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

	/**
	 * The layout's parts alike for every reader of the language, with the switcher's
	 * links.
	 */
	@ModelAttribute("layout")
	LayoutParts.Page layout(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return this.parts.forPage(request, response, locale);
	}

	/**
	 * Exception handlers build their model without the advice's attributes, so error
	 * pages call this instead.
	 */
	void addTo(ModelAndView page, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		page.addObject("navigationHtml", this.navigation.html(locale, request.getContextPath()));
		page.addObject("signedInAs", CurrentUser.get().orElse(null));
		page.addObject("languages", Language.values());
		page.addObject("currentLanguage", Language.of(locale));
		page.addObject("layout", this.parts.forPage(request, response, locale));
	}

}
