package org.lccp.files;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.util.unit.DataSize;

/**
 * What an upload may be: its kinds and its largest size. The platform also refuses any
 * multipart request over {@code spring.servlet.multipart.max-file-size} (20 MB) with 413
 * before a module sees it, so larger limits here have no effect.
 *
 * @param kinds kinds accepted
 * @param maxSize largest accepted size
 */
public record FileRules(Set<FileKind> kinds, DataSize maxSize) {

	public FileRules {
		if (kinds.isEmpty()) {
			throw new IllegalArgumentException("no kind of file accepted");
		}
		kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
		if (maxSize.toBytes() <= 0) {
			throw new IllegalArgumentException("maximum size must be positive");
		}
	}

	/** Documents: PDF, Office and OpenDocument files, text and CSV, up to 20 MB. */
	public static FileRules documents() {
		return new FileRules(EnumSet.of(FileKind.PDF, FileKind.OFFICE, FileKind.TEXT), DataSize.ofMegabytes(20));
	}

	/** Pictures (PNG, JPEG, GIF, WebP) up to 10 MB. */
	public static FileRules images() {
		return new FileRules(EnumSet.of(FileKind.IMAGE), DataSize.ofMegabytes(10));
	}

	/** PDF documents up to 20 MB. */
	public static FileRules pdf() {
		return new FileRules(EnumSet.of(FileKind.PDF), DataSize.ofMegabytes(20));
	}

	/** Every kind, up to 20 MB. */
	public static FileRules any() {
		return new FileRules(EnumSet.allOf(FileKind.class), DataSize.ofMegabytes(20));
	}

	/** The size limit in whole megabytes (at least one), as users are told it. */
	public long maxMegabytes() {
		return Math.max(1, this.maxSize.toMegabytes());
	}

	boolean accepts(FileKind kind) {
		return this.kinds.contains(kind);
	}

}
