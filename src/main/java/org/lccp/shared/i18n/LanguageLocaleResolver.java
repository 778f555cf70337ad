package org.lccp.shared.i18n;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Decides the UI language: the language cookie when present (set by {@code ?lang=} or at
 * login from the profile), otherwise the best supported match of {@code Accept-Language},
 * otherwise English.
 */
public class LanguageLocaleResolver implements LocaleResolver {

	public static final String COOKIE = "lccp-lang";

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
