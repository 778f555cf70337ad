package org.lccp.journeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.Browsers;
import org.lccp.support.DemoDataOn;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public pages, in every language, on a phone and on a desk, checked by axe-core in
 * headless Chromium against WCAG 2.1 A/AA and axe's best practices (unique ids, labels,
 * landmarks, heading order, contrast). axe-core comes from the npm registry, as the
 * OpenAPI linter does; without npm the test is skipped, and PageStructureTest still
 * checks ids, labels and headings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, DemoDataOn.class })
class AccessibilityIT {

	static final String AXE_VERSION = "4.10.3";

	static String axe;

	@LocalServerPort
	int port;

	@Autowired
	CityDirectory cities;

	@Autowired
	AccountManagement accounts;

	WebDriver browser;

	@BeforeAll
	static void installAxe() throws Exception {
		var folder = Path.of("target", "axe-core");
		var script = folder.resolve("node_modules/axe-core/axe.min.js");
		if (!Files.exists(script)) {
			assumeTrue(onPath("npm"), "npm (Node.js) is not installed");
			Files.createDirectories(folder);
			var process = new ProcessBuilder(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund",
					"--prefix", folder.toString(), "axe-core@" + AXE_VERSION))
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("npm.log").toFile())
				.start();
			var finished = process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS);
			assumeTrue(finished && process.exitValue() == 0 && Files.exists(script),
					"the npm registry is not reachable: " + Files.readString(folder.resolve("npm.log")));
		}
		axe = Files.readString(script, StandardCharsets.UTF_8);
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "en-GB, 1280", "zh-CN, 375", "ja-JP, 375", "ko-KR, 1280", "ru-RU, 375", "mn-MN, 375", "en-GB, 375" })
	void publicPagesHaveNoAccessibilityViolations(String language, int width) {
		this.browser = Browsers.chromium(language, width, 900, true);
		var pages = new ArrayList<>(List.of("/", "/knowledge", "/cities", "/targets", "/gatherings", "/search?q=carbon",
				"/inventories/check", "/login", "/signup", "/members", "/cities/" + this.cities.findCity("JP", "Kyoto"),
				"/benchmarking", "/cities/" + this.cities.findCity("JP", "Kyoto") + "/benchmark", "/policies/compare",
				"/tools", "/capacity", "/experts", "/about", "/work-plan", "/projects", "/resource-centres"));
		pages.add(firstLink("/knowledge", "a[href^='/case-studies/']"));
		pages.add(firstLink("/projects", "main a[href^='/projects/']"));
		pages.add(firstLink("/work-plan", "main a[href^='/work-plan/items/']"));
		pages.add(firstLink("/tools", "a[href^='/tools/']"));
		pages.add(firstLink("/gatherings", "a[href^='/gatherings/'][href*='-']:not([href$='.ics'])"));
		var found = new ArrayList<String>();
		for (var page : pages) {
			open(page);
			found.addAll(violations(page));
		}
		assertThat(found).as("axe-core violations in %s at %d px", language, width).isEmpty();
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "en-GB, 1280", "ru-RU, 375", "ko-KR, 375" })
	void signedInAndSecretariatPagesHaveNoAccessibilityViolations(String language, int width) {
		var officer = new TestAccounts(this.accounts).create("Axe secretariat", Role.SECRETARIAT, Role.MEMBER,
				Role.CITY_FOCAL_POINT);
		this.browser = Browsers.chromium(language, width, 900, true);
		open("/login");
		Browsers.type(this.browser, By.id("username"), officer.email());
		Browsers.type(this.browser, By.id("password"), officer.password());
		Browsers.submit(this.browser, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((d) -> !java.net.URI.create(d.getCurrentUrl()).getPath().startsWith("/login"));
		var kyoto = this.cities.findCity("JP", "Kyoto");
		var pages = List.of("/profile", "/account/api-tokens", "/knowledge/new", "/inventories", "/inventories/import",
				"/inventories/factors", "/membership/apply", "/admin/membership", "/admin/accounts",
				"/admin/gatherings", "/admin/gatherings/new", "/admin/knowledge", "/admin/audit",
				"/admin/cities/import", "/cities/" + kyoto + "/edit", "/cities/" + kyoto + "/facts/new",
				"/cities/" + kyoto + "/targets/new", "/cities/" + kyoto + "/pathways", "/admin/compendium",
				"/capacity/needs/new", "/capacity/offers/new", "/my/expert-profile", "/admin/experts", "/reports",
				"/admin/membership/focal-points");
		var found = new ArrayList<String>();
		open("/reports");
		var report = this.browser.findElements(By.cssSelector("main a[href^='/reports/']"))
			.stream()
			.map((a) -> java.net.URI.create(a.getAttribute("href")).getPath())
			.filter((p) -> p.matches("/reports/[0-9a-f-]{36}"))
			.findFirst();
		if (report.isPresent()) {
			open(report.get());
			found.addAll(violations(report.get()));
		}
		for (var page : pages) {
			open(page);
			found.addAll(violations(page));
		}
		assertThat(found).as("axe-core violations in %s at %d px", language, width).isEmpty();
	}

	private String firstLink(String page, String selector) {
		open(page);
		var links = this.browser.findElements(By.cssSelector(selector));
		assertThat(links).as("a link %s on %s", selector, page).isNotEmpty();
		return java.net.URI.create(links.get(0).getAttribute("href")).getPath();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	@SuppressWarnings("unchecked")
	private List<String> violations(String page) {
		var js = (JavascriptExecutor) this.browser;
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js.executeScript(axe);
		var result = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag',
				    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
				  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact,
				      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary) }))))
				  .catch(e => done([{ id: 'axe-error', impact: 'critical', nodes: [String(e)] }]));
				""");
		var found = new ArrayList<String>();
		for (var violation : result) {
			found.add(
					page + ": " + violation.get("id") + " (" + violation.get("impact") + ") " + violation.get("nodes"));
		}
		return found;
	}

	private static boolean onPath(String command) {
		try {
			var process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
