package org.lccp.membership;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.shared.i18n.Language;
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
 * Member-State nominations over HTTP: the secretariat appoints a national focal point for
 * a country, the focal point nominates institutions of that country only, the nomination
 * waits in the ordinary queue marked with the country, and duplicates are refused with
 * nothing stored.
 */
@LccpTest
class NominationsWebTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MembershipProperties properties;

	TestAccounts accounts;

	WebSession secretariat;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.accountManagement);
		var officer = this.accounts.create("Nominations officer", Role.SECRETARIAT);
		this.secretariat = signedIn(officer);
	}

	WebSession signedIn(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	/** An account appointed through the secretariat's page, then signed in. */
	WebSession focalPoint(String country) {
		var account = this.accounts.create("Focal point " + country);
		var appointed = this.secretariat.post("/admin/membership/focal-points", "email", account.email(), "country",
				country);
		assertThat(appointed.status()).as("appointment answer").isEqualTo(302);
		return signedIn(account);
	}

	static String[] nomination(String name, String type, String city) {
		return new String[] { "nameOriginal", name + " (original)", "nameEnglish", name, "type", type, "city", city,
				"website", "https://nominee.example.org", "contactName", "Bat-Erdene Dorj", "contactPosition",
				"Director", "contactEmail", "director@nominee.example.org", "contactPhone", "+976 11 123456", "reason",
				"Runs the aimag's district heating efficiency programme.",
				// A focal point cannot choose another country: this field is not read.
				"country", "KR" };
	}

	long applicationsNamed(String name) {
		return this.jdbc.queryForObject("select count(*) from membership_application where name_english = ?",
				Long.class, name);
	}

	@Test
	void focalPointNominatesAnInstitutionOfItsCountryWhichTheSecretariatSeesMarkedAndAccepts() {
		var mongolia = focalPoint("MN");
		var form = mongolia.get("/membership/nominate");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.mainText()).contains("Mongolia");
		assertThat(form.html().select("select#country")).as("no country choice").isEmpty();

		var name = ApplicationFields.uniqueName("Tsetserleg Heating Agency");
		var sent = mongolia.post("/membership/nominate", nomination(name, "LOCAL_GOVERNMENT", "Tsetserleg"));
		assertThat(sent.status()).isEqualTo(302);
		var id = ApplicationFields.idFrom(sent.location());

		var stored = this.jdbc.queryForMap(
				"select country, nominated_by_country, state, nomination_reason from membership_application where id = ?",
				id);
		assertThat(stored).containsEntry("country", "MN")
			.containsEntry("nominated_by_country", "MN")
			.containsEntry("state", "SUBMITTED")
			.containsEntry("nomination_reason", "Runs the aimag's district heating efficiency programme.");

		// The focal point follows it among its applications.
		var own = mongolia.get("/membership/applications/" + id);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.html().select(".callout .nominated").text()).isEqualTo("Nominated by Mongolia");

		// The queue marks it, and the filter finds it by country.
		var queue = this.secretariat.get("/admin/membership?nominated=MN");
		var row = queue.html().select("main tbody tr:has(a[href=/admin/membership/" + id + "])");
		assertThat(row).hasSize(1);
		assertThat(row.select(".nominated").text()).isEqualTo("Nominated by Mongolia");
		assertThat(this.secretariat.get("/admin/membership?nominated=KR")
			.html()
			.select("a[href=/admin/membership/" + id + "]")).isEmpty();
		assertThat(this.secretariat.get("/admin/membership?nominated=*")
			.html()
			.select("a[href=/admin/membership/" + id + "]")).hasSize(1);
		var review = this.secretariat.get("/admin/membership/" + id);
		assertThat(review.html().select(".callout .nominated").text()).isEqualTo("Nominated by Mongolia");
		assertThat(review.mainText()).contains("Runs the aimag's district heating efficiency programme.");
		assertThat(auditActions(id)).contains("NOMINATED");

		// The secretariat decides as for any application.
		assertThat(this.secretariat
			.post("/admin/membership/" + id + "/accept", "withChecklist", "true", "eligibleType", "true", "lccActivity",
					"true", "contactVerified", "true", "notDuplicate", "true")
			.status()).isEqualTo(302);
		var institution = this.jdbc.queryForMap("select country, city, type from institution where name_english = ?",
				name);
		assertThat(institution).containsEntry("country", "MN")
			.containsEntry("city", "Tsetserleg")
			.containsEntry("type", "LOCAL_GOVERNMENT");
		assertThat(auditActions(id)).contains("NOMINATED", "ACCEPTED");
		// The focal point speaks for its country, not for the institution.
		var focalAccount = this.jdbc.queryForObject("select applicant_id from membership_application where id = ?",
				UUID.class, id);
		assertThat(this.accountManagement.find(focalAccount).roles()).containsExactly(Role.NATIONAL_FOCAL_POINT);
	}

	@Test
	void nominationOfAMemberOrOfAnInstitutionWithAnOpenApplicationIsRefusedOnTheNameFieldAndNothingIsStored() {
		var mongolia = focalPoint("MN");
		var name = ApplicationFields.uniqueName("Arkhangai Energy Office");
		assertThat(mongolia.post("/membership/nominate", nomination(name, "NATIONAL_GOVERNMENT", "")).status())
			.isEqualTo(302);

		// Still open: a second nomination (spelled differently) is refused.
		var again = mongolia.post("/membership/nominate",
				nomination("  " + name.toUpperCase() + " ", "NATIONAL_GOVERNMENT", ""));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html().select("#nameEnglish-error").text())
			.isEqualTo("This institution already has an open membership application (same name and country); "
					+ "the secretariat is deciding on it.");
		assertThat(again.html().select("#nameEnglish").attr("aria-invalid")).isEqualTo("true");
		assertThat(applicationsNamed(name)).isEqualTo(1);
		assertThat(applicationsNamed(name.toUpperCase())).isZero();

		// Once a member, a nomination is refused as such.
		var id = this.jdbc.queryForObject("select id from membership_application where name_english = ?", UUID.class,
				name);
		this.secretariat.post("/admin/membership/" + id + "/accept", "withChecklist", "true", "eligibleType", "true",
				"lccActivity", "true", "contactVerified", "true", "notDuplicate", "true");
		var member = mongolia.post("/membership/nominate", nomination(name, "NON_PROFIT", ""));
		assertThat(member.status()).isEqualTo(200);
		assertThat(member.html().select("#nameEnglish-error").text()).isEqualTo(
				"This institution is already a member of the platform (same name and country); it cannot be nominated.");
		assertThat(applicationsNamed(name)).isEqualTo(1);

		// The same name in another country is another institution: Korea's focal point
		// may
		// nominate it.
		var korea = focalPoint("KR");
		assertThat(korea.post("/membership/nominate", nomination(name, "NON_PROFIT", "")).status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from membership_application where name_english = ? and country = 'KR' and nominated_by_country = 'KR'",
				Long.class, name))
			.isEqualTo(1);
	}

	@Test
	void anApplicationInTheQueueBlocksANominationOfTheSameInstitution() {
		var applicant = signedIn(this.accounts.create("Self applicant"));
		var name = ApplicationFields.uniqueName("Darkhan Climate Centre");
		assertThat(applicant.post("/membership/apply", ApplicationFields.complete(name).set("country", "MN").toArray())
			.status()).isEqualTo(302);
		var refused = focalPoint("MN").post("/membership/nominate", nomination(name, "NON_PROFIT", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#nameEnglish-error").text()).startsWith("This institution already has");
		assertThat(applicationsNamed(name)).isEqualTo(1);
	}

	@Test
	void onlyAppointedNationalFocalPointsNominateAndBadFieldsAreRefused() {
		var member = signedIn(this.accounts.create("Plain member", Role.MEMBER));
		var name = ApplicationFields.uniqueName("Unauthorised Nominee");
		assertThat(member.get("/membership/nominate").status()).isEqualTo(403);
		assertThat(member.post("/membership/nominate", nomination(name, "NON_PROFIT", "")).status()).isEqualTo(403);
		assertThat(new WebSession(this.port).get("/membership/nominate").status()).isIn(302, 401);

		// The role without an appointed country: told so, nothing stored.
		var unappointed = signedIn(this.accounts.create("Role only", Role.NATIONAL_FOCAL_POINT));
		var page = unappointed.post("/membership/nominate", nomination(name, "NON_PROFIT", ""));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".alert").text()).contains("No country is recorded");
		assertThat(applicationsNamed(name)).isZero();

		// Withdrawn focal points lose the form.
		var account = this.accounts.create("Withdrawn focal point");
		this.secretariat.post("/admin/membership/focal-points", "email", account.email(), "country", "RU");
		assertThat(this.secretariat.get("/admin/membership/focal-points").mainText()).contains(account.email());
		this.secretariat.post("/admin/membership/focal-points/" + account.id() + "/withdraw");
		assertThat(signedIn(account).post("/membership/nominate", nomination(name, "NON_PROFIT", "")).status())
			.isEqualTo(403);

		// Bad fields: an international organisation is not a Member State's to nominate;
		// a
		// local government needs its city; the reason is required.
		var russia = focalPoint("RU");
		var bad = russia.post("/membership/nominate", nomination(name, "INTERNATIONAL_ORGANISATION", ""));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.html().select("#type-error").text()).isNotBlank();
		var noCity = russia.post("/membership/nominate", nomination(name, "LOCAL_GOVERNMENT", ""));
		assertThat(noCity.html().select("#city-error").text()).isNotBlank();
		var fields = nomination(name, "NON_PROFIT", "");
		fields[19] = " ";
		assertThat(fields[18]).isEqualTo("reason");
		assertThat(russia.post("/membership/nominate", fields).html().select("#reason-error").text()).isNotBlank();
		assertThat(applicationsNamed(name)).isZero();

		// Appointing needs an existing account and a Member State.
		var wrong = this.secretariat.post("/admin/membership/focal-points", "email", "nobody@nowhere.example",
				"country", "FR");
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.html().select("#email-error").text()).isNotBlank();
		assertThat(wrong.html().select("#country-error").text()).isNotBlank();
	}

	@Test
	void mailsAboutANominationNameTheNominatingFocalPointAndItsCountryInTheReadersLanguage() {
		var outbox = new Outbox(this.jdbc);
		var account = this.accounts.create("Focal point Mongolia", Language.RU);
		appoint(account, "MN");
		var mongolia = signedIn(account);
		var name = ApplicationFields.uniqueName("Khovd Energy Office");
		var id = ApplicationFields
			.idFrom(mongolia.post("/membership/nominate", nomination(name, "NATIONAL_GOVERNMENT", "")).location());

		// The secretariat learns who nominated it and for which Member State.
		var nominated = mailAbout(outbox, this.properties.secretariatEmail(), name);
		assertThat(nominated.subject()).isEqualTo("New nomination by Mongolia: " + name);
		assertThat(nominated.body()).startsWith("Focal point Mongolia (" + account.email()
				+ "), national focal point of Mongolia, nominated " + name + " for membership;");

		// The focal point reads about its nomination, in its own language (Russian).
		this.secretariat.post("/admin/membership/" + id + "/request-info", "text", "Which districts does it serve?");
		var moreInfo = outbox.latestTo(account.email());
		assertThat(moreInfo.subject()).isEqualTo("По вашему выдвижению требуется дополнительная информация: " + name);
		assertThat(moreInfo.body()).contains("об организации " + name
				+ ", которую вы выдвинули в члены платформы как национальный координатор (Монголия)");

		// Its answer goes back to the secretariat as the focal point's.
		mongolia.post("/membership/applications/" + id + "/messages", "body", "All nine districts of Khovd.");
		assertThat(outbox.latestTo(account.email()).subject()).isEqualTo("Выдвижение снова на рассмотрении: " + name);
		var answered = mailAbout(outbox, this.properties.secretariatEmail(), name);
		assertThat(answered.subject()).isEqualTo("Nomination answered by Mongolia: " + name);
		assertThat(answered.body()).contains("national focal point of Mongolia, has answered about the nomination");

		// The decision tells the focal point that its nomination became a member, and
		// does not promise it member rights it does not get.
		this.secretariat.post("/admin/membership/" + id + "/accept", "withChecklist", "true", "eligibleType", "true",
				"lccActivity", "true", "contactVerified", "true", "notDuplicate", "true");
		var accepted = outbox.latestTo(account.email());
		assertThat(accepted.subject()).isEqualTo("Выдвижение одобрено: " + name);
		assertThat(accepted.body()).contains("которую вы выдвинули как национальный координатор (Монголия)")
			.contains("/members/")
			.doesNotContain("права участника");

		// An ordinary application keeps its own wording.
		var applicant = this.accounts.create("Self applicant");
		var own = ApplicationFields.uniqueName("Khovd Climate Club");
		signedIn(applicant).post("/membership/apply", ApplicationFields.complete(own).set("country", "MN").toArray());
		var ordinary = mailAbout(outbox, this.properties.secretariatEmail(), own);
		assertThat(ordinary.subject()).isEqualTo("New membership application: " + own);
		assertThat(ordinary.body()).doesNotContain("focal point");
	}

	@Test
	void aRejectedNominationIsExplainedToTheFocalPointAsItsNomination() {
		var outbox = new Outbox(this.jdbc);
		var account = this.accounts.create("Focal point Korea");
		appoint(account, "KR");
		var name = ApplicationFields.uniqueName("Gangneung Green Office");
		var id = ApplicationFields
			.idFrom(signedIn(account).post("/membership/nominate", nomination(name, "NON_PROFIT", "")).location());
		this.secretariat.post("/admin/membership/" + id + "/reject", "text", "It has no low-carbon city work yet.");
		var rejected = outbox.latestTo(account.email());
		assertThat(rejected.subject()).isEqualTo("Your nomination: " + name);
		assertThat(rejected.body())
			.contains("Thank you for nominating " + name + " as national focal point of South Korea.")
			.contains("It has no low-carbon city work yet.");
	}

	void appoint(TestAccount account, String country) {
		assertThat(this.secretariat.post("/admin/membership/focal-points", "email", account.email(), "country", country)
			.status()).isEqualTo(302);
	}

	static Outbox.Mail mailAbout(Outbox outbox, String recipient, String name) {
		var mails = outbox.to(recipient).stream().filter((m) -> m.subject().endsWith(name)).toList();
		assertThat(mails).as("mails to %s about %s", recipient, name).isNotEmpty();
		return mails.get(mails.size() - 1);
	}

	@Test
	void aNominationIsRefusedWhenItsChineseNameMeetsAnOpenNominationUnderAnotherEnglishName() {
		var china = focalPoint("CN");
		var suffix = ApplicationFields.uniqueName("").strip();
		var first = nominationNamed("Beijing Municipal Ecology and Environment Bureau " + suffix, "北京市生态环境局" + suffix);
		assertThat(china.post("/membership/nominate", first).status()).isEqualTo(302);

		// Another English rendering, the Chinese name with a space and full-width
		// letters.
		var again = nominationNamed("Beijing Environment Office " + suffix, "北京市 生态环境局" + toFullWidth(suffix));
		var refused = china.post("/membership/nominate", again);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#nameOriginal-error").text()).startsWith("This institution already has");
		assertThat(applicationsNamed("Beijing Environment Office " + suffix)).isZero();
	}

	@Test
	void aNominationIsRefusedWhenItsRussianNameMeetsAMemberAndTheSecretariatSeesTheDuplicate() {
		var russia = focalPoint("RU");
		var suffix = ApplicationFields.uniqueName("").strip();
		var member = nominationNamed("Irkutsk City Administration " + suffix,
				"Администрация города Иркутска " + suffix);
		var id = ApplicationFields.idFrom(russia.post("/membership/nominate", member).location());
		this.secretariat.post("/admin/membership/" + id + "/accept", "withChecklist", "true", "eligibleType", "true",
				"lccActivity", "true", "contactVerified", "true", "notDuplicate", "true");

		var again = nominationNamed("Administration of Irkutsk " + suffix,
				"АДМИНИСТРАЦИЯ города  Иркутска, " + suffix.toUpperCase());
		var refused = russia.post("/membership/nominate", again);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select("#nameOriginal-error").text())
			.startsWith("This institution is already a member");
		assertThat(applicationsNamed("Administration of Irkutsk " + suffix)).isZero();

		// An application (not refused, as applicants may not know) under the same Russian
		// name shows the member as a possible duplicate to the secretariat.
		var applicant = signedIn(this.accounts.create("Irkutsk applicant"));
		var applied = ApplicationFields.complete("Irkutsk Mayor's Office " + suffix)
			.set("country", "RU")
			.set("nameOriginal", "администрация города иркутска " + suffix);
		var applicationId = ApplicationFields.idFrom(applicant.post("/membership/apply", applied.toArray()).location());
		assertThat(this.secretariat.get("/admin/membership/" + applicationId).mainText())
			.contains("Irkutsk City Administration " + suffix);
	}

	/** A national body's nomination under its English and its own name. */
	static String[] nominationNamed(String english, String original) {
		var fields = nomination(english, "NATIONAL_GOVERNMENT", "");
		fields[1] = original;
		return fields;
	}

	static String toFullWidth(String text) {
		var wide = new StringBuilder();
		text.codePoints().forEach((c) -> wide.appendCodePoint((c >= '!' && c <= '~') ? c - '!' + '！' : c));
		return wide.toString();
	}

	java.util.List<String> auditActions(UUID id) {
		return this.auditLog.search(new AuditLog.Filter("", "MembershipApplication", id.toString(), "", null, null), 0)
			.getContent()
			.stream()
			.map(AuditLog.Entry::action)
			.toList();
	}

}
