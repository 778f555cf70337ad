package org.lccp.journeys;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.Browsers.click;
import static org.lccp.support.Browsers.submit;
import static org.lccp.support.Browsers.type;

/**
 * A peer review in a real headless Chromium, in the Korean UI: a city's focal point asks
 * for a review from the city's page, the secretariat accepts and builds the team (a
 * reviewer with a declared conflict is refused), the reviewers accept their invitations
 * and score (over HTTP), the city answers the recommendation, the secretariat publishes,
 * the review is listed for everyone, and later the city marks the recommendation
 * implemented.
 */
@LccpTest
class ReviewJourneyIT {

	static final Locale KOREAN = Locale.KOREAN;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityFixtures cities;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient db;

	WebDriver city;

	WebDriver secretariat;

	@BeforeEach
	void startBrowsers() {
		this.city = org.lccp.support.Browsers.chromium("ko-KR");
		this.secretariat = org.lccp.support.Browsers.chromium("ko-KR");
	}

	@AfterEach
	void closeBrowsers() {
		if (this.city != null) {
			this.city.quit();
		}
		if (this.secretariat != null) {
			this.secretariat.quit();
		}
	}

	@Test
	void gwangjuAsksForAReviewInKoreanAndFollowsUpItsRecommendationAfterPublication() {
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var cityId = this.cities.registerCity(new CityDetails("KR", null, "Gwangju " + suffix, null, null,
				"광주 " + suffix, null, null, null, AdminLevel.METROPOLITAN_CITY, null, null, "test"));
		var accounts = new TestAccounts(this.accountManagement);
		var focal = accounts.create("광주 담당관", Role.CITY_FOCAL_POINT, Role.MEMBER);
		this.cities.registerFocalPoint(cityId, focal.id());
		var officer = accounts.create("Secretariat officer", Role.SECRETARIAT, Role.MEMBER);
		var lead = accounts.create("KEI lead", Role.EXPERT, Role.MEMBER);
		var peer = accounts.create("Peer from Incheon", Role.CITY_FOCAL_POINT, Role.MEMBER);
		var conflicted = accounts.create("Former adviser", Role.EXPERT, Role.MEMBER);

		// the focal point asks from the city's page
		login(this.city, focal);
		open(this.city, "/cities/" + cityId + "?lang=ko");
		click(this.city, By.cssSelector(".review-panel a[href$='/reviews/new']"));
		assertThat(heading(this.city)).isEqualTo(text("review.request.title", "광주 " + suffix));
		type(this.city, By.id("scope"), "수송 및 건물 부문");
		type(this.city, By.id("languages"), "한국어, 영어");
		type(this.city, By.id("period"), "2027년 봄");
		submit(this.city, By.cssSelector("main form button[type=submit]"));
		waitForPath(this.city, "/reviews/");
		var reviewPath = path(this.city);
		assertThat(this.city.findElement(By.cssSelector(".review-status")).getText())
			.isEqualTo(text("ReviewStatus.REQUESTED"));

		// the secretariat accepts and builds the team; the declared conflict is refused
		login(this.secretariat, officer);
		open(this.secretariat, reviewPath + "?lang=ko");
		submit(this.secretariat, By.cssSelector("form.review-decision button"));
		assertThat(this.secretariat.findElement(By.cssSelector(".review-status")).getText())
			.isEqualTo(text("ReviewStatus.IN_REVIEW"));
		type(this.secretariat, By.id("member-email"), conflicted.email());
		click(this.secretariat, By.id("member-conflict"));
		submit(this.secretariat, By.cssSelector("form.review-member button"));
		assertThat(this.secretariat.findElement(By.id("member-error")).getText())
			.isEqualTo(text("review.error.declaredConflict"));
		type(this.secretariat, By.id("member-email"), lead.email());
		click(this.secretariat, By.id("member-lead"));
		submit(this.secretariat, By.cssSelector("form.review-member button"));
		type(this.secretariat, By.id("member-email"), peer.email());
		submit(this.secretariat, By.cssSelector("form.review-member button"));
		assertThat(this.secretariat.findElements(By.cssSelector(".review-team li"))).hasSize(2);

		// the reviewers accept by their mail links and score; the lead recommends
		var id = reviewPath.substring("/reviews/".length());
		var leadSession = session(lead);
		var peerSession = session(peer);
		assertThat(leadSession.post(reviewPath + "/invitation", "answer", "accept").status()).isEqualTo(302);
		assertThat(peerSession.post(reviewPath + "/invitation", "answer", "accept").status()).isEqualTo(302);
		assertThat(peerSession
			.post(reviewPath + "/assessments", "criterion", "3", "score", "3", "finding", "버스 전기화 계획이 있음",
					"privateNote", "비공개 메모")
			.status()).isEqualTo(302);
		assertThat(leadSession
			.post(reviewPath + "/recommendations", "criterion", "3", "sector", "수송", "priority", "HIGH", "timeline",
					"2028년까지", "text", "버스 전기화 목표를 연도별로 정하십시오")
			.status()).isEqualTo(302);

		// the secretariat sends the draft; the city answers in Korean
		open(this.secretariat, reviewPath);
		((JavascriptExecutor) this.secretariat).executeScript("arguments[0].value = '2999-12-31'",
				this.secretariat.findElement(By.id("deadline")));
		submit(this.secretariat, By.cssSelector("form.review-reply-stage button"));
		open(this.city, reviewPath);
		assertThat(this.city.findElement(By.tagName("main")).getText()).contains("버스 전기화 목표를 연도별로 정하십시오")
			.doesNotContain("비공개 메모");
		new Select(this.city.findElement(By.cssSelector("form.review-reply-form select"))).selectByValue("PARTLY");
		type(this.city, By.cssSelector("form.review-reply-form textarea"), "2030년까지 단계적으로 추진");
		submit(this.city, By.cssSelector("form.review-reply-form button"));

		// publication: everyone finds it in the list
		open(this.secretariat, reviewPath);
		submit(this.secretariat, By.cssSelector("form.review-publish button"));
		assertThat(this.secretariat.findElement(By.cssSelector(".review-status")).getText())
			.isEqualTo(text("ReviewStatus.PUBLISHED"));
		var visitor = new WebSession(this.port).acceptLanguage("ko");
		assertThat(visitor.get("/reviews").html().select("a[href=" + reviewPath + "]")).hasSize(1);
		assertThat(visitor.get(reviewPath).body()).contains("2030년까지 단계적으로 추진").doesNotContain("비공개 메모");

		// the report reaches the hub just after the publication, in reaction to
		// ReviewPublished
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !visitor.get(reviewPath).html().select("a.review-publication").isEmpty());

