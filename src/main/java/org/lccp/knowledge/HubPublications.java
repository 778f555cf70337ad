package org.lccp.knowledge;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.lccp.files.FileRules;
import org.lccp.files.FileStore;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.UserText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The hub's door for documents other modules produce (a peer-review report, a study):
 * each becomes a published publication with its PDF, found by search, listed with the
 * other publications and linked back to the page it came from. The caller's transaction
 * holds it all: when the caller fails, no publication and no file remain.
 */
@Service
public class HubPublications {

	/** The longest title and summary the hub's forms allow. */
	private static final int TITLE = 300;

	private static final int SUMMARY = 3000;

	private final Editorial editorial;

	private final FileStore files;

	HubPublications(Editorial editorial, FileStore files) {
		this.editorial = editorial;
		this.files = files;
	}

	/**
	 * A document to publish.
	 *
	 * @param language the language it is written in (a platform language code)
	 * @param text its text as plain paragraphs (HTML is escaped)
	 * @param cityIds the cities it is about (the publication shows on their profiles)
	 * @param sourcePath where the document came from on the platform, e.g.
	 * {@code /reviews/{id}}; linked from the publication's text
	 * @param sourceLinkText the words of that link
	 * @param pdfName file name of the PDF
	 * @param pdf the PDF itself (up to the file store's PDF limit)
	 */
	public record Document(String language, String title, @Nullable String summary, List<String> text,
			PublicationKind kind, int year, @Nullable String authors, @Nullable String institutions, List<UUID> cityIds,
			List<String> countries, String sourcePath, String sourceLinkText, String pdfName, byte[] pdf) {
	}

	/**
	 * Creates, attaches the PDF to and publishes the document as the signed-in account
	 * (who must be allowed to publish in the hub: the secretariat).
	 * @return the publication's id; its page is {@code /publications/{id}}
	 */
	@Transactional
	public UUID publish(Document document) {
		// Checked here, before a file is stored, rather than only by the editorial step
		// at the end: the hub's stewards may publish items, but not other modules'
		// reports.
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("publishing another module's document is the secretariat's");
		}
		var language = Language.fromCode(document.language()).map(Language::code).orElse("en");
		var body = new StringBuilder();
		for (var paragraph : document.text()) {
			if (paragraph != null && !paragraph.isBlank()) {
				body.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip())).append("</p>");
			}
		}
		body.append("<p><a href=\"")
			.append(HtmlUtils.htmlEscape(document.sourcePath()))
			.append("\">")
			.append(HtmlUtils.htmlEscape(document.sourceLinkText()))
			.append("</a></p>");
		var form = new ItemForm(ContentKind.PUBLICATION, language, cut(document.title(), TITLE),
				document.summary() == null ? "" : cut(document.summary(), SUMMARY), body.toString(), "", "",
				new ArrayList<>(
						document.countries().stream().filter(Countries::isKnown).map(CountryCode::new).toList()),
				new ArrayList<>(document.cityIds()), new ArrayList<>(), new ArrayList<>(), null, null, "", "", "",
				document.kind(), document.year(), document.authors() == null ? "" : cut(document.authors(), 3000),
				document.institutions() == null ? "" : cut(document.institutions(), 3000), language, null, "", "", "",
				"", "", "", null, null, "", "", List.of(), List.of(), null, List.of());
		var id = this.editorial.create(form);
		var file = this.files.store(document.pdfName(), new ByteArrayInputStream(document.pdf()), FileRules.pdf());
		this.editorial.attachGeneratedPdf(id, file.id());
		this.editorial.publish(id, null);
		return id;
	}

	/** Where a publication of the hub is read. */
	public static String path(UUID publicationId) {
		return "/" + ContentKind.PUBLICATION.path() + "/" + publicationId;
	}

	private static String cut(String text, int limit) {
		var value = UserText.clean(text);
		return value.length() <= limit ? value : value.substring(0, limit - 1) + "…";
	}

}
