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
 * picture scaled down; always PNG, within a box of the configured width and
 * {@value #HEIGHT_FACTOR} times that height, whatever the page or picture measures (a 400
 * × 20,000 pt page gives at most 400 × 1,200 pixels, never 400 × 20,000). PDFs are
 * rendered at the resolution that fits the box and pictures decoded with subsampling, so
 * memory stays bounded by the box, not by the file; at most {@value #AT_ONCE} previews
 * are made at once. Files that cannot be read (damaged, encrypted, WebP without a reader,
 * absurd dimensions) have no preview.
 */
class Thumbnails {

	private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

	/** Pictures larger than this are not decoded at all (decompression bombs). */
	private static final long MAX_PIXELS = 40_000_000L;

	/** A preview is at most this many times as tall as it is wide at most. */
	static final int HEIGHT_FACTOR = 3;

	/** Previews made at the same time; more requests wait briefly or get none for now. */
	static final int AT_ONCE = 2;

	private final java.util.concurrent.Semaphore rendering = new java.util.concurrent.Semaphore(AT_ONCE);

	private final int width;

	Thumbnails(int width) {
		this.width = width;
	}

	Optional<byte[]> of(Path file, FileKind kind) {
		try {
			if (!this.rendering.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)) {
				log.info("No preview of {} now: {} previews are being made", file.getFileName(), AT_ONCE);
				return Optional.empty();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
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
		finally {
			this.rendering.release();
		}
	}

	/** The scale (at most 1) that fits a {@code w} × {@code h} thing into the box. */
	double fit(double w, double h) {
		return Math.min(1, Math.min(this.width / Math.max(1, w), (double) this.width * HEIGHT_FACTOR / Math.max(1, h)));
	}

	private @Nullable BufferedImage firstPage(Path file) throws IOException {
		try (var document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getNumberOfPages() == 0) {
				return null;
			}
			var page = document.getPage(0);
			var box = page.getCropBox();
			var turned = page.getRotation() % 180 != 0;
			var pageWidth = turned ? box.getHeight() : box.getWidth();
			var pageHeight = turned ? box.getWidth() : box.getHeight();
			// Points are 1/72 inch: scale 1 is 72 dpi, the most a preview needs.
			var scale = (float) fit(pageWidth, pageHeight);
			if (pageWidth * scale < 1 || pageHeight * scale < 1) {
				return null;
			}
			return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
		}
	}

	private @Nullable BufferedImage picture(Path file) throws IOException {
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
				var w = reader.getWidth(0);
				var h = reader.getHeight(0);
				if ((long) w * h > MAX_PIXELS) {
					return null;
				}
				// Read every n-th pixel, still twice the preview's size for a smooth
				// scaling.
				var step = Math.max(1, (int) Math.floor(0.5 / fit(w, h)));
				var param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private BufferedImage scaled(BufferedImage image) {
		var scale = fit(image.getWidth(), image.getHeight());
		var targetWidth = Math.max(1, (int) Math.floor(image.getWidth() * scale));
		var targetHeight = Math.max(1, (int) Math.floor(image.getHeight() * scale));
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
