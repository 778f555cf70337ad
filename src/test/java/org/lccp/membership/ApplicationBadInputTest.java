package org.lccp.membership;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.Outbox;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the application form and pages do with missing, malformed and hostile input.
 */
@LccpTest
class ApplicationBadInputTest {

	private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(1)>";

	private static final String XSS_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accountManagement;

	TestAccounts accounts;

	TestAccount applicant;

	WebSession web;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.accountManagement);
		this.applicant = this.accounts.create("Careless applicant");
		this.web = signedIn(this.applicant);
	}

	WebSession signedIn(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	long storedApplications() {
		return this.jdbc.queryForObject("select count(*) from membership_application where applicant_id = ?",
				Long.class, this.applicant.id());
	}

	/** Posts the form and expects it back with errors; returns the page. */
	WebSession.Response refused(ApplicationFields fields) {
		var answer = this.web.post("/membership/apply", fields.toArray());
		assertThat(answer.status()).as("the form comes back instead of a redirect").isEqualTo(200);
		assertThat(answer.html().select("form .alert[role=alert]").text()).contains("Some fields need your attention");
		assertThat(storedApplications()).isZero();
		return answer;
	}

	static String error(WebSession.Response page, String field) {
		return page.html().select("#" + field + "-error").text();
	}

	@Test
	void missingRequiredFieldsAreReportedFieldByFieldAndNothingIsStored() {
		var page = refused(ApplicationFields.complete("unused")
			.set("nameOriginal", "")
			.set("nameEnglish", "  ")
			.set("type", "")
			.set("country", "")
			.set("activities", "")
			.set("contactName", "")
			.set("contactEmail", "")
			.without("interests"));
		for (var field : new String[] { "nameOriginal", "nameEnglish", "type", "country", "activities", "contactName",
				"contactEmail" }) {
			assertThat(error(page, field)).as(field).contains("Please fill in this field.");
			assertThat(page.html().select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
		}
		assertThat(error(page, "interests")).isEqualTo("Please choose at least one area of interest.");
		// What was typed correctly is kept.
		assertThat(page.html().select("#city").val()).isEqualTo("Sejong");
		assertThat(page.html().select("#contactPhone").val()).isEqualTo("+82 44 415 7777");
		// Optional fields have no error.
		assertThat(page.html().select("#website-error, #city-error, #contactPhone-error")).isEmpty();
	}

	@Test
	void aFormWithNoFieldsAtAllIsAnsweredWithErrorsNotAFailure() {
		var answer = this.web.post("/membership/apply");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html().select("form .alert[role=alert]").text()).contains("Some fields need your attention");
		assertThat(storedApplications()).isZero();
	}

	@Test
	void namesLongerThan300CharactersAreRefused() {
		var page = refused(ApplicationFields.complete("x".repeat(301)).set("nameOriginal", "가".repeat(301)));
		assertThat(error(page, "nameEnglish")).isEqualTo("This text is too long.");
		assertThat(error(page, "nameOriginal")).isEqualTo("This text is too long.");

		var longest = ApplicationFields.uniqueName("Institute") + " " + "y".repeat(300);
		longest = longest.substring(0, 300);
		var stored = this.web.post("/membership/apply",
				ApplicationFields.complete(longest).set("nameOriginal", "가".repeat(300)).toArray());
		assertThat(stored.status()).as("exactly 300 characters are fine").isEqualTo(302);
		assertThat(storedApplications()).isOne();
		var id = ApplicationFields.idFrom(stored.location());
		assertThat(this.web.get("/membership/applications/" + id).html().select(".state-line .state").text())
			.isEqualTo("Submitted");
		// The acknowledgement quotes the name; its subject is shortened to fit the
		// outbox.
		var subject = new Outbox(this.jdbc).latestTo(this.applicant.email()).subject();
		assertThat(subject).startsWith("Application received: " + longest.substring(0, 100)).endsWith("…");
		assertThat(subject.codePointCount(0, subject.length())).isEqualTo(300);
	}

	@Test
	void aNameWhoseComparisonKeyIsLongerThanTheNameIsStillAccepted() {
		// Compatibility normalisation turns the ligature "ﬃ" into "ffi": the
		// duplicate-check
		// key of a 300-character name can be three times as long as the name.
		var name = (ApplicationFields.uniqueName("Oﬃce") + " " + "ﬃ".repeat(300)).substring(0, 300);
		var answer = this.web.post("/membership/apply",
				ApplicationFields.complete(name).set("nameOriginal", name).toArray());
		assertThat(answer.status()).isEqualTo(302);
		var page = this.web.get(answer.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(page.html().select("h1").text()).isEqualTo(name);
	}

	@Test
	void aNameThatGrowsUnderUnicodeNormalisationIsRefusedRatherThanFailing() {
		// U+0958 is one character typed but two once composed to NFC, as names are
		// stored.
		var page = refused(ApplicationFields.complete("\u0958".repeat(200)).set("nameOriginal", "\u0958".repeat(200)));
		assertThat(error(page, "nameEnglish")).isEqualTo("This text is too long.");
		assertThat(error(page, "nameOriginal")).isEqualTo("This text is too long.");
	}

	@Test
	void uncheckedBoxesArriveOnlyAsMarkersAsFromABrowser() {
		// A browser sends nothing for an unticked box, only the hidden "_" marker.
		var answer = this.web.post("/membership/apply",
				ApplicationFields.complete(ApplicationFields.uniqueName("Quiet Institute"))
					.without("offersExperts")
					.without("sectors")
					.set("_offersExperts", "on")
					.set("_sectors", "on")
					.set("_interests", "on")
					.toArray());
		assertThat(answer.status()).isEqualTo(302);
		var id = ApplicationFields.idFrom(answer.location());
		assertThat(this.jdbc.queryForObject("select offers_experts from membership_application where id = ?",
				Boolean.class, id))
			.isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from application_sector where application_id = ?",
				Long.class, id))
			.isZero();
	}

	@Test
	void anUnknownTypeOrAreaIsAskedForAsOneOfTheOfferedValuesInEnglishAndMongolianAndTheTextsStay() {
		var page = refused(ApplicationFields.complete("Typed choices institute")
			.set("type", "SPACE_AGENCY")
			.set("interests", "INFORMATION_SHARING", "TIME_TRAVEL"));
		assertThat(error(page, "type")).isEqualTo("Choose one of the offered values.");
		assertThat(error(page, "interests")).isEqualTo("Choose one of the offered values.");
		assertThat(page.html().selectFirst("#nameEnglish").val()).isEqualTo("Typed choices institute");

		var mongolian = this.web.post("/membership/apply?lang=mn",
				ApplicationFields.complete("Typed choices institute").set("type", "SPACE_AGENCY").toArray());
		assertThat(mongolian.status()).isEqualTo(200);
		assertThat(error(mongolian, "type")).isEqualTo("Санал болгосон утгуудаас сонгоно уу.");
		assertThat(storedApplications()).isZero();
	}

	@Test
	void anInvalidContactEmailIsRefused() {
		var page = refused(ApplicationFields.complete("Institute").set("contactEmail", "lee.seoyeon(at)research"));
		assertThat(error(page, "contactEmail")).isEqualTo("Please enter a valid email address.");
		assertThat(page.html().select("#contactEmail").val()).isEqualTo("lee.seoyeon(at)research");
	}

	@Test
	void anUnknownCountryCodeIsRefused() {
		var page = refused(ApplicationFields.complete("Institute").set("country", "XX"));
		assertThat(error(page, "country")).isEqualTo("Please choose a country from the list.");

		var threeLetters = refused(ApplicationFields.complete("Institute").set("country", "KOR"));
		assertThat(error(threeLetters, "country")).contains("Please choose a country from the list.");
	}

	@Test
	void aCountryTypedAsAWordIsTheBindersRefusalInRussianAndAKnownCodeInLowerCaseIsRead() {
		var russian = this.web.post("/membership/apply?lang=ru",
				ApplicationFields.complete("Typed country institute").set("country", "Корея").toArray());
		assertThat(russian.status()).isEqualTo(200);
		assertThat(error(russian, "country")).isEqualTo("Выберите страну из списка.");
		assertThat(russian.html().selectFirst("#nameEnglish").val()).isEqualTo("Typed country institute");
		assertThat(storedApplications()).isZero();
	}

	@Test
	void aLocalGovernmentNeedsACity() {
		var page = refused(ApplicationFields.city("Gimhae City", "KR", ""));
		assertThat(error(page, "city")).isEqualTo("Please give the city for a local government.");

		var blank = refused(ApplicationFields.city("Gimhae City", "KR", "   "));
		assertThat(error(blank, "city")).isEqualTo("Please give the city for a local government.");

		// Other institutions may leave the city out.
		var institute = this.web.post("/membership/apply",
				ApplicationFields.complete("Gimhae Institute " + UUID.randomUUID()).set("city", "").toArray());
		assertThat(institute.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select city is null from membership_application where id = ?",
				Boolean.class, ApplicationFields.idFrom(institute.location())))
			.isTrue();
	}

	@Test
	void websitesMustBeHttpAndPhonesMustLookLikePhoneNumbers() {
		var page = refused(ApplicationFields.complete("Institute")
			.set("website", "javascript:alert(1)")
			.set("contactPhone", "call me maybe"));
		assertThat(error(page, "website")).isEqualTo("Please enter a web address starting with http:// or https://.");
		assertThat(error(page, "contactPhone")).startsWith("Please enter a telephone number");
	}

	@Test
	void markupInTheDescriptionIsShownAsTextOnEveryPage() {
		var name = ApplicationFields.uniqueName("Script Kiddie Institute");
		var answer = this.web.post("/membership/apply",
				ApplicationFields.complete(name).set("activities", "We study " + XSS + " carefully.").toArray());
		assertThat(answer.status()).isEqualTo(302);
		var id = ApplicationFields.idFrom(answer.location());

		var own = this.web.get("/membership/applications/" + id);
		assertEscaped(own);

		var officer = this.accounts.create("Secretariat reviewer", Role.SECRETARIAT);
		var secretariat = signedIn(officer);
		var review = secretariat.get("/admin/membership/" + id);
		assertEscaped(review);

		assertThat(secretariat
			.post("/admin/membership/" + id + "/checklist", "eligibleType", "true", "lccActivity", "true",
					"contactVerified", "true", "notDuplicate", "true")
			.status()).isEqualTo(302);
		assertThat(secretariat.post("/admin/membership/" + id + "/accept").status()).isEqualTo(302);
		var institution = secretariat.get("/admin/membership/" + id)
			.html()
			.selectFirst("main a[href^=/members/]")
			.attr("href");
		var profile = new WebSession(this.port).get(institution);
		assertThat(profile.status()).isEqualTo(200);
		assertEscaped(profile);
	}

	@Test
	void markupInTheNameAndInMessagesIsShownAsText() {
		var name = ApplicationFields.uniqueName("Lab") + " <svg onload=alert(2)>";
		var answer = this.web.post("/membership/apply", ApplicationFields.complete(name).toArray());
		assertThat(answer.status()).isEqualTo(302);
		var id = ApplicationFields.idFrom(answer.location());

		var secretariat = signedIn(this.accounts.create("Secretariat reader", Role.SECRETARIAT));
		assertThat(secretariat.post("/admin/membership/" + id + "/request-info", "text", "Why " + XSS + "?").status())
			.isEqualTo(302);
		var own = this.web.get("/membership/applications/" + id);
		assertThat(own.html().select("h1").text()).isEqualTo(name);
		assertThat(own.html().select("title").text()).startsWith(name);
		assertThat(own.html().select("#thread .from-secretariat p").text()).isEqualTo("Why " + XSS + "?");
		assertThat(own.body()).doesNotContain("<svg").doesNotContain("<script>alert");
		var queue = secretariat.get("/admin/membership?state=MORE_INFO_REQUESTED");
		assertThat(queue.body()).doesNotContain("<svg");
	}

	private static void assertEscaped(WebSession.Response page) {
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x").contains(XSS_ESCAPED);
		var html = page.html();
		assertThat(html.select("main script, main img")).isEmpty();
		assertThat(html.select("main .prewrap").eachText()).anySatisfy((text) -> assertThat(text).contains(XSS));
	}

}
