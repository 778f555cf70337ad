package org.lccp.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lccp.shared.web.SafeCells;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV answers of the open data API: asked for with {@code format=csv} or
 * {@code Accept: text/csv}; cells are written through {@link SafeCells}. Endpoints that
 * offer CSV declare {@code produces = { APPLICATION_JSON_VALUE, TEXT_CSV }}, decide with
 * {@link #wanted} and answer with {@link #ok} or {@link #json}, which name their content
 * type, so the choice here is the one the client gets. Every other API endpoint produces
 * JSON only.
 */
public final class ApiCsv {

	public static final String TEXT_CSV = "text/csv";

	public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType CSV = MediaType.parseMediaType(TEXT_CSV);

	private ApiCsv() {
	}

	/**
	 * Whether the client asked for CSV; an explicit {@code format} wins over the header.
	 * In the header quality values count: CSV when a type covering {@code text/csv} is
	 * preferred to every type covering JSON ({@code application/json;q=0.1, text/csv});
	 * JSON on a tie or an unreadable header.
	 */
	public static boolean wanted(@Nullable String format, @Nullable String accept) {
		if (format != null) {
			return format.toLowerCase(Locale.ROOT).equals("csv");
		}
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			double csv = 0;
			double json = 0;
			for (var type : MediaType.parseMediaTypes(accept)) {
				var quality = type.getQualityValue();
				if (!type.isWildcardType() && type.includes(CSV)) {
					csv = Math.max(csv, quality);
				}
				if (type.includes(MediaType.APPLICATION_JSON)) {
					json = Math.max(json, quality);
				}
			}
			return csv > json;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	public static ResponseEntity<String> ok(String body) {
		return ResponseEntity.ok().contentType(MEDIA_TYPE).body(body);
	}

	/** The JSON answer of an endpoint that also offers CSV. */
	public static <T> ResponseEntity<T> json(T body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * A table as RFC 4180 CSV with a header line, every cell through {@link SafeCells},
	 * as the bulk download writes it.
	 */
	public static String csv(List<String> header, List<List<Object>> rows) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get())) {
			printer.printRecord(header);
			for (var row : rows) {
				printer.printRecord(row.stream().map(SafeCells::text).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