		// the report is a publication of the knowledge hub, in Korean (the first language
		// asked for): a reader finds it by search and goes from it to the review and back
		var reader = org.lccp.support.Browsers.chromium("ko-KR");
		try {
			open(reader, "/search?lang=ko");
			type(reader, By.id("q"), "광주 " + suffix);
			submit(reader, By.cssSelector("form.search-box button[type=submit]"));
			var hit = reader.findElement(By.cssSelector("main h2 a[href^='/publications/']"));
			assertThat(hit.getText()).isEqualTo(text("review.page.title", "광주 " + suffix));
			click(reader, By.cssSelector("main h2 a[href^='/publications/']"));
			waitForPath(reader, "/publications/");
			var publicationPath = path(reader);
			assertThat(reader.findElement(By.tagName("main")).getText()).contains("버스 전기화 목표를 연도별로 정하십시오");
			click(reader, By.cssSelector("main a[href='" + reviewPath + "']"));
			waitForPath(reader, reviewPath);
			assertThat(reader.findElement(By.cssSelector("a.review-publication")).getAttribute("href"))
				.endsWith(publicationPath);
			open(reader, "/cities/" + cityId);
			assertThat(reader.findElement(By.cssSelector("a.review-panel-publication")).getAttribute("href"))
				.endsWith(publicationPath);
			assertThat(visitor.download(publicationPath + "/file").status()).isEqualTo(200);
		}
		finally {
			reader.quit();
		}

		// a year later the city marks the recommendation implemented
		open(this.city, reviewPath);
		new Select(this.city.findElement(By.cssSelector("form.follow-up-form select"))).selectByValue("IMPLEMENTED");
		submit(this.city, By.cssSelector("form.follow-up-form button"));
		assertThat(this.city.findElement(By.cssSelector(".follow-up-status")).getText())
			.isEqualTo(text("FollowUpStatus.IMPLEMENTED"));
		assertThat(this.city.findElements(By.cssSelector(".follow-up-history li"))).hasSize(1);
		assertThat(this.db
			.sql("select count(*) from review_follow_up f join review_recommendation r"
					+ " on r.id = f.recommendation_id where r.review_id = :id::uuid")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private WebSession session(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, KOREAN);
	}

	private void login(WebDriver driver, TestAccount account) {
		open(driver, "/login?lang=ko");
		type(driver, By.id("username"), account.email());
		type(driver, By.id("password"), account.password());
		submit(driver, By.cssSelector("main form button[type=submit]"));
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> !path(d).startsWith("/login"));
	}

	private void open(WebDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static String heading(WebDriver driver) {
		return driver.findElement(By.cssSelector("main h1")).getText();
	}

	private static String path(WebDriver driver) {
		return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
	}

	private static void waitForPath(WebDriver driver, String path) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> path(d).startsWith(path));
	}

}
