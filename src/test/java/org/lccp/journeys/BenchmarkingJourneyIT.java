package org.lccp.journeys;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.benchmarking.BenchmarkingManagement;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.FactDetails;
import org.lccp.cities.FactKind;
import org.lccp.cities.RegistryUnit;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.click;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * Benchmarking in a real headless Chromium, in the Japanese UI: a Japanese city's focal
 * point goes from the city's page to its benchmark, finds its five most similar cities,
 * opens why the nearest one is close, compares two indicators with them (charts drawn,
 * tables beside them), and saves the five as a peer group it can use again.
 */
@LccpTest
class BenchmarkingJourneyIT {

	static final Locale JAPANESE = Locale.JAPANESE;

	/**
	 * Population and GDP per inhabitant relative to the city: each further city farther
	 * on both.
	 */
	static final double[][] RELATIVE = { { 1, 1 }, { 1.02, 1.01 }, { 0.97, 0.985 }, { 1.06, 1.02 }, { 0.93, 0.97 },
			{ 1.12, 1.05 }, { 1.3, 1.2 }, { 0.05, 0.2 } };

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityDirectory cities;

	@Autowired
	BenchmarkingManagement benchmarking;

	@Autowired
	MessageSource messages;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = org.lccp.support.Browsers.chromium("ja-JP");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aJapaneseFocalPointFindsItsFiveMostSimilarCitiesAndComparesTwoIndicators() {
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var random = new Random();
		var population = Math.pow(10, 5 + 1.5 * random.nextDouble());
		var gdp = Math.pow(10, 3.5 + random.nextDouble());
		var accounts = new TestAccounts(this.accountManagement);
		var officer = accounts.create("Benchmark secretariat", Role.SECRETARIAT, Role.MEMBER);
		var focal = accounts.create("豊岡市 担当者", Role.CITY_FOCAL_POINT, Role.MEMBER);
		var ids = new ArrayList<UUID>();
		this.accountManagement.actingAs(officer.id(), () -> {
			for (int i = 0; i < RELATIVE.length; i++) {
				var id = this.cities.createCity(new CityDetails("JP", null, "Toyooka " + suffix + " " + i, null,
						"豊岡 " + suffix + " " + i, null, null, null, null, AdminLevel.MUNICIPALITY, null, null, "test"));
				this.cities.addFact(id,
						new FactDetails(FactKind.POPULATION, 2020,
								BigDecimal.valueOf(Math.round(population * RELATIVE[i][0])), RegistryUnit.PERSONS,
								"Test census 2020"));
				this.cities.addFact(id,
						new FactDetails(FactKind.GDP_PER_CAPITA, 2020,
								BigDecimal.valueOf(Math.round(gdp * RELATIVE[i][1])), RegistryUnit.USD,
								"Test statistics 2020"));
				ids.add(id);
			}
			this.cities.addFocalPoint(ids.get(0), focal.email());
			return null;
		});
		this.benchmarking.recomputeIfChanged();

		// from the city's page to its benchmark
		login(focal);
		open("/cities/" + ids.get(0) + "?lang=ja");
		click(this.browser, By.cssSelector("a[href$='/cities/" + ids.get(0) + "/benchmark']"));
		assertThat(heading()).isEqualTo(text("benchmarking.city.title", "豊岡 " + suffix + " 0"));

		// the five most similar cities on population and GDP per inhabitant
		for (var box : this.browser.findElements(By.cssSelector(".peer-finder input[name=variables]"))) {
			var wanted = List.of("POPULATION", "GDP_PER_CAPITA", "COUNTRY").contains(box.getAttribute("value"));
			if (box.isSelected() != wanted) {
				box.click();
			}
		}
		type(this.browser, By.id("k"), "5");
		submit(this.browser, By.cssSelector(".peer-finder button[type=submit]"));
		var peers = this.browser.findElements(By.cssSelector("ol.peers > li"));
		assertThat(peers).hasSize(5);
		var names = peers.stream().map((p) -> p.findElement(By.cssSelector("a")).getText()).toList();
		assertThat(names).containsExactly("豊岡 " + suffix + " 1", "豊岡 " + suffix + " 2", "豊岡 " + suffix + " 3",
				"豊岡 " + suffix + " 4", "豊岡 " + suffix + " 5");

		// why the nearest is close: each variable with both values
		var nearest = peers.get(0);
		assertThat(nearest.findElement(By.cssSelector(".reason")).getText())
			.contains(text("benchmarking.variable.POPULATION"))
			.contains(text("benchmarking.variable.GDP_PER_CAPITA"));
		nearest.findElement(By.cssSelector("details summary")).click();
		var rows = nearest.findElements(By.cssSelector("details tbody tr"));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).getText()).contains(text("benchmarking.variable.POPULATION"));
		assertThat(rows.get(2).getText()).contains(text("benchmarking.peers.same"));

		// two indicators compared with the five
		for (var box : this.browser.findElements(By.cssSelector(".indicator-choice input[name=indicator]"))) {
			var wanted = List.of("POPULATION", "GDP_PER_CAPITA").contains(box.getAttribute("value"));
			if (box.isSelected() != wanted) {
				box.click();
			}
		}
		submit(this.browser, By.cssSelector(".indicator-choice button[type=submit]"));
		var compared = this.browser.findElements(By.cssSelector(".compare-indicator"));
		assertThat(compared).hasSize(2);
		assertThat(compared.get(0).findElement(By.cssSelector("h3")).getText()).startsWith("人口");
		assertThat(compared.get(1).findElement(By.cssSelector("h3")).getText()).startsWith("住民一人当たりGDP");
		for (WebElement block : compared) {
			assertThat(block.findElements(By.cssSelector("tbody tr"))).hasSize(6);
			new WebDriverWait(this.browser, Duration.ofSeconds(10))
				.until((d) -> !block.findElements(By.cssSelector(".benchmark-strip canvas")).isEmpty());
		}
		assertThat(compared.get(0).findElement(By.cssSelector("tr.own")).getText()).contains("豊岡 " + suffix + " 0")
			.contains("2020");
		// the choice is kept in the address, so the comparison can be shared
		assertThat(this.browser.getCurrentUrl()).contains("indicator=POPULATION").contains("k=5");

		// the five saved as the city's own peer group
		type(this.browser, By.id("group-name"), "類似規模の都市 " + suffix);
		submit(this.browser, By.cssSelector("form.save-group button[type=submit]"));
		assertThat(this.browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
			.isEqualTo(text("benchmarking.group.saved"));
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains(text("benchmarking.group.showing", "類似規模の都市 " + suffix, 5));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, JAPANESE);
	}

	private void login(TestAccount account) {
		open("/login?lang=ja");
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
