package org.lccp.files;

import java.util.Set;

/**
 * What a file is, as its content (never its name or declared type) shows. Each kind lists
 * the media types it accepts.
 */
public enum FileKind {

	/** PDF documents. */
	PDF(Set.of("application/pdf")),

	/** PNG, JPEG, GIF and WebP pictures. */
	IMAGE(Set.of("image/png", "image/jpeg", "image/gif", "image/webp")),

	/**
	 * Word processor, spreadsheet and presentation files: OOXML, OpenDocument and the
	 * legacy binary Office formats.
	 */
	OFFICE(Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint")),

	/** Plain text and CSV. */
	TEXT(Set.of("text/plain", "text/csv"));

	private final Set<String> mediaTypes;

	FileKind(Set<String> mediaTypes) {
		this.mediaTypes = mediaTypes;
	}

	/** The media types of this kind, without parameters. */
	public Set<String> mediaTypes() {
		return this.mediaTypes;
	}

	/** Whether browsers may show a file of this kind in the page rather than save it. */
	boolean shownInline() {
		return this == PDF || this == IMAGE;
	}

	static java.util.Optional<FileKind> of(String mediaType) {
		for (var kind : values()) {
			if (kind.mediaTypes.contains(mediaType)) {
				return java.util.Optional.of(kind);
			}
		}
		return java.util.Optional.empty();
	}

}
