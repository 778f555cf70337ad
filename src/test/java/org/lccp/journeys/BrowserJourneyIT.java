package org.lccp.journeys;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.click;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * The first journey of the platform in a real headless Chromium, in the Korean UI: a
 * visitor signs up and verifies the address through the link the secretariat finds in the
 * outbox, applies for membership for a city, answers the secretariat's question, is
 * accepted, and finds the city in the member directory.
 */
@LccpTest
class BrowserJourneyIT {

	static final Locale KOREAN = Locale.KOREAN;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	MessageSource messages;

	WebDriver applicant;

	WebDriver secretariat;

	TestAccount officer;

	@BeforeEach
	void startBrowsers() {
		this.applicant = chromium();
		this.secretariat = chromium();
		this.officer = new TestAccounts(this.accountManagement).create("Secretariat officer", Role.SECRETARIAT,
				Role.MEMBER);
	}

	@AfterEach
	void closeBrowsers() {
		if (this.applicant != null) {
			this.applicant.quit();
		}
		if (this.secretariat != null) {
			this.secretariat.quit();
		}
	}

	@Test
	void cityAppliesInKoreanAndBecomesAMemberAfterAnsweringTheSecretariat() {
		var email = "bucheon." + UUID.randomUUID().toString().substring(0, 8) + "@test.lccp.example";
		var password = "a long walk along the han river";

		// A visitor reads the platform in Korean and signs up.
		open(this.applicant, "/?lang=ko");
		assertThat(this.applicant.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
		click(this.applicant, By.cssSelector("header a[href^='/signup']"));
		type(this.applicant, By.id("email"), email);
		type(this.applicant, By.id("displayName"), "김하늘");
		type(this.applicant, By.id("password"), password);
		type(this.applicant, By.id("passwordRepeat"), password);
		new Select(this.applicant.findElement(By.id("language"))).selectByValue("KO");
		submit(this.applicant, By.cssSelector("main form button[type=submit]"));
		waitForPath(this.applicant, "/signup/sent");
		assertThat(heading(this.applicant)).isEqualTo(text("signup.sent.title"));

		// The secretariat finds the verification mail in the outbox and passes on its
		// link.
		login(this.secretariat, this.officer.email(), this.officer.password());
		open(this.secretariat, "/admin/outbox?recipient=" + email);
		click(this.secretariat, By.cssSelector("main table tbody tr a"));
		var link = this.secretariat.findElement(By.cssSelector("article.mail-body a")).getAttribute("href");
		assertThat(link).contains("/signup/verify?token=");

		// The visitor verifies, logs in and applies for the city.
		open(this.applicant, link.replaceFirst("^https?://[^/]+", ""));
		assertThat(this.applicant.findElement(By.cssSelector("main .notice")).getText()).isEqualTo(text("verify.done"));
		login(this.applicant, email, password);
		open(this.applicant, "/membership/apply");
		assertThat(heading(this.applicant)).isEqualTo(text("membership.apply.title"));
		assertThat(this.applicant.findElement(By.cssSelector("main aside")).getText())
			.contains(text("membership.apply.companiesNotice"));
		type(this.applicant, By.id("nameOriginal"), "부천시");
		type(this.applicant, By.id("nameEnglish"), "Bucheon City " + email.substring(8, 16));
		new Select(this.applicant.findElement(By.id("type"))).selectByValue("LOCAL_GOVERNMENT");
		new Select(this.applicant.findElement(By.id("country"))).selectByValue("KR");
		type(this.applicant, By.id("city"), "부천");
		type(this.applicant, By.id("activities"), "온실가스 감축 계획과 자전거 도로 확충을 추진하고 있습니다.");
		click(this.applicant, By.cssSelector("input[name=interests][value=PEER_REVIEW_ANALYTICAL_STUDIES]"));
		submit(this.applicant, By.cssSelector("button[name=action][value=submit]"));
		waitForPath(this.applicant, "/membership/applications/");
		var applicationPath = path(this.applicant);
		assertThat(this.applicant.findElement(By.cssSelector("main .state")).getText())
			.isEqualTo(text("ApplicationState.SUBMITTED"));

		// The secretariat asks for more information.
		var reviewPath = applicationPath.replace("/membership/applications/", "/admin/membership/");
		open(this.secretariat, reviewPath);
		type(this.secretariat, By.cssSelector("form[action$='/request-info'] textarea"),
				"Which department will be the focal point?");
		submit(this.secretariat, By.cssSelector("form[action$='/request-info'] button"));
		assertThat(this.secretariat.findElement(By.cssSelector("main .state")).getText())
			.isEqualTo(text("ApplicationState.MORE_INFO_REQUESTED", Locale.ENGLISH));

		// The applicant sees the request in Korean and answers it.
		open(this.applicant, applicationPath);
		assertThat(this.applicant.findElement(By.cssSelector("main .state")).getText())
			.isEqualTo(text("ApplicationState.MORE_INFO_REQUESTED"));
		assertThat(this.applicant.findElement(By.id("thread")).getText())
			.contains("Which department will be the focal point?");
		type(this.applicant, By.id("body"), "기후에너지과가 담당합니다.");
		submit(this.applicant, By.cssSelector("form[action$='/messages'] button"));
		assertThat(this.applicant.findElement(By.cssSelector("main .state")).getText())
			.isEqualTo(text("ApplicationState.SUBMITTED"));

		// The secretariat completes the checklist and accepts.
		open(this.secretariat, reviewPath);
		for (var item : new String[] { "eligibleType", "lccActivity", "contactVerified", "notDuplicate" }) {
			click(this.secretariat, By.cssSelector("input[name=" + item + "]"));
		}
		submit(this.secretariat, By.cssSelector("form[action$='/checklist'] button"));
		submit(this.secretariat, By.cssSelector("button[formaction$='/accept']"));
		assertThat(this.secretariat.findElement(By.cssSelector("main .state")).getText())
			.isEqualTo(text("ApplicationState.ACCEPTED", Locale.ENGLISH));

		// The applicant now holds the member and focal point roles; the city is in the
		// directory.
		open(this.applicant, "/profile");
		assertThat(this.applicant.findElement(By.cssSelector("main dl")).getText()).contains(text("Role.MEMBER"))
			.contains(text("Role.CITY_FOCAL_POINT"));
		open(this.applicant, "/members?country=KR&type=LOCAL_GOVERNMENT");
		assertThat(this.applicant.findElement(By.id("member-results")).getText())
			.contains("Bucheon City " + email.substring(8, 16))
			.contains("부천시");
	}

	private String text(String key) {
		return text(key, KOREAN);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private void login(WebDriver driver, String email, String password) {
		open(driver, "/login");
		type(driver, By.id("username"), email);
		type(driver, By.id("password"), password);
		submit(driver, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> !path(d).startsWith("/login") || d.getCurrentUrl().contains("error"));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void open(WebDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static String heading(WebDriver driver) {
		return driver.findElement(By.cssSelector("main h1")).getText();
	}

	private static String path(WebDriver driver) {
		return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
	}

	private static void waitForPath(WebDriver driver, String path) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> path(d).startsWith(path));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of("target/browser-failure.html"),
						driver.getPageSource());
			}
			catch (java.io.IOException io) {
				ex.addSuppressed(io);
			}
			throw new AssertionError("Expected " + path + " but the browser shows " + driver.getCurrentUrl() + ": "
					+ driver.findElement(By.tagName("main")).getText(), ex);
		}
	}

	/** Debian's Chromium and ChromeDriver; the test never downloads a browser. */
	static WebDriver chromium() {
		return org.lccp.support.Browsers.chromium("ko-KR");
	}

}
