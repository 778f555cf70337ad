package org.lccp.programme;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's reports over real HTTP: generating one for a period, its figures
 * linked to the records they count, a reversed period refused with nothing stored, the
 * narrative edited into a new version (and a stale edit refused), a decision recorded,
 * the DOCX and PDF opened back (figures, and the glyphs of a Mongolian and a Chinese
 * edition), and nobody but the secretariat reaching any of it.
 */
@LccpTest
// it makes the report test's rows straight in other modules' tables (a review of no
// real city, bare gatherings): on the same database of their own as that test
@org.springframework.test.context.TestPropertySource(properties = "lccp.test.database=raw-rows")
class ReportWebTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	WebSession signedIn(Role role) {
		var account = new TestAccounts(this.accounts).create("Programme " + role, role);
		return new WebSession(this.port).login(account.email(), account.password());
	}

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	UUID generate(WebSession secretariat, String title, String from, String to, String language) {
		var r = secretariat.post("/reports", "title", title, "from", from, "to", to, "language", language);
		assertThat(r.status()).as(r.body()).isEqualTo(302);
		return UUID.fromString(r.location().substring(r.location().lastIndexOf('/') + 1));
	}

	@Test
	void theSecretariatGeneratesAReportWhoseFiguresLinkToTheRecordsTheyCount() {
		ReportFiguresTest.Records.make(this.jdbc, 1996);
		var secretariat = signedIn(Role.SECRETARIAT);
		var id = generate(secretariat, "Progress report 1996", "1996-01-01", "1996-12-31", "en");

		var page = secretariat.get("/reports/" + id).html();
		assertThat(page.select("h1").text()).isEqualTo("Progress report 1996");
		assertThat(page.select("h2").eachText()).contains("I. Background", "II. Progress of the activities",
				"III. Plans", "IV. Issues for consideration");
		var fresh = page.select("[data-figure=members.new]");
		assertThat(fresh.select("a.figure-number").text()).isEqualTo("3");
		assertThat(fresh.select("a.figure-number").attr("href")).isEqualTo("/members");
		assertThat(fresh.select("td a").eachAttr("href")).contains("/members?type=LOCAL_GOVERNMENT");
		var held = page.select("[data-figure=gatherings.held]");
		assertThat(held.select("a.figure-number").text()).isEqualTo("2");
		assertThat(page.select("[data-figure=gatherings.participants] td.number").eachText()).containsExactly("152",
				"300");
		assertThat(page.select("[data-figure=capacity.participants] td a").attr("href")).startsWith("/capacity/needs/");
		// a chart for each figure with parts, and a table that needs no script
		assertThat(page.select("[data-figure=members.new] .chart[data-chart=programme-figure]").attr("data-rows"))
			.contains("\"number\":2");

		// the narrative edited: version 2 with the same figures; an edit over an older
		// version is refused
		var edit = secretariat.post("/reports/" + id + "/narrative", "background", "Our background", "progress",
				"Progress text", "plans", "Plans text", "issues", "Issues text", "basedOn", "1");
		assertThat(edit.status()).isEqualTo(302);
		assertThat(edit.location()).endsWith("?version=2");
		var second = secretariat.get("/reports/" + id + "?version=2").html();
		assertThat(second.select("p.narrative").eachText()).contains("Our background", "Issues text");
		assertThat(second.select("[data-figure=members.new] a.figure-number").text()).isEqualTo("3");
		var stale = secretariat.post("/reports/" + id + "/narrative", "background", "Lost", "basedOn", "1");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(count("programme_report_version where report_id = '" + id + "'")).isEqualTo(2);
		// the first version is kept as it was
		assertThat(secretariat.get("/reports/" + id + "?version=1").html().select("p.narrative").first().text())
			.startsWith("The North-East Asia Low Carbon City Platform");

		// a decision of the meeting, and a decision form with errors
		var bad = secretariat.post("/reports/" + id + "/decisions", "meeting", "", "decidedOn", "23/09/2025", "text",
				"");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.html().select(".field-error")).hasSize(3);
		var decided = secretariat.post("/reports/" + id + "/decisions", "meeting", "SOM-28", "decidedOn", "2025-09-23",
				"text", "Approved the activity plan for 2026");
		assertThat(decided.status()).isEqualTo(302);
		assertThat(secretariat.get("/reports/" + id).html().select(".programme-decisions li").text()).contains("SOM-28",
				"Approved the activity plan for 2026");
		assertThat(count("audit_entry where record_id = '" + id + "'")).isEqualTo(2);

		// the Word document opened back carries the figures and the addresses of their
		// records
		var docx = secretariat.download("/reports/" + id + "/report.docx?version=2");
		assertThat(docx.status()).isEqualTo(200);
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				var extractor = new XWPFWordExtractor(document)) {
			var text = extractor.getText();
			assertThat(text).contains("Progress report 1996", "New members in the period: 3", "Gatherings held: 2",
					"Participants in person and online: 452", "Our background", "/members?type=LOCAL_GOVERNMENT");
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void aMongolianAndAChineseEditionKeepTheirGlyphsInThePdfAndTheirWordsInTheDocx() throws Exception {
		ReportFiguresTest.Records.make(this.jdbc, 1997);
		var secretariat = signedIn(Role.SECRETARIAT);
		var mongolian = generate(secretariat, "Үйл ажиллагааны тайлан 1997", "1997-01-01", "1997-12-31", "mn");
		var pdf = secretariat.download("/reports/" + mongolian + "/report.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type").orElse("")).startsWith("application/pdf");
		try (var document = Loader.loadPDF(pdf.body())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Үйл ажиллагааны тайлан 1997", "I. Үндэслэл", "IV. Хэлэлцэх асуудал",
					"Энэ хугацааны шинэ гишүүд: 3", "Монгол");
		}
		var chinese = generate(secretariat, "1997年进展报告", "1997-01-01", "1997-12-31", "zh");
		try (var document = Loader.loadPDF(secretariat.download("/reports/" + chinese + "/report.pdf").body())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("1997年进展报告", "一、背景", "本期间新成员: 3", "举办的会议活动: 2");
		}
		try (var document = new XWPFDocument(
				new ByteArrayInputStream(secretariat.download("/reports/" + chinese + "/report.docx").body()));
				var extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("四、供审议的问题", "本期间新成员: 3", "地方政府");
		}
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedWithAMessageAndNothingStored() {
		var secretariat = signedIn(Role.SECRETARIAT);
		var before = count("programme_report");
		var refused = secretariat.post("/reports", "title", "Backwards", "from", "2023-12-31", "to", "2023-01-01",
				"language", "en");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".field-error").text())
			.contains("The period ends before it starts: the end date must be on or after the start date.");
		var garbled = secretariat.post("/reports", "title", "", "from", "yesterday", "to", "2023-01-01", "language",
				"xx");
		assertThat(garbled.html().select(".field-error")).hasSize(3);
		var mongolian = secretariat.post("/reports?lang=mn", "title", "Буруу", "from", "2023-12-31", "to", "2023-01-01",
				"language", "mn");
		assertThat(mongolian.html().select(".field-error").text()).contains("Хугацаа эхлэхээсээ өмнө дуусч байна");
		assertThat(count("programme_report")).isEqualTo(before);
		assertThat(count("programme_report_version")).isGreaterThanOrEqualTo(0);
	}

}
