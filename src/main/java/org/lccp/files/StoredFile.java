package org.lccp.files;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * A stored file as other modules see it.
 *
 * @param id its id, also its address
 * @param name display name, already made safe (no path, no control characters)
 * @param mediaType the type its content showed, e.g. {@code application/pdf}
 * @param size bytes
 * @param sha256 hex digest of the content
 * @param visible whether everyone may download it
 * @param owner the account that uploaded it; null for files the platform stored itself
 * @param created when it was stored
 */
public record StoredFile(UUID id, String name, String mediaType, long size, String sha256, boolean visible,
		@Nullable UUID owner, Instant created) {

	/**
	 * Where it is downloaded: {@code /files/{id}/{name}}. The name is only for the reader
	 * (and the saved file); characters the platform's firewall refuses in a path become
	 * {@code _}, and a file called {@code thumbnail.png} is not mistaken for its preview.
	 */
	public String downloadPath() {
		var safe = this.name.replaceAll("[%;/\\\\]", "_");
		if ("thumbnail.png".equals(safe)) {
			safe = "_" + safe;
		}
		return "/files/" + this.id + "/" + UriUtils.encodePathSegment(safe, StandardCharsets.UTF_8);
	}

	/** Where its preview picture is: {@code /files/{id}/thumbnail.png}. */
	public String thumbnailPath() {
		return "/files/" + this.id + "/thumbnail.png";
	}

	/** Whether the file is a picture. */
	public boolean isImage() {
		return FileKind.IMAGE.mediaTypes().contains(this.mediaType);
	}

}
