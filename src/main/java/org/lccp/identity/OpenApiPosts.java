package org.lccp.identity;

import java.util.List;

/**
 * API endpoints that anyone may post to, with or without an account or token: they
 * compute an answer from the request body, store nothing and act for no account, so they
 * need no CSRF token (a forged cross-site post could only make the victim's browser
 * compute something for nobody). They stay under the API's rate limits. A module declares
 * its own as a bean.
 *
 * @param patterns path patterns under {@code /api/v1/}
 */
public record OpenApiPosts(List<String> patterns) {

	public OpenApiPosts {
		patterns = List.copyOf(patterns);
		if (patterns.isEmpty() || patterns.stream().anyMatch((p) -> !p.startsWith("/api/v1/"))) {
			throw new IllegalArgumentException("Open API posts live under /api/v1/: " + patterns);
		}
	}

	public static OpenApiPosts of(String... patterns) {
		return new OpenApiPosts(List.of(patterns));
	}

}
