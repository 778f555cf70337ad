package org.lccp.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.click;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * The compendium in a real headless Chromium, in the Chinese UI (issue 16): the
 * secretariat goes from its review queue to the builder, compiles four case studies in
 * its chosen order with a foreword, publishes the edition, and a visitor finds it among
 * the hub's publications and downloads the PDF, whose Chinese text reads back.
 */
@LccpTest
class CompendiumJourneyIT {

	static final Locale CHINESE = Locale.CHINESE;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Editorial editorial;

	@Autowired
	MessageSource messages;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = org.lccp.support.Browsers.chromium("zh-CN");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theSecretariatBuildsAFourCaseCompendiumAndAVisitorDownloadsIt() throws Exception {
		var tag = UUID.randomUUID().toString().substring(0, 6);
		var items = new TestItems(this.editorial, this.accounts);
		var titles = List.of("武汉低碳规划 " + tag, "光州碳银行 " + tag, "京都屋顶绿化 " + tag, "横滨智能电网 " + tag);
		var ids = new ArrayList<UUID>();
		for (var title : titles) {
			ids.add(items.caseStudy("zh", title, "<p>" + title + "的做法与成效。</p>").category("POLICIES").publish());
		}
		var editor = new TestAccounts(this.accounts).create("汇编编辑", Role.SECRETARIAT, Role.MEMBER);

		login(editor);
		open("/admin/knowledge?lang=zh");
		click(this.browser, By.id("compendium-builder"));
		assertThat(heading()).isEqualTo(text("knowledge.compendium.title"));
		var title = "低碳城市最佳实践汇编 " + tag;
		type(this.browser, By.id("title"), title);
		type(this.browser, By.id("foreword"), "本汇编收录四个城市的低碳实践。");
		// the four in reverse order of creation
		for (int i = 0; i < ids.size(); i++) {
			click(this.browser, By.cssSelector("input[name=items][value='" + ids.get(i) + "']"));
			type(this.browser, By.name("position_" + ids.get(i)), Integer.toString(ids.size() - i));
		}
		submit(this.browser, By.cssSelector("#compendium-form button[type=submit]"));
		new WebDriverWait(this.browser, Duration.ofSeconds(60)).until((d) -> path().startsWith("/publications/"));
		assertThat(heading()).contains(title);
		var publication = path();

		// a visitor finds it among the publications and downloads it
		this.browser.manage().deleteAllCookies();
		open("/knowledge?lang=zh");
		click(this.browser, By.cssSelector("main a[href='/publications']"));
		click(this.browser, By.linkText(title));
		assertThat(path()).isEqualTo(publication);
		var pdfLink = this.browser.findElement(By.id("download-pdf")).getAttribute("href");
		assertThat(pdfLink).endsWith(publication + "/file");
		var download = new WebSession(this.port).download(publication + "/file");
		assertThat(download.status()).isEqualTo(200);
		try (var document = Loader.loadPDF(download.body())) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains(title).contains(text("knowledge.compendium.contents"));
			var body = text.substring(text.lastIndexOf("本汇编收录四个城市的低碳实践。"));
			// the editor's order: the last created first
			assertThat(body.indexOf(titles.get(3))).isLessThan(body.indexOf(titles.get(0)));
			for (var t : titles) {
				assertThat(body).contains(t);
			}
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, CHINESE);
	}

	private void login(TestAccount account) {
		open("/login?lang=zh");
		type(this.browser, By.id("username"), account.email());
		type(this.browser, By.id("password"), account.password());
		submit(this.browser, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((d) -> !path().startsWith("/login"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String heading() {
		return this.browser.findElement(By.cssSelector("main h1")).getText();
	}

	private String path() {
		return this.browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
	}

}
