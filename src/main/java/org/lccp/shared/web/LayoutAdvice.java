package org.lccp.shared.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;

import org.springframework.ui.Model;
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

	/**
	 * The layout's values, given by one method rather than one each: Spring MVC resolves
	 * the arguments of every model method and calls it by reflection for every page.
	 * <ul>
	 * <li>{@code navigationHtml}: the menu's links, rendered once per language and set of
	 * links shown;</li>
	 * <li>{@code signedInAs}: the signed-in account, or null for an anonymous reader: the
	 * layout's log-in and log-out links read this instead of evaluating Spring Security's
	 * access expressions (six per page, a twenty-fifth of the demo search page's
	 * time);</li>
	 * <li>{@code languages} and {@code currentLanguage};</li>
	 * <li>{@code layout}: the layout's parts alike for every reader of the language, with
	 * the language switcher's links.</li>
	 * </ul>
	 */
	@ModelAttribute
	void addLayout(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		model.addAllAttributes(attributes(request, response, locale));
	}

	/**
	 * Exception handlers build their model without the advice's attributes, so error
	 * pages call this instead.
	 */
	void addTo(ModelAndView page, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		page.addAllObjects(attributes(request, response, locale));
	}

	private Map<String, @Nullable Object> attributes(HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		var attributes = new HashMap<String, @Nullable Object>(8);
		attributes.put("navigationHtml", this.navigation.html(locale, request.getContextPath()));
		attributes.put("signedInAs", CurrentUser.get().orElse(null));
		attributes.put("languages", Language.values());
		attributes.put("currentLanguage", Language.of(locale));
		attributes.put("layout", this.parts.forPage(request, response, locale));
		return attributes;
	}

}
