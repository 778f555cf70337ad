package org.lccp.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Tells what a file is from its bytes with Apache Tika: magic numbers from tika-core,
 * then container detectors that look inside ZIP (OOXML, OpenDocument) and OLE2 (legacy
 * Office) packages. Neither the declared content type nor the name's extension decides;
 * the extension only tells CSV from other plain text.
 */
@Component
class ContentSniffer {

	private final Detector detector = new DefaultDetector();

	/** The detected media type without parameters, e.g. {@code application/pdf}. */
	String mediaType(Path file, @Nullable String name) throws IOException {
		try (var stream = TikaInputStream.get(file)) {
			var type = this.detector.detect(stream, new Metadata()).getBaseType().toString();
			if ("text/plain".equals(type) && name != null && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
				return "text/csv";
			}
			return type;
		}
	}

}
