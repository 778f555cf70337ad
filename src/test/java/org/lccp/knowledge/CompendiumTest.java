package org.lccp.knowledge;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compendium builder (issue 16) over real HTTP: the secretariat compiles published
 * case studies in a chosen order into an edition that is typeset as a PDF (CJK, Cyrillic
 * and Mongolian text extracted back) and a DOCX, kept in the edition history and
 * published in the hub, where anyone downloads it; items without the edition's language
 * show in their own with a note; bad choices get field errors and store nothing; only the
 * secretariat (or a resource centre for its area) compiles.
 */
@LccpTest
class CompendiumTest {

	@LocalServerPort
	int port;

	@Autowired
	Editorial editorial;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	String tag;

	final List<UUID> cases = new ArrayList<>();

	WebSession secretariat;

	@BeforeEach
	void fourPublishedCaseStudies() {
		this.tag = UUID.randomUUID().toString().substring(0, 6);
		var items = new TestItems(this.editorial, this.accounts);
		this.cases.add(items.caseStudy("zh", "武汉低碳规划 " + this.tag, "<p>武汉的低碳城市规划。</p>")
			.category("POLICIES")
			.country("CN")
			.publish());
		this.cases.add(items.caseStudy("zh", "光州碳银行 " + this.tag, "<p>碳积分鼓励低碳生活。</p>")
			.category("POLICIES")
			.country("KR")
			.publish());
		this.cases.add(items.caseStudy("en", "Kyoto green roofs " + this.tag, "<p>Roofs that cool the city.</p>")
			.category("NATURE_BASED_SOLUTIONS")
			.country("JP")
			.publish());
		this.cases.add(items.caseStudy("en", "Yokohama smart grid " + this.tag, "<p>A demonstration grid.</p>")
			.category("NATURE_BASED_SOLUTIONS")
			.country("JP")
			.publishWith("zh", "横滨智能电网 " + this.tag, "<p>示范电网。</p>"));
		var admin = new TestAccounts(this.accounts).create("compendium editor", Role.SECRETARIAT, Role.MEMBER);
		this.secretariat = new WebSession(this.port).login(admin.email(), admin.password());
	}

	String[] fields(String language, String title, String... more) {
		var list = new ArrayList<>(List.of("product", "COMPENDIUM", "title", title, "language", language, "foreword",
				"前言：本汇编收录平台成员的实践。 " + this.tag, "intro_POLICIES", "政策类导语 " + this.tag));
		for (int i = 0; i < this.cases.size(); i++) {
			list.addAll(List.of("items", this.cases.get(i).toString()));
			// reversed order within the editor's choice
			list.addAll(List.of("position_" + this.cases.get(i), Integer.toString(this.cases.size() - i)));
		}
		list.addAll(List.of(more));
		return list.toArray(String[]::new);
	}

	String build(String language, String title) {
		var response = this.secretariat.post("/admin/compendium", fields(language, title));
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		return response.location().replaceFirst("^https?://[^/]+", "");
	}

	String pdfText(String publicationPath) throws Exception {
		var download = new WebSession(this.port).download(publicationPath + "/file");
		assertThat(download.status()).isEqualTo(200);
		try (var document = Loader.loadPDF(download.body())) {
			// cover, contents, foreword, two sections of two items each
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(6);
			return new PDFTextStripper().getText(document);
		}
	}

