package org.lccp.gatherings;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;
import org.lccp.support.WebSession.Upload;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * The secretariat uploads outcome documents, presentations, photos and session documents
 * over real HTTP; refused files become field errors and leave nothing behind.
 */
@LccpTest
class GatheringUploadsTest {

	@LocalServerPort
	int port;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts people;

	@BeforeEach
	void setUp() {
		this.people = new TestAccounts(this.accounts);
	}

	@Test
	void uploadedPhotosAndDocumentsBecomePublicWithTheOutcomeReport() {
		var id = aGathering().createWith(this.programme);
		var secretariat = secretariat();
		var manage = "/admin/gatherings/" + id;

		var photo = secretariat.postMultipart(manage + "/materials",
				List.of(new Upload("file", "opening ceremony.png", "image/png", SampleFiles.png(800, 600))), "kind",
				"PHOTO", "title", "Opening ceremony", "url", "");
		var report = secretariat.postMultipart(manage + "/materials",
				List.of(new Upload("file", "成果報告.pdf", "application/pdf", SampleFiles.pdf())), "kind", "DOCUMENT",
				"title", "Outcome report", "url", "");
		assertThat(photo.status()).as(photo.body()).isEqualTo(302);
		assertThat(report.status()).as(report.body()).isEqualTo(302);

		var visitor = new WebSession(this.port);
		var before = visitor.get("/gatherings/" + id).html();
		assertThat(before.select(".gallery img")).isEmpty();
		assertThat(before.select("a.material-file")).isEmpty();
		var managePage = secretariat.get(manage).html();
		var reportLink = managePage.select("a[href^=/files/]")
			.stream()
			.filter((a) -> a.text().equals("Outcome report"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(reportLink).contains(".pdf");
		assertThat(visitor.download(reportLink).status()).isEqualTo(404);
		assertThat(secretariat.download(reportLink).status()).isEqualTo(200);

		secretariat.post(manage + "/outcome", "summary", "The forum agreed on next steps.", "version",
				managePage.selectFirst("#outcome-form input[name=version]").val());

		var after = visitor.get("/gatherings/" + id).html();
		var thumbnail = after.selectFirst(".gallery img");
		assertThat(thumbnail).isNotNull();
		assertThat(thumbnail.attr("alt")).isEqualTo("Opening ceremony");
		assertThat(thumbnail.attr("src")).endsWith("/thumbnail.png");
		var preview = visitor.download(thumbnail.attr("src"));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.header("Content-Type")).hasValue("image/png");
		assertThat(visitor.download(after.selectFirst(".gallery a").attr("href")).status()).isEqualTo(200);
		var document = after.selectFirst("a.material-file");
		assertThat(document.text()).isEqualTo("Outcome report");
		var download = visitor.download(document.attr("href"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).startsWith("%PDF".getBytes());
		assertThat(download.header("Content-Disposition").orElse(""))
			.contains("filename*=UTF-8''%E6%88%90%E6%9E%9C%E5%A0%B1%E5%91%8A.pdf");

		var materialId = this.jdbc.queryForObject(
				"select id from gathering_material where gathering_id = ? and kind = 'DOCUMENT'", Long.class, id);
		assertThat(secretariat.post(manage + "/materials/" + materialId + "/delete").status()).isEqualTo(302);
		assertThat(visitor.download(document.attr("href")).status()).isEqualTo(404);
		assertThat(visitor.get("/gatherings/" + id).html().select("a.material-file")).isEmpty();
	}

	@Test
	void refusedUploadsAreFieldErrorsAndStoreNothing() {
		var id = aGathering().createWith(this.programme);
		var secretariat = secretariat();
		var manage = "/admin/gatherings/" + id;
		var filesBefore = storedFiles();

		var pdfAsPhoto = secretariat.postMultipart(manage + "/materials",
				List.of(new Upload("file", "photo.png", "image/png", SampleFiles.pdf())), "kind", "PHOTO", "title",
				"Group photo", "url", "");
		assertThat(pdfAsPhoto.status()).isEqualTo(200);
		assertThat(pdfAsPhoto.html().selectFirst("#file-error").text()).contains("not accepted")
			.contains("PNG, JPEG, GIF, WebP")
			.contains("10 MB");

		var pageAsPdf = secretariat.postMultipart(manage + "/materials",
				List.of(new Upload("file", "report.pdf", "application/pdf", SampleFiles.html())), "kind", "DOCUMENT",
				"title", "Report", "url", "");
		assertThat(pageAsPdf.html().selectFirst("#file-error").text()).contains("not accepted").contains("20 MB");

		var executable = secretariat.postMultipart(manage + "/sessions",
				List.of(new Upload("documentFile", "agenda.docx", "application/octet-stream", SampleFiles.exe())),
				"title", "Opening", "startsAt", "2031-05-01T09:00", "endsAt", "2031-05-01T10:00");
		assertThat(executable.status()).isEqualTo(200);
		assertThat(executable.html().selectFirst("#documentFile-error").text()).contains("not accepted");

		var empty = secretariat.postMultipart(manage + "/materials",
				List.of(new Upload("file", "empty.pdf", "application/pdf", new byte[0])), "kind", "DOCUMENT", "title",
				"Empty", "url", "");
		assertThat(empty.html().selectFirst("#file-error").text()).isEqualTo("The file is empty.");

		var recording = secretariat.postMultipart(manage + "/materials",
				List.of(new Upload("file", "talk.pdf", "application/pdf", SampleFiles.pdf())), "kind", "RECORDING",
				"title", "Talk", "url", "");
		assertThat(recording.html().selectFirst("#file-error")).isNotNull();

		var both = secretariat.postMultipart(manage + "/materials",
				List.of(new Upload("file", "slides.pdf", "application/pdf", SampleFiles.pdf())), "kind", "PRESENTATION",
				"title", "Slides", "url", "https://example.org/slides.pdf");
		assertThat(both.html().selectFirst("#file-error")).isNotNull();

		var neither = secretariat.postMultipart(manage + "/materials", List.of(), "kind", "DOCUMENT", "title",
				"Nothing", "url", "");
		assertThat(neither.html().selectFirst("#materialUrl-error")).isNotNull();

		assertThat(storedFiles()).isEqualTo(filesBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from gathering_material where gathering_id = ?",
				Long.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from gathering_session where gathering_id = ?", Long.class,
				id))
			.isZero();
	}

	@Test
	void sessionDocumentsArePublicAtOnceAndGoWithTheirSession() {
		var id = aGathering().createWith(this.programme);
		var secretariat = secretariat();
		var manage = "/admin/gatherings/" + id;

		var added = secretariat.postMultipart(manage + "/sessions",
				List.of(new Upload("documentFile", "agenda.docx", "application/octet-stream", SampleFiles.docx())),
				"title", "Opening", "startsAt", "2031-05-01T09:00", "endsAt", "2031-05-01T10:00", "documentUrl", "");
		assertThat(added.status()).as(added.body()).isEqualTo(302);

		var visitor = new WebSession(this.port);
		var link = visitor.get("/gatherings/" + id).html().selectFirst("a.session-file");
		assertThat(link).isNotNull();
		assertThat(link.text()).contains("agenda.docx");
		var download = visitor.download(link.attr("href"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Disposition").orElse("")).startsWith("attachment;");

		var sessionId = this.jdbc.queryForObject("select id from gathering_session where gathering_id = ?", Long.class,
				id);
		secretariat.post(manage + "/sessions/" + sessionId + "/delete");
		assertThat(visitor.download(link.attr("href")).status()).isEqualTo(404);
	}

	@Test
	void anUploadWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
		var id = aGathering().createWith(this.programme);
		var secretariat = secretariat();
		var filesBefore = storedFiles();

		var forged = secretariat.postMultipartRaw("/admin/gatherings/" + id + "/materials",
				List.of(new Upload("file", "report.pdf", "application/pdf", SampleFiles.pdf())), "kind", "DOCUMENT",
				"title", "Forged", "url", "");

		assertThat(forged.status()).isEqualTo(403);
		assertThat(storedFiles()).isEqualTo(filesBefore);
	}

	private long storedFiles() {
		return this.jdbc.queryForObject("select count(*) from stored_file", Long.class);
	}

	private WebSession secretariat() {
		var account = this.people.create("Upload Secretariat " + UUID.randomUUID().toString().substring(0, 6),
				Role.SECRETARIAT);
		return new WebSession(this.port).login(account.email(), account.password());
	}

}
