package org.lccp.inventory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * In Chinese, in a real headless Chromium: a focal point imports an XLSX with one error,
 * sees it named by row and column, fixes it and imports again, submits; the secretariat
 * checks and publishes; the city profile shows the totals and the inventory page draws
 * its chart.
 */
@LccpTest
class InventoryJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityFixtures cities;

	WebDriver focalPoint;

	WebDriver secretariat;

	WebDriver visitor;

	@AfterEach
	void closeBrowsers() {
		for (var driver : new WebDriver[] { this.focalPoint, this.secretariat, this.visitor }) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	@Test
	void focalPointImportsFixesAndSubmitsTheSecretariatPublishesTheProfileShowsTotals() throws Exception {
		var accounts = new TestAccounts(this.accountManagement);
		var city = this.cities.registerCity(new CityDetails("KR", null, "旅程测试市 " + UUID.randomUUID(), "旅程测试市", null,
				null, null, null, null, AdminLevel.values()[0], null, null, "journey test"));
		var focal = accounts.create("Focal", Language.ZH, Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focal.id());
		var office = accounts.create("Secretariat", Language.ZH, Role.SECRETARIAT);
		var seoul = new String(
				getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes(),
				StandardCharsets.UTF_8);
		var broken = xlsx(seoul.replace(",4270635.0,", ",四百万,"), "broken");
		var fixed = xlsx(seoul, "fixed");

		this.focalPoint = Browsers.chromium("zh-CN");
		login(this.focalPoint, focal.email(), focal.password());
		open(this.focalPoint, "/inventories/import?city=" + city);
		assertThat(this.focalPoint.findElement(By.cssSelector("main h1")).getText()).isEqualTo("导入清单");
		fill(this.focalPoint, broken);
		submit(this.focalPoint, By.id("import-submit"));
		assertThat(this.focalPoint.findElement(By.cssSelector("#import-result .alert")).getText()).contains("未保存任何内容");
		var problem = this.focalPoint.findElement(By.cssSelector("#import-problems tbody tr")).getText();
		assertThat(problem).startsWith("5 tco2e 错误").contains("不是数字").contains("四百万");

		this.focalPoint.findElement(By.id("file")).sendKeys(fixed.toString());
		type(this.focalPoint, By.id("year"), "2019");
		submit(this.focalPoint, By.id("import-submit"));
		assertThat(this.focalPoint.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("清单已作为新的草稿版本导入。");
		var detail = this.focalPoint.getCurrentUrl().replace("?imported", "");
		submit(this.focalPoint, By.id("submit-inventory"));
		assertThat(this.focalPoint.findElement(By.id("inventory-status")).getText()).isEqualTo("已提交");

		this.secretariat = Browsers.chromium("zh-CN");
		login(this.secretariat, office.email(), office.password());
		this.secretariat.get(detail);
		submit(this.secretariat, By.id("check-inventory"));
		assertThat(this.secretariat.findElement(By.id("inventory-status")).getText()).isEqualTo("已审核");
		submit(this.secretariat, By.id("publish-inventory"));
		assertThat(this.secretariat.findElement(By.id("inventory-status")).getText()).isEqualTo("已发布");

		this.visitor = Browsers.chromium("zh-CN");
		open(this.visitor, "/cities/" + city);
		var entry = this.visitor.findElement(By.cssSelector("main ul.related a[href*='/inventories/']")).getText();
		assertThat(entry).contains("2019年").contains("46,282,524").contains("47,782,633").contains("23,841,951");
		this.visitor.findElement(By.cssSelector("main ul.related a[href*='/inventories/']")).click();
		new WebDriverWait(this.visitor, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=inventory-scopes] canvas")));
		assertThat(this.visitor.findElement(By.id("sectors-scopes")).getText()).contains("范围1");
		this.visitor.findElement(By.cssSelector("#total-BASIC summary")).click();
		assertThat(this.visitor.findElement(By.cssSelector("#total-BASIC code")).getText()).endsWith("= 46282524");
	}

	void fill(WebDriver driver, Path file) {
		type(driver, By.id("year"), "2019");
		type(driver, By.id("source"), "首尔市2018年清单（旅程测试）");
		var dryRun = driver.findElement(By.id("dryRun"));
		if (dryRun.isSelected()) {
			dryRun.click();
		}
		driver.findElement(By.id("file")).sendKeys(file.toString());
	}

	static Path xlsx(String csv, String name) throws Exception {
		var path = Files.createTempFile("inventory-" + name, ".xlsx");
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			var r = 0;
			for (var line : org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(csv))) {
				var row = sheet.createRow(r++);
				for (int c = 0; c < line.size(); c++) {
					row.createCell(c).setCellValue(line.get(c));
				}
			}
			workbook.write(out);
			Files.write(path, out.toByteArray());
		}
		path.toFile().deleteOnExit();
		return path;
	}

	void login(WebDriver driver, String email, String password) {
		open(driver, "/login");
		type(driver, By.id("username"), email);
		type(driver, By.id("password"), password);
		submit(driver, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	void open(WebDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

}
