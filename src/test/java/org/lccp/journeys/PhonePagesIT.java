package org.lccp.journeys;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.Browsers;
import org.lccp.support.TestAccounts;
import org.lccp.support.DemoDataOn;
import org.lccp.support.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search, a city profile and the targets page on a 375 px phone in headless Chromium,
 * with the demo data: the page never scrolls sideways, the menu and the filters fold so
 * the first result shows on the first screen, and charts keep a table that shows without
 * JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, DemoDataOn.class })
class PhonePagesIT {

	private static final int PHONE = 375;

	@LocalServerPort
	int port;

	@Autowired
	CityDirectory cities;

	@Autowired
	AccountManagement accounts;

	WebDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "zh-CN, 碳", "ru-RU, energy", "mn-MN, хот", "en-GB, carbon" })
	void searchShowsTheFirstResultOnTheFirstScreenWithTheFiltersFolded(String language, String query) {
		this.browser = Browsers.chromium(language, PHONE, 800, true);
		open("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
		assertPhoneViewport();
		assertNoSidewaysScroll("search");
		var first = this.browser.findElement(By.cssSelector("#results .hit"));
		assertThat(top(first) + 40).as("top of the first result").isLessThan(viewportHeight());
		var filters = this.browser.findElement(By.cssSelector(".facets details.filter-fold"));
		assertThat(filters.getAttribute("open")).as("filters folded").isNull();
		// one tap unfolds them, and they still fit the screen's width
		this.browser.findElement(By.cssSelector(".facets details.filter-fold > summary")).click();
		assertThat(filters.getAttribute("open")).isNotNull();
		assertNoSidewaysScroll("search with filters open");
		// the menu is one line, not four
		assertThat(this.browser.findElement(By.cssSelector("header.site-header")).getSize().getHeight()).isLessThan(90);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "zh-CN", "ru-RU", "mn-MN" })
	void cityProfileAndTargetsFitThePhone(String language) {
		this.browser = Browsers.chromium(language, PHONE, 800, true);
		open("/cities/" + this.cities.findCity("JP", "Kyoto"));
		assertPhoneViewport();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".city-map-small path.leaflet-interactive")));
		assertNoSidewaysScroll("city profile with facts and its small map");
		// single values read better as a table than as a chart
		assertThat(this.browser.findElement(By.cssSelector("details.chart-data")).getAttribute("open")).isNotNull();
		open("/cities/" + incheon());
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=timeline] canvas")));
		assertNoSidewaysScroll("city profile");
		var timeline = this.browser.findElement(By.cssSelector("[data-chart=timeline]"));
		assertThat(timeline.getSize().getHeight()).as("timeline height").isGreaterThanOrEqualTo(240);
		assertThat(timeline.getSize().getWidth()).isLessThanOrEqualTo(PHONE);

		open("/targets");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=years] canvas")));
		assertNoSidewaysScroll("targets");
		assertThat(this.browser.findElement(By.cssSelector("details.filter-fold")).getAttribute("open")).isNull();
		var firstRow = this.browser.findElement(By.cssSelector("table.target-table tbody tr"));
		assertThat(firstRow.getSize().getWidth()).isLessThanOrEqualTo(PHONE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "mn-MN", "ja-JP" })
	void benchmarkPagesFitThePhone(String language) {
		this.browser = Browsers.chromium(language, PHONE, 800, true);
		open("/cities/" + this.cities.findCity("JP", "Kyoto") + "/benchmark");
		assertPhoneViewport();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".benchmark-strip canvas")));
		assertNoSidewaysScroll("city benchmark with peers and strip charts");
		assertThat(this.browser.findElement(By.cssSelector(".benchmark-strip")).getSize().getWidth())
			.isLessThanOrEqualTo(PHONE);
		open("/benchmarking");
		this.browser.findElement(By.cssSelector("main table a")).click();
		assertNoSidewaysScroll("indicator system with its index settings");
		open("/benchmarking/clusters");
		assertNoSidewaysScroll("clusters");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "zh-CN", "ru-RU" })
	void policyComparisonAndToolsFitThePhone(String language) {
		this.browser = Browsers.chromium(language, PHONE, 800, true);
		open("/policies/compare");
		assertPhoneViewport();
		assertNoSidewaysScroll("policy comparison matrix");
		open("/tools");
		assertNoSidewaysScroll("tools list");
		this.browser.findElement(By.cssSelector("main a[href^='/tools/']")).click();
		assertNoSidewaysScroll("a tool");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "mn-MN", "ko-KR" })
	void capacityBuildingAndTheExpertRosterFitThePhone(String language) {
		this.browser = Browsers.chromium(language, PHONE, 800, true);
		open("/capacity");
		assertPhoneViewport();
		assertNoSidewaysScroll("capacity building: open needs and offers");
		open("/experts");
		assertNoSidewaysScroll("expert roster with its filters");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "mn-MN", "zh-CN", "ru-RU" })
	void programmePagesFitThePhone(String language) {
		this.browser = Browsers.chromium(language, PHONE, 800, true);
		open("/work-plan");
		assertPhoneViewport();
		assertNoSidewaysScroll("work plan");
		this.browser.findElement(By.cssSelector("main a[href^='/work-plan/items/']")).click();
		assertNoSidewaysScroll("a work-plan item");
		open("/projects");
		assertNoSidewaysScroll("projects, contributions and offers to host");
		this.browser.findElement(By.cssSelector("main a[href^='/projects/']")).click();
		assertNoSidewaysScroll("a project");
		open("/resource-centres");
		assertNoSidewaysScroll("resource centres");

		var officer = new TestAccounts(this.accounts).create("Phone secretariat", Role.SECRETARIAT);
		open("/login");
		Browsers.type(this.browser, By.id("username"), officer.email());
		Browsers.type(this.browser, By.id("password"), officer.password());
		Browsers.submit(this.browser, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> !java.net.URI.create(d.getCurrentUrl()).getPath().startsWith("/login"));
		open("/reports");
		assertNoSidewaysScroll("reports to the Senior Officials Meeting");
		this.browser.findElement(By.cssSelector("main td a[href^='/reports/']")).click();
		assertNoSidewaysScroll("a generated report with its charts and tables");
	}

	@Test
	void theMenuFoldsSecondaryLinksByAreaAndOpensThemWithoutJavaScript() {
		this.browser = Browsers.chromium("en-GB", 1280, 900, false);
		open("/");
		// wide screens show the menu itself without a button to unfold it
		assertThat(this.browser.findElement(By.cssSelector("header details.menu-fold > summary")).isDisplayed())
			.isFalse();
		var menu = this.browser.findElement(By.cssSelector("header nav.main-nav"));
		// the wide menu shows the main links directly and folds the rest into three
		// groups
		assertThat(menu.findElement(By.cssSelector("a[href='/cities']")).isDisplayed()).isTrue();
		var groups = menu.findElements(By.cssSelector("details.submenu > summary"));
		assertThat(groups.stream().map(WebElement::getText).toList()).contains("Climate data", "Reviews and assistance",
				"Programme");
		var workPlan = menu.findElement(By.cssSelector("a[href='/work-plan']"));
		assertThat(workPlan.isDisplayed()).isFalse();
		groups.stream().filter((g) -> g.getText().equals("Programme")).findFirst().orElseThrow().click();
		assertThat(workPlan.isDisplayed()).isTrue();
		workPlan.click();
		assertThat(java.net.URI.create(this.browser.getCurrentUrl()).getPath()).isEqualTo("/work-plan");
		long direct = this.browser.findElements(By.cssSelector("header nav.main-nav > ul > li > a:not([role=button])"))
			.stream()
			.filter(WebElement::isDisplayed)
			.count();
		assertThat(direct).as("links shown directly in the wide menu").isLessThanOrEqualTo(8);
		assertThat(this.browser.findElement(By.cssSelector("header nav.languages a[lang='mn']")).isDisplayed())
			.isTrue();
	}

	@Test
	void onAPhoneTheMenuAndItsGroupsOpenWithoutJavaScript() {
		this.browser = Browsers.chromium("en-GB", PHONE, 800, false);
		open("/");
		var menu = this.browser.findElement(By.cssSelector("header nav.main-nav"));
		assertThat(menu.isDisplayed()).as("menu folded").isFalse();
		assertThat(this.browser.findElement(By.cssSelector("header nav.languages")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector("header.site-header")).getSize().getHeight())
			.as("folded header height")
			.isLessThan(90);

		this.browser.findElement(By.cssSelector("header details.menu-fold > summary")).click();
		assertThat(menu.isDisplayed()).isTrue();
		assertThat(menu.findElement(By.cssSelector("a[href='/cities']")).isDisplayed()).isTrue();
		assertNoSidewaysScroll("home with the menu open");
		var workPlan = menu.findElement(By.cssSelector("a[href='/work-plan']"));
		assertThat(workPlan.isDisplayed()).isFalse();
		menu.findElements(By.cssSelector("details.submenu > summary"))
			.stream()
			.filter((g) -> g.getText().equals("Programme"))
			.findFirst()
			.orElseThrow()
			.click();
		assertThat(workPlan.isDisplayed()).isTrue();

		this.browser.findElement(By.cssSelector("header details.language-fold > summary")).click();
		var mongolian = this.browser.findElement(By.cssSelector("header nav.languages a[lang='mn']"));
		assertThat(mongolian.isDisplayed()).isTrue();
		Browsers.click(this.browser, By.cssSelector("header nav.main-nav a[href='/work-plan']"));
		assertThat(java.net.URI.create(this.browser.getCurrentUrl()).getPath()).isEqualTo("/work-plan");
	}

	@Test
	void withoutJavaScriptChartsGiveWayToTheirTables() {
		this.browser = Browsers.chromium("ru-RU", PHONE, 800, false);
		open("/cities/" + this.cities.findCity("JP", "Kyoto"));
		assertThat(this.browser.findElement(By.cssSelector("[data-chart=facts]")).isDisplayed()).isFalse();
		var table = this.browser.findElement(By.cssSelector("details.chart-data"));
		assertThat(table.getAttribute("open")).isNotNull();
		assertThat(table.findElement(By.cssSelector("table")).isDisplayed()).isTrue();
		assertThat(table.getText()).contains("Население");
		assertNoSidewaysScroll("profile without JavaScript");

		open("/targets");
		assertThat(this.browser.findElement(By.cssSelector("details.chart-data table")).isDisplayed()).isTrue();
		// the filters unfold without JavaScript too
		this.browser.findElement(By.cssSelector("details.filter-fold > summary")).click();
		assertThat(this.browser.findElement(By.id("country")).isDisplayed()).isTrue();
	}

	@Test
	void wideScreensShowMenuAndFiltersOpen() {
		this.browser = Browsers.chromium("en-GB", 1280, 900, true);
		open("/search?q=carbon");
		assertThat(this.browser.findElement(By.cssSelector("header nav.main-nav a[href='/cities']")).isDisplayed())
			.isTrue();
		assertThat(this.browser.findElements(By.cssSelector(".facets details:not(.filter-fold) summary"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList()).isNotEmpty();
	}

	private UUID incheon() {
		return this.cities.findCity("KR", "Incheon");
	}

	private void assertNoSidewaysScroll(String page) {
		var widths = (List<?>) ((JavascriptExecutor) this.browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
		assertThat(((Number) widths.get(0)).intValue()).as("width of the %s page", page)
			.isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
	}

	private void assertPhoneViewport() {
		assertThat(((Number) ((JavascriptExecutor) this.browser).executeScript("return window.innerWidth;")).intValue())
			.as("viewport width")
			.isEqualTo(PHONE);
	}

	private long top(WebElement element) {
		return ((Number) ((JavascriptExecutor) this.browser)
			.executeScript("return arguments[0].getBoundingClientRect().top;", element)).longValue();
	}

	private long viewportHeight() {
		return ((Number) ((JavascriptExecutor) this.browser).executeScript("return window.innerHeight;")).longValue();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
