package org.lccp.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lccp.support.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Previews stay within their box (400 pixels wide, three times that tall) whatever the
 * page or picture measures, so a hostile file cannot make a huge image.
 */
class ThumbnailsTest {

	@TempDir
	Path folder;

	final Thumbnails thumbnails = new Thumbnails(400);

	@Test
	void aTallPdfPageIsRenderedWithinTheBoxNotAtItsFullHeight() throws IOException {
		var preview = preview(pdf(400, 20_000), FileKind.PDF);
		assertThat(preview.getHeight()).isLessThanOrEqualTo(1200).isGreaterThan(1000);
		assertThat(preview.getWidth()).isLessThanOrEqualTo(400).isPositive();
	}

	@Test
	void anAbsurdlyTallPdfPageStillGivesASmallPreviewOrNone() throws IOException {
		var file = write("tower.pdf", pdf(400, 5_000_000));
		var made = this.thumbnails.of(file, FileKind.PDF);
		made.ifPresent((png) -> {
			var image = read(png);
			assertThat(image.getHeight()).isLessThanOrEqualTo(1200);
			assertThat(image.getWidth()).isLessThanOrEqualTo(400);
		});
	}

	@Test
	void aWidePdfPageAndAnA4PageKeepTheirProportionsWithinTheWidth() throws IOException {
		var wide = preview(pdf(20_000, 400), FileKind.PDF);
		assertThat(wide.getWidth()).isEqualTo(400);
		assertThat(wide.getHeight()).isBetween(7, 9);
		var a4 = preview(SampleFiles.pdf(), FileKind.PDF);
		assertThat(a4.getWidth()).isBetween(399, 400);
		assertThat(a4.getHeight()).isBetween(560, 570);
	}

	@Test
	void aTallPictureIsScaledIntoTheBoxToo() throws IOException {
		var preview = preview(SampleFiles.png(200, 30_000), FileKind.IMAGE);
		assertThat(preview.getHeight()).isLessThanOrEqualTo(1200);
		assertThat(preview.getWidth()).isLessThanOrEqualTo(400).isPositive();
		var small = preview(SampleFiles.png(120, 80), FileKind.IMAGE);
		assertThat(small.getWidth()).isEqualTo(120);
		assertThat(small.getHeight()).isEqualTo(80);
	}

	private java.awt.image.BufferedImage preview(byte[] content, FileKind kind) throws IOException {
		var file = write("sample", content);
		return read(this.thumbnails.of(file, kind).orElseThrow());
	}

	private Path write(String name, byte[] content) throws IOException {
		var file = this.folder.resolve(name + System.nanoTime());
		Files.write(file, content);
		return file;
	}

	private static java.awt.image.BufferedImage read(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static byte[] pdf(float width, float height) throws IOException {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage(new PDRectangle(width, height));
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.addRect(10, 10, width / 2, height / 2);
				content.fill();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
