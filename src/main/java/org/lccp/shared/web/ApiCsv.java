package org.lccp.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV answers of the open data API: asked for with {@code format=csv} or
 * {@code Accept: text/csv}; cells are written through {@link SafeCells}.
 */
public final class ApiCsv {

	public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private ApiCsv() {
	}

	/**
	 * Whether the client asked for CSV; an explicit {@code format} wins over the header.
	 */
	public static boolean wanted(@Nullable String format, @Nullable String accept) {
		if (format != null) {
			return format.toLowerCase(Locale.ROOT).equals("csv");
		}
		return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("text/csv");
	}

	public static ResponseEntity<String> ok(String body) {
		return ResponseEntity.ok().contentType(MEDIA_TYPE).body(body);
	}

}