	String pdfTextOf(String publicationPath) throws Exception {
		var download = new WebSession(this.port).download(publicationPath + "/file");
		assertThat(download.status()).isEqualTo(200);
		try (var document = Loader.loadPDF(download.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theSecretariatPublishesAChineseEditionThatAVisitorDownloadsAsPdfAndDocx() throws Exception {
		var title = "低碳城市最佳实践汇编 " + this.tag;
		var path = build("zh", title);
		assertThat(path).startsWith("/publications/");

		var page = new WebSession(this.port).get(path + "?lang=zh").html();
		assertThat(page.select("h1").text()).contains(title);
		assertThat(page.select("#download-pdf").attr("href")).isEqualTo(path + "/file");
		assertThat(page.text()).contains("武汉低碳规划 " + this.tag).contains("Kyoto green roofs " + this.tag);

		var text = pdfText(path);
		assertThat(text).contains(title).contains("目录").contains("前言").contains("政策类导语 " + this.tag);
		// Chinese items in Chinese, the translated one in its Chinese version, the other
		// in English with the note.
		assertThat(text).contains("武汉低碳规划 " + this.tag, "横滨智能电网 " + this.tag, "Kyoto green roofs " + this.tag)
			.contains("尚无本版语言的版本");
		// the editor's order: Gwangju (position 3) before Wuhan (position 4)
		var body = text.substring(text.indexOf("政策类导语 " + this.tag));
		assertThat(body.indexOf("光州碳银行 " + this.tag)).isLessThan(body.indexOf("武汉低碳规划 " + this.tag));

		var builder = this.secretariat.get("/admin/compendium?lang=zh").html();
		var row = builder.select("#editions tbody tr")
			.stream()
			.filter((r) -> r.text().contains(title))
			.findFirst()
			.orElseThrow();
		var docx = new WebSession(this.port).download(row.select("a.edition-docx").attr("href"));
		assertThat(docx.status()).isEqualTo(200);
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				var extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains(title).contains("光州碳银行 " + this.tag).contains("示范电网");
		}
		assertThat(new WebSession(this.port).get("/api/v1/publications?size=100", "Accept", "application/json").body())
			.contains(title);
	}

	@Test
	void editionsInEveryScriptAreKeptInTheHistoryWithTheirNumbers() throws Exception {
		var before = this.jdbc.queryForObject(
				"select coalesce(max(number), 0) from knowledge_edition where product = 'COMPENDIUM'", Integer.class);
		var headings = new String[][] { { "ja", "目次" }, { "ko", "목차" }, { "ru", "Содержание" }, { "mn", "Агуулга" } };
		for (var h : headings) {
			var path = build(h[0], "Compendium " + h[0] + " " + this.tag);
			assertThat(pdfText(path)).as(h[0]).contains(h[1]).contains("光州碳银行 " + this.tag);
		}
		var numbers = this.jdbc.queryForList(
				"select number from knowledge_edition where product = 'COMPENDIUM' and title like ? order by number",
				Integer.class, "% " + this.tag);
		assertThat(numbers).containsExactly(before + 1, before + 2, before + 3, before + 4);
		var history = this.secretariat.get("/admin/compendium?lang=ru").html().select("#editions tbody tr").text();
		assertThat(history).contains("Compendium ja " + this.tag).contains("Compendium mn " + this.tag);
	}

	@Test
	void theBookletCompilesNetworksInOneSection() throws Exception {
		var items = new TestItems(this.editorial, this.accounts);
		var network = items.item(ContentKind.NETWORK, "ru", "Сеть городов " + this.tag, "<p>Города Сибири.</p>")
			.publish();
		var response = this.secretariat.post("/admin/compendium", "product", "BOOKLET", "title",
				"Booklet on Low Carbon City Networks " + this.tag, "language", "ru", "items", network.toString());
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		var text = pdfTextOf(response.location().replaceFirst("^https?://[^/]+", "")).replaceAll("\\s+", " ");
		assertThat(text).contains("Booklet on Low Carbon City Networks " + this.tag)
			.contains("Содержание")
			.contains("Сети и программы")
			.contains("декабря")
			.contains("Сеть городов " + this.tag)
			.contains("Города Сибири");
	}

	@Test
	void badChoicesGetFieldErrorsAndNothingIsStored() {
		var count = this.jdbc.queryForObject("select count(*) from knowledge_edition", Long.class);
		var none = this.secretariat.post("/admin/compendium", "product", "COMPENDIUM", "title", "", "language", "xx");
		assertThat(none.status()).isEqualTo(200);
		for (var field : List.of("title", "items", "language")) {
			assertThat(none.html().select("#" + field + "-error").text()).as(field).isNotBlank();
		}
		var unknown = this.secretariat.post("/admin/compendium", "product", "COMPENDIUM", "title", "x", "language",
				"en", "items", UUID.randomUUID().toString(), "items", "not-a-uuid");
		assertThat(unknown.html().select("#items-error").text()).isNotBlank();
		var wrongKind = this.secretariat.post("/admin/compendium", "product", "BOOKLET", "title", "x", "language", "en",
				"items", this.cases.get(0).toString());
		assertThat(wrongKind.html().select("#items-error").text()).isNotBlank();
		assertThat(this.jdbc.queryForObject("select count(*) from knowledge_edition", Long.class)).isEqualTo(count);
	}

}
