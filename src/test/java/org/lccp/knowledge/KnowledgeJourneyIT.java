package org.lccp.knowledge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.SampleFiles;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.click;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;
import static org.lccp.support.Browsers.waitForNewPage;

/**
 * The knowledge hub in a real headless Chromium: a member writes a case study in Japanese
 * with a PDF attachment; the secretariat returns it with a comment; the member revises
 * and submits again; the secretariat publishes. A visitor without an account, in the
 * Japanese UI, finds it by a two-character word inside a Japanese sentence, with the word
 * marked, and narrowed by category and country; reads it in Japanese; sees the notice on
 * a case study that exists only in English; and downloads the PDF.
 */
@LccpTest
class KnowledgeJourneyIT {

	static final Locale JAPANESE = Locale.JAPANESE;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	MessageSource messages;

	@TempDir
	Path files;

	WebDriver member;

	WebDriver secretariat;

	WebDriver visitor;

	TestAccount author;

	TestAccount editor;

	@BeforeEach
	void setUp() {
		var accounts = new TestAccounts(this.accountManagement);
		this.author = accounts.create("Kitakyushu member", Language.JA, Role.MEMBER);
		this.editor = accounts.create("Secretariat editor", Role.SECRETARIAT);
		this.member = org.lccp.support.Browsers.chromium("ja");
		this.secretariat = org.lccp.support.Browsers.chromium("en-GB");
		this.visitor = org.lccp.support.Browsers.chromium("ja");
	}

