package org.lccp.cities;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.demo.CitiesDemo;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * Incheon's focal point adds a target and a progress entry in a real headless Chromium; a
 * visitor sees it on the profile (with its ECharts timeline) and in the comparison,
 * downloads the CSV, and the API returns it.
 */
@LccpTest
class CitiesJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityDirectory cities;

	@Autowired
	MessageSource messages;

	WebDriver focalPoint;

	WebDriver visitor;

	TestAccount focal;

	UUID incheon;

	UUID seoul;

	@BeforeEach
	void setUp() {
		CitiesDemo.ensureLoaded(this.context);
		var accounts = new TestAccounts(this.accountManagement);
		var secretariat = accounts.create("Secretariat", Role.SECRETARIAT);
		this.focal = accounts.create("Incheon focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		this.incheon = this.cities.findCity("KR", "Incheon");
		this.seoul = this.cities.findCity("KR", "Seoul");
		this.accountManagement.actingAs(secretariat.id(), () -> {
			this.cities.addFocalPoint(this.incheon, this.focal.email());
			return null;
		});
		this.focalPoint = chromium();
		this.visitor = chromium();
	}

	@AfterEach
	void closeBrowsers() {
		if (this.focalPoint != null) {
			this.focalPoint.quit();
		}
		if (this.visitor != null) {
			this.visitor.quit();
		}
	}

	@Test
	void focalPointAddsATargetAndProgressThatVisitorsSeeCompareDownloadAndQuery() throws Exception {
		var title = "Cut building emissions 35% by 2030 against 2018 (" + UUID.randomUUID().toString().substring(0, 6)
				+ ")";
		login(this.focalPoint, this.focal.email(), this.focal.password());
		open(this.focalPoint, "/cities/" + this.incheon);
		submit(this.focalPoint, By.linkText(text("cities.target.new")));
		new Select(this.focalPoint.findElement(By.id("type"))).selectByValue("ABSOLUTE");
		type(this.focalPoint, By.id("title"), title);
		type(this.focalPoint, By.id("baseYear"), "2018");
		type(this.focalPoint, By.id("targetYear"), "2030");
		type(this.focalPoint, By.id("reductionPercent"), "35");
		type(this.focalPoint, By.id("sectors"), "STATIONARY_ENERGY");
		type(this.focalPoint, By.id("sourceDocument"), "Incheon 2030 building plan (journey test)");
		submit(this.focalPoint, By.cssSelector("main form button[type=submit]"));
		assertThat(this.focalPoint.findElement(By.cssSelector("main .notice")).getText())
			.isEqualTo(text("cities.target.saved"));
		assertThat(this.focalPoint.findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
		assertThat(this.focalPoint.findElement(By.cssSelector("main code.formula")).getText())
			.isEqualTo("1 − 0.65^(1/12) = 3.5 %");

		type(this.focalPoint, By.id("year"), "2023");
		type(this.focalPoint, By.id("shareAchieved"), "30");
		type(this.focalPoint, By.id("note"), "Retrofits of public buildings");
		submit(this.focalPoint, By.cssSelector("form.progress-form button[type=submit]"));
		assertThat(this.focalPoint.findElement(By.cssSelector("main .notice")).getText())
			.isEqualTo(text("cities.progress.saved"));
		assertThat(this.focalPoint.findElement(By.cssSelector("main .history")).getText()).contains("Progress added")
			.doesNotContain("PROGRESS_ADDED");

		// the visitor finds it on the profile, with the ECharts timeline drawn
		open(this.visitor, "/cities/" + this.incheon);
		assertThat(this.visitor.findElement(By.cssSelector("main")).getText()).contains(title)
			.contains("Retrofits of public buildings");
		new WebDriverWait(this.visitor, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart=timeline] canvas")));

		// and in the comparison with Seoul
		open(this.visitor, "/cities/compare");
		// tick the two cities in the checkbox list (no Ctrl-click needed)
		this.visitor.findElement(By.id("city-" + this.incheon)).click();
		this.visitor.findElement(By.id("city-" + this.seoul)).click();
		submit(this.visitor, By.cssSelector("form.compare-form button[type=submit]"));
		assertThat(this.visitor.findElements(By.cssSelector("article.compare-city"))).hasSize(2);
		assertThat(this.visitor.findElement(By.cssSelector(".side-by-side")).getText()).contains(title).contains("3.5");

		// downloads the registry's CSV from the link on the targets page
		open(this.visitor, "/targets?country=KR&scope=CITY");
		var csvLink = this.visitor.findElement(By.linkText(text("cities.targets.csv"))).getAttribute("href");
		var http = HttpClient.newHttpClient();
		var csv = http.send(HttpRequest.newBuilder(URI.create(csvLink)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).contains(title).contains("STATIONARY_ENERGY");

		// and the API returns it with its progress
		var api = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/targets?city=" + this.incheon))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains(title)
			.contains("Retrofits of public buildings")
			.contains("\"annualRatePercent\":3.5");
	}

	@Test
	void theMapShowsCountriesAndCitiesWithoutOnlineTiles() {
		open(this.visitor, "/cities/map");
		var wait = new WebDriverWait(this.visitor, Duration.ofSeconds(20));
		// country outlines and city markers are SVG paths drawn by Leaflet; no tile
		// images are loaded
		wait.until((d) -> d.findElements(By.cssSelector("#city-map path.leaflet-interactive")).size() > 20);
		assertThat(this.visitor.findElements(By.cssSelector("#city-map img.leaflet-tile"))).isEmpty();
		var marker = this.visitor.findElements(By.cssSelector("#city-map path.leaflet-interactive"));
		assertThat(marker.size()).isGreaterThan(30);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	static WebDriver chromium() {
		return org.lccp.support.Browsers.chromium("en-GB");
	}

	private void login(WebDriver driver, String email, String password) {
		open(driver, "/login");
		type(driver, By.id("username"), email);
		type(driver, By.id("password"), password);
		submit(driver, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void open(WebDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

}
