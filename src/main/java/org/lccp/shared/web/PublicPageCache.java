package org.lccp.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lccp.shared.i18n.LanguageLocaleResolver;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages as anonymous readers see them (home, knowledge hub, cities, targets, gatherings,
 * members, feeds), rendered once per change and language and then served from memory,
 * with an ETag that answers {@code If-None-Match} with 304. A request is anonymous when
 * it carries no cookie but the language ones and no credentials; the page is kept only
 * when it was a plain 200 that set no cookie (a page holding a form's CSRF token opens a
 * session, so it is never kept). Any committed change of records, on this node or another
 * ({@link ContentChanges}), empties the cache. Signed-in members always get freshly
 * rendered pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicPageCache extends OncePerRequestFilter {

	private static final List<String> PREFIXES = List.of("/about", "/knowledge", "/case-studies", "/publications",
			"/policies", "/news", "/networks", "/tools", "/search", "/cities", "/countries", "/targets", "/gatherings",
			"/members", "/open-data", "/feeds", "/inventories");

	private static final Set<String> DOWNLOADS = Set.of(".csv", ".xlsx", ".zip", ".pdf", ".docx", ".json");

	private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/atom+xml", "application/rss+xml",
			"text/calendar", "application/xml", "text/xml");

	/** Headers of the rendered page that are not replayed: they belong to one answer. */
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"cache-control", "pragma", "expires", "etag", "vary");

	private static final String VARY = "Accept, Accept-Language, Cookie";

	private final PageCacheProperties properties;

	private final ContentChanges changes;

	private final Cache<String, Page> pages;

	PublicPageCache(PageCacheProperties properties, ContentChanges changes, MeterRegistry meters) {
		this.properties = properties;
		this.changes = changes;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, Page page) -> key.length() * 2 + page.body().length + 512)
			.expireAfterWrite(properties.timeToLive())
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, this.pages, "public-pages");
		changes.onChange(this.pages::invalidateAll);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.properties.enabled() || !"GET".equals(request.getMethod())) {
			return true;
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !cacheablePath(path) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader("HX-Request") != null || !onlyLanguageCookies(request.getCookies());
	}

	static boolean cacheablePath(String path) {
		if (path.equals("/")) {
			return true;
		}
		var lower = path.toLowerCase(Locale.ROOT);
		for (var suffix : DOWNLOADS) {
			if (lower.endsWith(suffix)) {
				return false;
			}
		}
		for (var prefix : PREFIXES) {
			if (path.equals(prefix) || path.startsWith(prefix + "/")) {
				// Forms are for editors, who are signed in anyway.
				return !List.of(path.split("/")).contains("edit") && !List.of(path.split("/")).contains("new");
			}
		}
		return false;
	}

	private static boolean onlyLanguageCookies(Cookie[] cookies) {
		if (cookies == null) {
			return true;
		}
		for (var cookie : cookies) {
			if (!cookie.getName().equals(LanguageLocaleResolver.COOKIE)
					&& !cookie.getName().equals(LanguageLocaleResolver.CHOSEN_COOKIE)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getParameter("lang") != null) {
			// Choosing a language sets its cookie: the answer is for this reader only.
			chain.doFilter(request, response);
			return;
		}
		var key = key(request);
		var generation = this.changes.generation();
		var cached = this.pages.getIfPresent(key);
		if (cached != null && cached.generation() == generation) {
			send(cached, request, response);
			return;
		}
		var capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		var page = keepable(capture, generation);
		if (page == null) {
			capture.copyBodyToResponse();
			return;
		}
		// Rendered while no change came in: otherwise it may show records as they were.
		if (this.changes.generation() == generation) {
			this.pages.put(key, page);
		}
		capture.resetBuffer();
		send(page, request, capture);
		capture.copyBodyToResponse();
	}

	private static String key(HttpServletRequest request) {
		var locale = new LanguageLocaleResolver().resolveLocale(request);
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		var query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + locale.toLanguageTag() + "|"
				+ (accept == null ? "" : accept);
	}

	private static Page keepable(ContentCachingResponseWrapper capture, long generation) {
		if (capture.getStatus() != HttpServletResponse.SC_OK || capture.getHeader(HttpHeaders.SET_COOKIE) != null
				|| capture.getContentType() == null) {
			return null;
		}
		var type = capture.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
		if (!KEPT_TYPES.contains(type)) {
			return null;
		}
		var headers = new ArrayList<Map.Entry<String, String>>();
		for (var name : capture.getHeaderNames()) {
			if (NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			for (var value : capture.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		var body = capture.getContentAsByteArray();
		return new Page(capture.getContentType(), List.copyOf(headers), body, etag(body), generation);
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		// Browsers may keep the page but ask again each time; shared caches must tell
		// languages and signed-in readers apart.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, VARY);
		var asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (asked != null && matches(asked, page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		for (var header : page.headers()) {
			if (!response.containsHeader(header.getKey())) {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		for (var candidate : ifNoneMatch.split(",")) {
			var tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag) || tag.equals("*")) {
				return true;
			}
		}
		return false;
	}

	private static String etag(byte[] body) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Page(String contentType, List<Map.Entry<String, String>> headers, byte[] body, String etag,
			long generation) {
	}

}
