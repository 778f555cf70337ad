package org.lccp.identity;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * API endpoints of a module that change data. Requests with
 * {@code Authorization: Bearer lccp_…} are authenticated by identity's stateless token
 * chain; there reading ({@code GET /api/v1/**}) is open, the endpoints declared by these
 * beans need a token of scope WRITE, and everything else is refused. Each module declares
 * its own as a bean; the facade then checks, as for pages, that the token's owner may
 * edit the record.
 *
 * @param method the HTTP method
 * @param patterns path patterns under {@code /api/v1/}, {@code *} for one path segment
 */
public record ApiWriteEndpoints(HttpMethod method, List<String> patterns) {

	/** The authority a token of scope WRITE carries. */
	public static final String WRITE_SCOPE = "SCOPE_WRITE";

	public ApiWriteEndpoints {
		patterns = List.copyOf(patterns);
		if (patterns.isEmpty() || patterns.stream().anyMatch((p) -> !p.startsWith("/api/v1/"))) {
			throw new IllegalArgumentException("API write endpoints live under /api/v1/: " + patterns);
		}
	}

	public static ApiWriteEndpoints of(HttpMethod method, String... patterns) {
		return new ApiWriteEndpoints(method, List.of(patterns));
	}

}
