package org.lccp.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders HTML (a Thymeleaf template's output) to PDF with openhtmltopdf, embedding the
 * WenQuanYi Micro Hei font (Debian's {@code fonts-wqy-microhei}) so Chinese, Japanese,
 * Korean, Russian and Mongolian text keeps its glyphs. That font ships as a TrueType
 * collection, which openhtmltopdf cannot load by itself; PDFBox reads the collection and
 * the font is handed over ready-made. Templates name the family {@code "LCCP CJK"}.
 */
@Component
public class PdfDocuments {

	/** The font family PDF templates use. */
	public static final String FAMILY = "LCCP CJK";

	private final File font;

	public PdfDocuments(@Value("${lccp.pdf.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String font) {
		this.font = new File(font);
	}

	/** The PDF of an HTML document (HTML5 is read by jsoup, so it need not be XHTML). */
	public byte[] render(String html) {
		var dom = new org.jsoup.helper.W3CDom().fromJsoup(org.jsoup.Jsoup.parse(html));
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			if (this.font.isFile()) {
				try (var collection = new TrueTypeCollection(this.font)) {
					var fonts = new ArrayList<TrueTypeFont>();
					collection.processAllFonts(fonts::add);
					if (!fonts.isEmpty()) {
						var loaded = PDType0Font.load(document, fonts.get(0), true);
						builder.useFont(new PDFontSupplier(loaded), FAMILY);
					}
					builder.withW3cDocument(dom, "/");
					try (var renderer = builder.buildPdfRenderer()) {
						renderer.createPDFWithoutClosing();
					}
				}
			}
			else {
				builder.withW3cDocument(dom, "/");
				try (var renderer = builder.buildPdfRenderer()) {
					renderer.createPDFWithoutClosing();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
