package org.lccp.journeys;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.experts.Availability;
import org.lccp.experts.ExpertForm;
import org.lccp.experts.ExpertRoster;
import org.lccp.experts.ExpertTool;
import org.lccp.experts.PublicField;
import org.lccp.experts.Topic;
import org.lccp.gatherings.GatheringDetails;
import org.lccp.gatherings.GatheringProgramme;
import org.lccp.gatherings.GatheringFormat;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.i18n.CountryCodes;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.click;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * Capacity building in a real headless Chromium, in the Mongolian UI: Tsetserleg's focal
 * point posts a need for GHG inventory training, the secretariat finds a listed expert
 * ranked for it and proposes the expert, both sides accept, the training is held as a
 * gathering and its delivery recorded, and the need closes — visible on the gathering's
 * page too; the secretariat's report for the year counts the training.
 */
@LccpTest
class CapacityJourneyIT {

	static final Locale MONGOLIAN = Locale.forLanguageTag("mn");

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	ExpertRoster roster;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	MessageSource messages;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = org.lccp.support.Browsers.chromium("mn");
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void tsetserlegPostsANeedForInventoryTrainingIsMatchedToAnExpertAndTheNeedClosesAfterTheTraining() {
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var accounts = new TestAccounts(this.accountManagement);
		var secretariat = accounts.create("Secretariat " + suffix, Language.MN, Role.SECRETARIAT, Role.MEMBER);
		var focal = accounts.create("Tsetserleg focal " + suffix, Language.MN, Role.CITY_FOCAL_POINT, Role.MEMBER);
		var expert = accounts.create("Inventory expert " + suffix, Language.MN, Role.MEMBER);
		var expertName = "Болд " + suffix;
		var expertId = this.accountManagement.actingAs(expert.id(),
				() -> this.roster.save(new ExpertForm(expertName, "GPC", null,
						new org.lccp.shared.i18n.CountryCode("MN"), null, List.of(Topic.GHG_INVENTORY), List.of(),
						List.of(ExpertTool.GPC_INVENTORY), List.of(Language.MN), CountryCodes.parse("MN"),
						Availability.AVAILABLE, null, null, List.of(PublicField.TOPICS, PublicField.LANGUAGES), null)));
		this.accountManagement.actingAs(secretariat.id(), () -> {
			this.roster.list(expertId);
			return null;
		});
		var start = LocalDateTime.now().plusDays(14).withNano(0);
		var trainingTitle = "ХХЯ тооллогын сургалт, Цэцэрлэг " + suffix;
		var training = this.accountManagement.actingAs(secretariat.id(),
				() -> this.programme.create(new GatheringDetails(trainingTitle, GatheringType.TRAINING,
						GatheringFormat.IN_PERSON, "GHG", "GPC inventory training.", start, start.plusHours(6),
						ZoneId.of("Asia/Ulaanbaatar"), "Tsetserleg", "MN", null, null, "Secretariat", null, "Mongolian",
						null, 30, null, start.minusDays(1))));

		// Tsetserleg's focal point posts the need
		login(focal);
		open("/capacity?lang=mn");
		click(this.browser, By.cssSelector("a[href$='/capacity/needs/new']"));
		var needTitle = "Хүлэмжийн хийн тооллогын сургалт " + suffix;
		type(this.browser, By.id("title"), needTitle);
		click(this.browser, By.id("topic-GHG_INVENTORY"));
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("TRAINING");
		click(this.browser, By.id("language-mn"));
		new Select(this.browser.findElement(By.id("country"))).selectByValue("MN");
		submit(this.browser, By.cssSelector("main form button[type=submit]"));
		assertThat(heading()).isEqualTo(needTitle);
		var needPath = path();

		// the secretariat finds the expert ranked for it, with reasons, and proposes
		switchTo(secretariat);
		open(needPath + "?lang=mn");
		var suggestion = this.browser
			.findElement(By.cssSelector(".capacity-expert-suggestions > li[data-expert='" + expertId + "']"));
		assertThat(suggestion.getText()).contains(expertName)
			.contains(text("capacity.reason.tools", text("experts.tool.GPC_INVENTORY")))
			.contains(text("capacity.reason.language",
					java.util.Locale.forLanguageTag("mn").getDisplayLanguage(MONGOLIAN)))
			.doesNotContain("(mn)");
		submit(this.browser, By
			.cssSelector(".capacity-expert-suggestions > li[data-expert='" + expertId + "'] button[type=submit]"));
		assertThat(this.browser.findElement(By.cssSelector(".capacity-match .match-status")).getText())
			.isEqualTo(text("capacity.matchStatus.PROPOSED"));

		// both sides accept
		switchTo(expert);
		open(needPath + "?lang=mn");
		submit(this.browser, By.cssSelector(".capacity-match form button[type=submit]"));
		switchTo(focal);
		open(needPath + "?lang=mn");
		submit(this.browser, By.cssSelector(".capacity-match form button[type=submit]"));
		assertThat(this.browser.findElement(By.cssSelector(".capacity-match .match-status")).getText())
			.isEqualTo(text("capacity.matchStatus.ACCEPTED"));

		// held as the training, delivered, the need closes
		switchTo(secretariat);
		open(needPath + "?lang=mn");
		// a date field's typed keys follow the browser's locale; its value is the ISO
		// date either way
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.cssSelector(".capacity-match input[name=plannedOn]")),
				start.toLocalDate().toString());
		new Select(this.browser.findElement(By.cssSelector(".capacity-match select[name=gatheringId]")))
			.selectByValue(training.toString());
		submit(this.browser, By.cssSelector(".capacity-match form[action$='/plan'] button[type=submit]"));
		type(this.browser, By.cssSelector(".capacity-match input[name=participants]"), "18");
		type(this.browser, By.cssSelector(".capacity-match textarea[name=outcome]"),
				"Хотын 18 ажилтан анхны GPC тооллогоо эмхэтгэсэн.");
		new Select(this.browser.findElement(By.cssSelector(".capacity-match select[name=rating]"))).selectByValue("5");
		submit(this.browser, By.cssSelector(".capacity-match form[action$='/outcome'] button[type=submit]"));
		assertThat(this.browser.findElement(By.cssSelector(".need-status")).getText())
			.isEqualTo(text("capacity.needStatus.CLOSED"));
		assertThat(this.browser.findElement(By.cssSelector(".capacity-outcome")).getText()).contains("18")
			.contains(text("capacity.rating", 5));

		// the training's page links back to the need
		open("/gatherings/" + training + "?lang=mn");
		assertThat(this.browser.findElement(By.cssSelector("a[href$='" + needPath + "']")).getText())
			.isEqualTo(needTitle);

		// the secretariat generates the year's report and finds the training counted
		var year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear();
		open("/reports?lang=mn");
		type(this.browser, By.id("title"), "Тайлан " + year + " " + suffix);
		setDate(By.id("from"), year + "-01-01");
		setDate(By.id("to"), year + "-12-31");
		new Select(this.browser.findElement(By.id("language"))).selectByValue("mn");
		submit(this.browser, By.cssSelector("main form[action$='/reports'] button[type=submit]"));
		var participants = this.browser
			.findElement(By.cssSelector(".programme-figure[data-figure='capacity.participants']"));
		var row = participants.findElement(By.xpath(".//tr[td/a[contains(@href, '" + needPath + "')]]"));
		assertThat(row.getText()).contains(needTitle).contains("18");
	}

	private void setDate(By field, String isoDate) {
		// a date field's typed keys follow the browser's locale; its value is the ISO
		// date
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(field), isoDate);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, MONGOLIAN);
	}

	private void switchTo(TestAccount account) {
		this.browser.manage().deleteAllCookies();
		login(account);
	}

	private void login(TestAccount account) {
		open("/login?lang=mn");
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
