package org.lccp.files;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preview pictures: the first page of a PDF rendered with PDFBox at low resolution, or a
 * picture scaled down; always PNG, at most the configured width. Files that cannot be
 * read (damaged, encrypted, WebP without a reader, absurd dimensions) have no preview.
 */
class Thumbnails {

	private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

	/** Pictures larger than this are not decoded at all (decompression bombs). */
	private static final long MAX_PIXELS = 40_000_000L;

	private final int width;

	Thumbnails(int width) {
		this.width = width;
	}

	Optional<byte[]> of(Path file, FileKind kind) {
		try {
			var image = switch (kind) {
				case PDF -> firstPage(file);
				case IMAGE -> picture(file);
				default -> null;
			};
			return image == null ? Optional.empty() : Optional.of(png(scaled(image)));
		}
		catch (IOException | RuntimeException ex) {
			log.info("No preview of {}: {}", file.getFileName(), ex.toString());
			return Optional.empty();
		}
	}

	private @Nullable BufferedImage firstPage(Path file) throws IOException {
		try (var document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getNumberOfPages() == 0) {
				return null;
			}
			var pageWidth = document.getPage(0).getCropBox().getWidth();
			// Points are 1/72 inch; render just wide enough, never above 72 dpi.
			var dpi = Math.max(10f, Math.min(72f, this.width * 72f / Math.max(1f, pageWidth)));
			return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
		}
	}

	private static @Nullable BufferedImage picture(Path file) throws IOException {
		try (var input = ImageIO.createImageInputStream(file.toFile())) {
			if (input == null) {
				return null;
			}
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return null;
			}
			var reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return null;
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private BufferedImage scaled(BufferedImage image) {
		var targetWidth = Math.min(this.width, image.getWidth());
		var targetHeight = Math.max(1, (int) Math.round((double) image.getHeight() * targetWidth / image.getWidth()));
		var result = new BufferedImage(targetWidth, targetHeight,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		var g = result.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, targetWidth, targetHeight, null);
		}
		finally {
			g.dispose();
		}
		return result;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
