package org.lccp.gatherings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.click;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * A hybrid gathering in headless Chromium, in the Russian UI: one member registers online
 * and the confirmation with its iCal link is in the outbox; a second takes the last seat
 * in the room, a third goes on the waiting list and moves up when the second cancels; the
 * secretariat checks people in and publishes the outcome report, and the counts appear on
 * the gathering's page.
 */
@LccpTest
class GatheringsJourneyIT {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	MessageSource messages;

	WebDriver member;

	WebDriver secretariat;

	TestAccount officer;

	@BeforeEach
	void startBrowsers() {
		this.member = chromium();
		this.secretariat = chromium();
		this.officer = new TestAccounts(this.accountManagement).create("Secretariat officer", Role.SECRETARIAT,
				Role.MEMBER);
	}

	@AfterEach
	void closeBrowsers() {
		if (this.member != null) {
			this.member.quit();
		}
		if (this.secretariat != null) {
			this.secretariat.quit();
		}
	}

	@Test
	void membersRegisterAreWaitlistedAndPromotedAndTheSecretariatChecksInAndPublishesTheOutcome() throws Exception {
		var people = new TestAccounts(this.accountManagement);
		var online = people.create("Ольга Иванова", Language.RU, Role.MEMBER);
		var inPerson = people.create("Баир Доржиев", Language.RU, Role.MEMBER);
		var third = people.create("Анна Петрова", Language.RU, Role.MEMBER);
		var builder = aGathering()
			.titled("Семинар по низкоуглеродному развитию Улан-Удэ " + UUID.randomUUID().toString().substring(0, 6))
			.seats(1, 20);
		var id = builder.createWith(this.programme);
		var page = "/gatherings/" + id;

		// The first member finds the gathering in the Russian calendar and registers
		// online.
		login(this.member, online);
		open(this.member, "/gatherings?lang=ru");
		assertThat(this.member.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
		assertThat(this.member.findElement(By.tagName("h1")).getText()).isEqualTo(text("gatherings.calendar.title"));
		click(this.member, By.linkText(builder.title()));
		assertThat(this.member.findElement(By.id("online-link")).getText())
			.isEqualTo(text("gatherings.onlineLink.participantsOnly"));
		click(this.member, By.cssSelector("input[name=mode][value=ONLINE]"));
		submit(this.member, By.cssSelector("#registration-form button[type=submit]"));
		assertThat(notice(this.member)).isEqualTo(text("gatherings.registration.confirmedNotice"));
		assertThat(this.member.findElement(By.cssSelector("#online-link a")).getAttribute("href"))
			.isEqualTo(builder.onlineLink());

		// The confirmation, in Russian, is in the outbox with the gathering's iCal link.
		login(this.secretariat, this.officer);
		open(this.secretariat, "/admin/outbox?recipient=" + online.email());
		click(this.secretariat, By.cssSelector("main table tbody tr a"));
		assertThat(this.secretariat.findElement(By.tagName("main")).getText()).contains("Регистрация подтверждена");
		assertThat(this.secretariat.findElement(By.cssSelector("article.mail-body")).getText())
			.contains(builder.onlineLink());
		var ics = this.secretariat.findElement(By.cssSelector("article.mail-body a[href$='/calendar.ics']"))
			.getAttribute("href");
		assertThat(ics).endsWith(page + "/calendar.ics");
		var calendar = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page + "/calendar.ics")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(calendar.body()).contains("BEGIN:VEVENT").contains("UID:gathering-" + id);

		// A second member takes the last seat in the room; a third goes on the waiting
		// list.
		switchTo(this.member, inPerson);
		open(this.member, page);
		click(this.member, By.cssSelector("input[name=mode][value=IN_PERSON]"));
		submit(this.member, By.cssSelector("#registration-form button[type=submit]"));
		assertThat(notice(this.member)).isEqualTo(text("gatherings.registration.confirmedNotice"));

		switchTo(this.member, third);
		open(this.member, page);
		click(this.member, By.cssSelector("input[name=mode][value=IN_PERSON]"));
		type(this.member, By.id("dietary"), "Вегетарианское питание");
		submit(this.member, By.cssSelector("#registration-form button[type=submit]"));
		assertThat(notice(this.member)).isEqualTo(text("gatherings.registration.waitlistedNotice"));
		assertThat(this.member.findElement(By.cssSelector("#my-registration .state")).getText())
			.isEqualTo(this.messages.getMessage("gatherings.registration.youAreWaitlisted",
					new Object[] { 1, text("AttendanceMode.IN_PERSON") }, RUSSIAN));

		// The second member cancels; the third moves up.
		switchTo(this.member, inPerson);
		open(this.member, page);
		submit(this.member, By.cssSelector("form[action$='/registration/cancel'] button"));
		assertThat(notice(this.member)).isEqualTo(text("gatherings.registration.cancelledNotice"));
		switchTo(this.member, third);
		open(this.member, page);
		assertThat(this.member.findElement(By.cssSelector("#my-registration .state")).getText())
			.isEqualTo(this.messages.getMessage("gatherings.registration.youAreConfirmed",
					new Object[] { text("AttendanceMode.IN_PERSON") }, RUSSIAN));

		// The secretariat checks the two participants in at the door, on a phone-sized
		// screen.
		this.secretariat.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		open(this.secretariat, "/admin/gatherings/" + id + "/participants");
		submit(this.secretariat, By.cssSelector("li[data-email='" + third.email() + "'] form button"));
		submit(this.secretariat, By.cssSelector("li[data-email='" + online.email() + "'] form button"));
		screenshot(this.secretariat, "target/gatherings-check-in-phone.png");
		assertThat(this.secretariat.findElement(By.id("counts")).getText())
			.contains(this.messages.getMessage("gatherings.figures.attended", new Object[] { 1, 1 }, RUSSIAN));
		this.secretariat.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

		// The secretariat publishes the outcome report.
		open(this.secretariat, "/admin/gatherings/" + id);
		type(this.secretariat, By.cssSelector("#outcome-form textarea"),
				"Участники обсудили кадастр выбросов и план действий города.");
		submit(this.secretariat, By.cssSelector("#outcome-form button[type=submit]"));

		// The counts and the outcome appear on the gathering's page.
		open(this.member, page);
		screenshot(this.member, "target/gatherings-page.png");
		var figures = this.member.findElement(By.id("figures")).getText();
		assertThat(figures)
			.contains(this.messages.getMessage("gatherings.figures.registered", new Object[] { 1, 1 }, RUSSIAN))
			.contains(this.messages.getMessage("gatherings.figures.attended", new Object[] { 1, 1 }, RUSSIAN));
		assertThat(this.member.findElement(By.id("outcome")).getText())
			.contains("Участники обсудили кадастр выбросов и план действий города.");
	}

	private static void screenshot(WebDriver driver, String path) throws java.io.IOException {
		var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		java.nio.file.Files.write(java.nio.file.Path.of(path), png);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, RUSSIAN);
	}

	private String notice(WebDriver driver) {
		return driver.findElement(By.cssSelector("main .notice")).getText();
	}

	private void switchTo(WebDriver driver, TestAccount account) {
		driver.manage().deleteAllCookies();
		login(driver, account);
	}

	private void login(WebDriver driver, TestAccount account) {
		open(driver, "/login?lang=ru");
		type(driver, By.id("username"), account.email());
		type(driver, By.id("password"), account.password());
		submit(driver, By.cssSelector("main form button[type=submit]"));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
		open(driver, "/?lang=ru");
	}

	private void open(WebDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	/** Debian's Chromium and ChromeDriver; the test never downloads a browser. */
	static WebDriver chromium() {
		return org.lccp.support.Browsers.chromium("ru-RU");
	}

}