	@AfterEach
	void closeBrowsers() {
		for (var driver : Arrays.asList(this.member, this.secretariat, this.visitor)) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	@Test
	void aJapaneseCaseStudyIsReturnedRevisedPublishedFoundByAJapaneseWordAndFacetsReadAndItsPdfDownloaded()
			throws Exception {
		var tag = UUID.randomUUID().toString().substring(0, 6);
		var title = "北九州市の廃棄物発電による低炭素化 " + tag;
		var draftBody = "北九州市は清掃工場の廃棄物発電で市内の公共施設に電力を供給している。";
		var revisedBody = draftBody + "年間およそ一万二千トンの二酸化炭素排出を削減した。";
		var englishTitle = "Ulaanbaatar green area plan " + tag;

		// The secretariat publishes a case study that exists only in English.
		login(this.secretariat, this.editor);
		open(this.secretariat, "/knowledge/new");
		type(this.secretariat, By.id("title"), englishTitle);
		type(this.secretariat, By.id("body"), "<p>The capital plans parks and tree belts along its rivers.</p>");
		this.secretariat.findElement(By.cssSelector("input[name=countries][value=MN]")).click();
		submit(this.secretariat, By.cssSelector("#item-form .actions button[type=submit]"));
		var englishPath = path(this.secretariat);
		submit(this.secretariat, By.cssSelector("form[action$='/publish'] button"));
		assertThat(notice(this.secretariat)).isEqualTo(text("knowledge.published", Locale.ENGLISH));

		// 1. The member writes the case study in Japanese, attaches a PDF and submits it.
		login(this.member, this.author);
		open(this.member, "/knowledge/new");
		assertThat(this.member.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
		assertThat(this.member.findElement(By.cssSelector("main h1")).getText())
			.isEqualTo(text("knowledge.form.title.CASE_STUDY", JAPANESE));
		new Select(this.member.findElement(By.id("originalLanguage"))).selectByVisibleText("日本語");
		type(this.member, By.id("title"), title);
		type(this.member, By.id("summary"), "清掃工場の熱で電気をつくる取り組み。");
		type(this.member, By.id("body"), draftBody);
		this.member.findElement(By.cssSelector("input[name=categories][value=CIRCULAR_ECONOMY]")).click();
		this.member.findElement(By.cssSelector("input[name=countries][value=JP]")).click();
		submit(this.member, By.cssSelector("#item-form .actions button[type=submit]"));
		assertThat(notice(this.member)).isEqualTo(text("knowledge.saved", JAPANESE));
		var path = path(this.member);
		assertThat(path).startsWith("/case-studies/");
		assertThat(this.member.findElement(By.cssSelector("article h1")).getText()).isEqualTo(title);

		var pdf = this.files.resolve("北九州市_廃棄物発電_報告.pdf");
		Files.write(pdf, SampleFiles.pdf());
		this.member.findElement(By.id("upload-file")).sendKeys(pdf.toAbsolutePath().toString());
		new Select(this.member.findElement(By.id("upload-role"))).selectByValue("DOCUMENT");
		submit(this.member, By.cssSelector("form#files button[type=submit]"));
		assertThat(notice(this.member)).isEqualTo(text("knowledge.upload.saved", JAPANESE));
		assertThat(this.member.findElement(By.linkText(pdf.getFileName().toString())).getAttribute("href"))
			.contains("/files/");

		submit(this.member, By.cssSelector("form[action$='/submit'] button"));
		assertThat(notice(this.member)).isEqualTo(text("knowledge.submitted", JAPANESE));

		// 2. The secretariat finds it in the queue and returns it with a comment.
		var comment = "Please add the tonnes of CO2 avoided each year.";
		open(this.secretariat, "/admin/knowledge");
		click(this.secretariat, By.linkText(title));
		waitForPath(this.secretariat, path);
		type(this.secretariat, By.id("comment"), comment);
		submit(this.secretariat, By.cssSelector("form[action$='/return'] button"));
		assertThat(notice(this.secretariat)).isEqualTo(text("knowledge.returned", Locale.ENGLISH));

		// 3. The member reads the comment, revises the text and submits again.
		open(this.member, path);
		assertThat(this.member.findElement(By.cssSelector("ol.thread")).getText())
			.contains(text("knowledge.comment.RETURNED", JAPANESE))
			.contains(comment);
		assertThat(this.member.findElement(By.cssSelector("main .meta")).getText())
			.contains(text("knowledge.status.RETURNED", JAPANESE));
		click(this.member, By.cssSelector("a[href$='/edit']"));
		waitForPath(this.member, path.replace("/case-studies/", "/knowledge/") + "/edit");
		assertThat(this.member.findElement(By.id("body")).getAttribute("value")).contains("廃棄物発電");
		type(this.member, By.id("body"), revisedBody);
		submit(this.member, By.cssSelector("#item-form .actions button[type=submit]"));
		assertThat(notice(this.member)).isEqualTo(text("knowledge.saved", JAPANESE));
		assertThat(this.member.findElement(By.cssSelector("article .rich")).getText()).contains("一万二千トン");
		submit(this.member, By.cssSelector("form[action$='/submit'] button"));
		assertThat(notice(this.member)).isEqualTo(text("knowledge.submitted", JAPANESE));

		// 4. The secretariat publishes it.
		open(this.secretariat, "/admin/knowledge");
		click(this.secretariat, By.linkText(title));
		waitForPath(this.secretariat, path);
		submit(this.secretariat, By.cssSelector("form[action$='/publish'] button"));
		assertThat(notice(this.secretariat)).isEqualTo(text("knowledge.published", Locale.ENGLISH));

		// 5. A visitor chooses Japanese (headless Chromium does not turn --lang into an
		// Accept-Language header, so the choice is made as with the language switcher)
		// and searches for a word inside the sentence.
		open(this.visitor, "/search?lang=ja");
		assertThat(this.visitor.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
		type(this.visitor, By.id("q"), "発電");
		submit(this.visitor, By.cssSelector("form.search-box button[type=submit]"));
		var hit = hit(path);
		assertThat(marks(hit)).contains("発電");
		assertThat(absent(this.visitor, By.cssSelector("#results a[href$='" + englishPath + "']"))).isTrue();

		// narrows by the category facet, then by the country facet, and still finds it
		facet("category=CIRCULAR_ECONOMY");
		assertThat(this.visitor.getCurrentUrl()).contains("category=CIRCULAR_ECONOMY");
		assertThat(marks(hit(path))).contains("発電");
		facet("country=JP");
		assertThat(this.visitor.getCurrentUrl()).contains("country=JP").contains("category=CIRCULAR_ECONOMY");
		hit(path);

		// opens it and reads it in Japanese, without the fallback notice
		click(this.visitor, By.cssSelector("#results a[href$='" + path + "']"));
		waitForPath(this.visitor, path);
		var article = this.visitor.findElement(By.cssSelector("main article"));
		assertThat(article.findElement(By.tagName("h1")).getAttribute("lang")).isEqualTo("ja");
		assertThat(article.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(article.getText()).contains("廃棄物発電").contains("一万二千トン");
		assertThat(absent(this.visitor, By.id("language-notice"))).isTrue();
		assertThat(absent(this.visitor, By.cssSelector("section.workflow"))).isTrue();
		var download = this.visitor.findElement(By.linkText(pdf.getFileName().toString())).getAttribute("href");

		// the case study that exists only in English is shown with a notice
		open(this.visitor, englishPath);
		var notice = this.messages.getMessage("knowledge.item.fallback", new Object[] { "\u0000" }, JAPANESE)
			.split("\u0000");
		assertThat(this.visitor.findElement(By.id("language-notice")).getText()).startsWith(notice[0])
			.endsWith(notice[1]);
		assertThat(this.visitor.findElement(By.cssSelector("main article h1")).getAttribute("lang")).isEqualTo("en");
		assertThat(this.visitor.findElement(By.cssSelector("main article h1")).getText()).isEqualTo(englishTitle);

		// and downloads the PDF with a plain HTTP client, as a visitor without a session
		var response = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(URI.create(download)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(response.body()).isEqualTo(Files.readAllBytes(pdf));
	}

	/** The search result that links to the item, waiting for it. */
	private WebElement hit(String path) {
		var link = this.visitor.findElement(By.cssSelector("#results article.hit a[href$='" + path + "']"));
		return link.findElement(By.xpath("ancestor::article[1]"));
	}

	private static String marks(WebElement hit) {
		return String.join(" ", hit.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList());
	}

	private void facet(String parameter) {
		var html = this.visitor.findElement(By.tagName("html"));
		click(this.visitor, By.cssSelector("aside.facets a[href*='" + parameter + "']"));
		waitForNewPage(this.visitor, html);
	}

	/** Whether nothing matches, asked without the implicit wait. */
	private static boolean absent(WebDriver driver, By what) {
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return driver.findElements(what).isEmpty();
		}
		finally {
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		}
	}

	private void waitForPath(WebDriver driver, String path) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> URI.create(d.getCurrentUrl()).getPath().equals(path) && "complete"
				.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private static String path(WebDriver driver) {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	private static String notice(WebDriver driver) {
		return driver.findElement(By.cssSelector("main .notice")).getText();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private void login(WebDriver driver, TestAccount account) {
		open(driver, "/login");
		type(driver, By.id("username"), account.email());
		type(driver, By.id("password"), account.password());
		submit(driver, By.cssSelector("main form button[type=submit]"));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void open(WebDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

}
