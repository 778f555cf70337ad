package org.lccp.inventory;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.Browsers;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * In Korean, on a 375 px phone, in a real headless Chromium: a focal point imports a
 * one-line draft, adds a line with a word in the amount (the error is under the field, in
 * Korean, the input kept), corrects it and sees the new total, sets a notation key,
 * deletes the first line and opens the guide; no page is wider than the phone.
 */
@LccpTest
class LineEditingJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityFixtures cities;

	WebDriver phone;

	@AfterEach
	void closeBrowser() {
		if (this.phone != null) {
			this.phone.quit();
		}
	}

	@Test
	void focalPointEditsLinesOnAPhone() throws Exception {
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("KR", null, "Line journey city " + UUID.randomUUID(), null,
				null, "줄 편집 시험시", null, null, null, AdminLevel.values()[0], null, null, "journey test"));
		var focal = accounts.create("Focal", Language.KO, Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focal.id());
		var file = Files.createTempFile("lines", ".csv");
		Files.writeString(file, LineEditingTest.ELECTRICITY);
		file.toFile().deleteOnExit();

		// A phone with JavaScript: the forms are plain posts that need none (the HTTP
		// tests send them as such); without JavaScript, ChromeDriver hung on submitting
		// the upload under phone emulation.
		this.phone = Browsers.chromium("ko-KR", 375, 800, true);
		login(this.phone, focal.email(), focal.password());
		open("/inventories/import?city=" + city);
		type(this.phone, By.id("year"), "2020");
		type(this.phone, By.id("source"), "시 통계");
		var dryRun = this.phone.findElement(By.id("dryRun"));
		if (dryRun.isSelected()) {
			dryRun.click();
		}
		this.phone.findElement(By.id("file")).sendKeys(file.toString());
		submit(this.phone, By.id("import-submit"));
		var draft = this.phone.getCurrentUrl().replace("?imported", "");
		assertNotWiderThanThePhone();
		assertThat(this.phone.findElement(By.cssSelector("#total-BASIC summary")).getText()).isEqualTo("949.4");

		this.phone.findElement(By.id("add-line")).click();
		assertThat(this.phone.findElement(By.cssSelector("main h1")).getText()).startsWith("새 항목");
		assertNotWiderThanThePhone();
		new org.openqa.selenium.support.ui.Select(this.phone.findElement(By.id("gpcRef"))).selectByValue("II.1.1");
		type(this.phone, By.id("description"), "화물차");
		type(this.phone, By.id("fuel"), "Gas/Diesel Oil");
		type(this.phone, By.id("amount"), "오백");
		type(this.phone, By.id("unit"), "t");
		submit(this.phone, By.id("line-save"));
		assertThat(this.phone.findElement(By.cssSelector("#amount-error")).getText()).contains("숫자가 아닙니다")
			.contains("오백");
		assertThat(this.phone.findElement(By.id("description")).getAttribute("value")).isEqualTo("화물차");
		assertNotWiderThanThePhone();
		type(this.phone, By.id("amount"), "500");
		submit(this.phone, By.id("line-save"));
		assertThat(this.phone.getCurrentUrl()).startsWith(draft);
		assertThat(this.phone.findElement(By.cssSelector("main .notice")).getText()).contains("다시 계산");
		// 949.4 + 1,617.71805
		assertThat(this.phone.findElement(By.cssSelector("#total-BASIC summary")).getText()).isEqualTo("2,567.11805");

		this.phone.findElement(By.id("add-key")).click();
		new org.openqa.selenium.support.ui.Select(this.phone.findElement(By.id("gpcRef"))).selectByValue("V.1");
		this.phone.findElement(By.id("kind-key")).click();
		new org.openqa.selenium.support.ui.Select(this.phone.findElement(By.id("notationKey"))).selectByValue("NE");
		type(this.phone, By.id("explanation"), "가축 미집계");
		submit(this.phone, By.id("line-save"));
		assertThat(this.phone.findElement(By.id("entries")).getText()).contains("NE").contains("가축 미집계");

		submit(this.phone, By.cssSelector("#entry-1 .entry-actions button"));
		assertThat(this.phone.findElement(By.cssSelector("#total-BASIC summary")).getText()).isEqualTo("1,617.71805");
		assertNotWiderThanThePhone();

		open("/inventories/guide");
		assertThat(this.phone.findElements(By.cssSelector("#guide-steps > li"))).hasSize(6);
		assertThat(this.phone.findElement(By.cssSelector("main h1")).getText()).contains("인벤토리");
		assertNotWiderThanThePhone();
	}

	void assertNotWiderThanThePhone() {
		var width = ((Number) ((JavascriptExecutor) this.phone)
			.executeScript("return document.documentElement.scrollWidth")).intValue();
		assertThat(width).as(this.phone.getCurrentUrl()).isLessThanOrEqualTo(375);
	}

	void login(WebDriver driver, String email, String password) {
		open("/login");
		type(driver, By.id("username"), email);
		type(driver, By.id("password"), password);
		submit(driver, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	void open(String path) {
		this.phone.get("http://localhost:" + this.port + path);
	}

}
