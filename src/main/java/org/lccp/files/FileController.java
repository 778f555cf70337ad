package org.lccp.files;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Downloads. A file the reader may not see answers 404 like a missing one, so that ids of
 * unpublished files reveal nothing. PDFs and pictures open in the browser, everything
 * else is saved; browsers are told not to guess types.
 */
@Controller
class FileController {

	private final FileStore files;

	FileController(FileStore files) {
		this.files = files;
	}

	/**
	 * The preview picture. A picture that cannot be scaled (WebP, an unusual JPEG) is
	 * answered with a redirect to itself, so that galleries still show it; other files
	 * without a preview answer 404.
	 */
	@GetMapping("/files/{id}/thumbnail.png")
	ResponseEntity<Resource> thumbnail(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		var original = this.files.readable(id);
		var preview = this.files.thumbnail(id);
		if (preview.isPresent()) {
			return send(preview.get(), original.visible(), ifNoneMatch);
		}
		if (original.isImage()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(original.downloadPath()))
				.cacheControl(CacheControl.noCache())
				.build();
		}
		throw new FileNotFoundException(id);
	}

	/** The name in the path is only for the reader; the id decides. */
	@GetMapping("/files/{id}/{name}")
	ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable String name,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
		var file = this.files.readable(id);
		return send(file, file.visible(), ifNoneMatch);
	}

	private ResponseEntity<Resource> send(StoredFile file, boolean visible, @Nullable String ifNoneMatch) {
		var etag = "\"" + file.sha256() + "\"";
		var cache = visible ? CacheControl.noCache().cachePublic() : CacheControl.noCache().cachePrivate();
		if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
		}
		var inline = FileKind.of(file.mediaType()).map(FileKind::shownInline).orElse(false);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.eTag(etag)
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(inline ? "inline" : "attachment", file.name()))
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(this.files.open(file.id())));
	}

	/**
	 * A Content-Disposition with an ASCII fallback name and the real one in RFC 5987 form
	 * ({@code filename*=UTF-8''...}), which every current browser prefers.
	 */
	static String disposition(String type, String name) {
		var ascii = new StringBuilder();
		name.codePoints()
			.forEach((c) -> ascii.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? (char) c : '_'));
		return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
	}

	private static String rfc5987(String value) {
		var out = new StringBuilder();
		for (var b : value.getBytes(StandardCharsets.UTF_8)) {
			var c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
			}
		}
		return out.toString();
	}

}
