package org.lccp.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of each kind, made in memory by the libraries that write them, and files
 * that only pretend to be something.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A one-page A4 PDF with a coloured box, written by PDFBox. */
	public static byte[] pdf() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.setNonStrokingColor(new Color(30, 120, 60));
				content.addRect(100, 400, 300, 200);
				content.fill();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PNG picture of the given size, written by ImageIO. */
	public static byte[] png(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(200, 80, 20));
		g.fillRect(0, 0, width, height / 2);
		g.dispose();
		return encode(image, "png");
	}

	/** A JPEG picture, written by ImageIO. */
	public static byte[] jpeg(int width, int height) {
		return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/**
	 * The start of a WebP picture (RIFF container), which the JDK cannot decode: the kind
	 * is recognised, a thumbnail cannot be made.
	 */
	public static byte[] webp() {
		var bytes = new byte[256];
		var header = "RIFF\u00f8\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	/** A Word document (OOXML), written by POI. */
	public static byte[] docx() {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Low carbon city report");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A legacy Excel workbook (OLE2), written by POI. */
	public static byte[] xls() {
		try (var workbook = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("Emissions").createRow(0).createCell(0).setCellValue("CO2");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An OpenDocument text: a ZIP whose first entry, stored uncompressed, names its type.
	 */
	public static byte[] odt() {
		try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
			var type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			var mimetype = new ZipEntry("mimetype");
			mimetype.setMethod(ZipEntry.STORED);
			mimetype.setSize(type.length);
			var crc = new CRC32();
			crc.update(type);
			mimetype.setCrc(crc.getValue());
			zip.putNextEntry(mimetype);
			zip.write(type);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
					+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
					+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
					+ "</manifest:manifest>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
					+ "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
					+ "<office:body><office:text><text:p>Report</text:p></office:text></office:body>"
					+ "</office:document-content>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A web page, which is what a script hidden behind a {@code .pdf} name looks like.
	 */
	public static byte[] html() {
		return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Linux executable. */
	public static byte[] elf() {
		var bytes = new byte[512];
		System.arraycopy(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, bytes, 0, 8);
		return bytes;
	}

	/** The start of a Windows executable. */
	public static byte[] exe() {
		var bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3c] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
