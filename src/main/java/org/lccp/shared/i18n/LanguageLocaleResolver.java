package org.lccp.shared.i18n;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Decides the UI language: the language cookie when present (set by {@code ?lang=}, or at
 * login from the profile when the visitor has not chosen one in this browser session),
 * otherwise the best supported match of {@code Accept-Language}, otherwise English. The
 * language chosen last wins; choosing one never changes a profile.
 */
public class LanguageLocaleResolver implements LocaleResolver {

	public static final String COOKIE = "lccp-lang";

	/**
	 * A cookie without expiry, set when the visitor picks a language in this browser
	 * session: the choice then outranks the profile's language at login.
	 */
	public static final String CHOSEN_COOKIE = "lccp-lang-chosen";

	private static final java.util.List<Locale> SUPPORTED = java.util.Arrays.stream(Language.values())
		.map(Language::locale)
		.toList();

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		var chosen = request.getAttribute(COOKIE);
		if (chosen instanceof Locale locale) {
			return locale;
		}
		var inQuery = fromQuery(request.getQueryString());
		if (inQuery.isPresent()) {
			// Error pages are rendered in a dispatch the language interceptor does not
			// see.
			return inQuery.get().locale();
		}
		var cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					var fromCookie = Language.fromCode(cookie.getValue());
					if (fromCookie.isPresent()) {
						return fromCookie.get().locale();
					}
				}
			}
		}
		return fromAcceptLanguage(request.getHeader("Accept-Language"));
	}

	/**
	 * The {@code lang} of the query string, read without touching the request body, which
	 * may be an oversized form being refused.
	 */
	static java.util.Optional<Language> fromQuery(String query) {
		if (query == null || query.isEmpty()) {
			return java.util.Optional.empty();
		}
		for (var pair : query.split("&")) {
			if (pair.startsWith("lang=")) {
				return Language.fromCode(pair.substring("lang=".length()));
			}
		}
		return java.util.Optional.empty();
	}

	static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Language.EN.locale();
		}
		try {
			var ranges = Locale.LanguageRange.parse(header);
			var match = Locale.lookup(ranges, SUPPORTED);
			if (match != null) {
				return match;
			}
			for (var range : ranges) {
				var language = Language.fromCode(range.getRange().split("-")[0]);
				if (language.isPresent()) {
					return language.get().locale();
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			// A malformed header is the client's problem; fall back to English rather
			// than fail the page.
		}
		return Language.EN.locale();
	}

	/** Whether the visitor picked a language in this browser session. */
	public static boolean chosenInThisSession(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (CHOSEN_COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Remembers the visitor's own choice: the language, and for this browser session the
	 * fact that it was chosen.
	 */
	public void choose(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		setLocale(request, response, locale);
		var marker = new Cookie(CHOSEN_COOKIE, "1");
		marker.setPath("/");
		marker.setHttpOnly(true);
		marker.setSecure(request.isSecure());
		marker.setAttribute("SameSite", "Lax");
		response.addCookie(marker);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		var language = locale == null ? Language.EN : Language.of(locale);
		request.setAttribute(COOKIE, language.locale());
		if (response != null) {
			var cookie = new Cookie(COOKIE, language.code());
			cookie.setPath("/");
			cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
	}

}
