package org.lccp.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
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
 * The membership workflow through the pages, as applicants, the secretariat and visitors
 * use it.
 */
@LccpTest
class MembershipWorkflowTest {

	private static final Pattern MEMBER_LINK = Pattern.compile("/members/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MembershipManagement membership;

	@Autowired
	MembershipProperties properties;

	Outbox outbox;

	TestAccounts accounts;

	TestAccount officer;

	WebSession secretariat;

	@BeforeEach
	void setUp() {
		this.outbox = new Outbox(this.jdbc);
		this.accounts = new TestAccounts(this.accountManagement);
		this.officer = this.accounts.create("Secretariat officer", Role.SECRETARIAT);
		this.secretariat = signedIn(this.officer);
	}

	WebSession visitor() {
		return new WebSession(this.port);
	}

	WebSession signedIn(TestAccount account) {
		return visitor().login(account.email(), account.password());
	}

	UUID apply(WebSession web, ApplicationFields fields) {
		var answer = web.post("/membership/apply", fields.toArray());
		assertThat(answer.status()).as("answer to the application form").isEqualTo(302);
		return ApplicationFields.idFrom(answer.location());
	}

	static String state(WebSession web, String page) {
		var answer = web.get(page);
		assertThat(answer.status()).isEqualTo(200);
		return answer.html().select(".state-line .state").text();
	}

	static String applicantState(WebSession web, UUID application) {
		return state(web, "/membership/applications/" + application);
	}

	String reviewState(UUID application) {
		return state(this.secretariat, "/admin/membership/" + application);
	}

	/** The name under which the open-applications queue lists an application. */
	String queueEntry(UUID application) {
		for (int page = 0; page < 100; page++) {
			var queue = this.secretariat.get("/admin/membership?page=" + page);
			assertThat(queue.status()).isEqualTo(200);
			var rows = queue.html().select("main tbody tr");
			var link = rows.select("a[href=\"/admin/membership/" + application + "\"]");
			if (!link.isEmpty()) {
				return link.text();
			}
			if (rows.isEmpty() || queue.html().select("a[rel=next]").isEmpty()) {
				break;
			}
		}
		return null;
	}

	void completeChecklist(UUID application) {
		var saved = this.secretariat.post("/admin/membership/" + application + "/checklist", "eligibleType", "true",
				"lccActivity", "true", "contactVerified", "true", "notDuplicate", "true");
		assertThat(saved.status()).isEqualTo(302);
	}

	UUID accept(UUID application) {
		completeChecklist(application);
		return acceptWithChecklistDone(application);
	}

	UUID acceptWithChecklistDone(UUID application) {
		var accepted = this.secretariat.post("/admin/membership/" + application + "/accept");
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(accepted.location()).endsWith("/admin/membership/" + application);
		return institutionOf(application);
	}

	UUID institutionOf(UUID application) {
		var review = this.secretariat.get("/admin/membership/" + application).html();
		var link = review.selectFirst("main a[href^=/members/]");
		assertThat(link).as("link to the member profile").isNotNull();
		var matcher = MEMBER_LINK.matcher(link.attr("href"));
		assertThat(matcher.find()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	List<String> subjectsTo(String recipient, String about) {
		return this.outbox.to(recipient)
			.stream()
			.filter((mail) -> mail.subject().contains(about))
			.map(Outbox.Mail::subject)
			.toList();
	}

	List<String> auditActions(String recordType, UUID id) {
		var newestFirst = this.auditLog.search(new AuditLog.Filter("", recordType, id.toString(), "", null, null), 0)
			.getContent()
			.stream()
			.map(AuditLog.Entry::action)
			.collect(Collectors.toCollection(ArrayList::new));
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	static List<String> directoryNames(Document page) {
		return page.select("#member-results .member-list li strong").eachText();
	}

	List<String> directoryNames(String query) {
		var page = visitor().get("/members" + query);
		assertThat(page.status()).isEqualTo(200);
		return directoryNames(page.html());
	}

	@Test
	void cityAppliesAnswersTheSecretariatsQuestionAndBecomesAMemberWithFocalPointRights() {
		var applicant = this.accounts.create("Applicant city");
		var web = signedIn(applicant);
		var name = ApplicationFields.uniqueName("Chuncheon City");
		var id = apply(web, ApplicationFields.city(name, "KR", "Chuncheon"));

		// The applicant sees the application as submitted; the secretariat has it in the
		// queue.
		var page = web.get("/membership/applications/" + id);
		assertThat(page.html().select(".notice").text()).isNotBlank();
		assertThat(page.html().select("h1").text()).isEqualTo(name);
		assertThat(page.html().select(".state-line .state").text()).isEqualTo("Submitted");
		assertThat(web.get("/membership/applications").mainText()).contains(name);
		assertThat(subjectsTo(applicant.email(), name)).containsExactly("Application received: " + name);
		assertThat(subjectsTo(this.properties.secretariatEmail(), name))
			.containsExactly("New membership application: " + name);
		assertThat(this.outbox.latestTo(applicant.email()).status()).isEqualTo("HELD");
		assertThat(this.outbox.latestTo(applicant.email()).linkPath()).isEqualTo("/membership/applications/" + id);

		assertThat(queueEntry(id)).isEqualTo(name);

		// The checklist is saved as ticked.
		completeChecklist(id);
		var review = this.secretariat.get("/admin/membership/" + id).html();
		assertThat(review.select("input[name=eligibleType]").hasAttr("checked")).isTrue();
		assertThat(review.select("input[name=notDuplicate]").hasAttr("checked")).isTrue();
		assertThat(review.select(".notice").text()).isNotBlank();

		// Asking for more information needs a text.
		var empty = this.secretariat.post("/admin/membership/" + id + "/request-info", "text", "  ");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.html().select("form[action$=/request-info] #moreInfoText-error").text()).isNotBlank();
		assertThat(reviewState(id)).isEqualTo("Submitted");

		var question = "Which department will act as focal point for the platform?";
		var asked = this.secretariat.post("/admin/membership/" + id + "/request-info", "text", question);
		assertThat(asked.status()).isEqualTo(302);
		assertThat(reviewState(id)).isEqualTo("More information requested");
		var waiting = web.get("/membership/applications/" + id);
		assertThat(waiting.html().select(".state-line .state").text()).isEqualTo("More information requested");
		assertThat(waiting.html().select("#thread .from-secretariat").text()).contains(question);
		assertThat(this.outbox.latestTo(applicant.email()).subject()).isEqualTo("More information needed: " + name);

		// The applicant answers in the thread, which resubmits the application.
		var answer = "The Climate and Environment Bureau, led by Ms Choi.";
		var replied = web.post("/membership/applications/" + id + "/messages", "body", answer);
		assertThat(replied.status()).isEqualTo(302);
		assertThat(applicantState(web, id)).isEqualTo("Submitted");
		assertThat(this.secretariat.get("/admin/membership/" + id).html().select("#thread .from-applicant").text())
			.contains(answer);
		assertThat(subjectsTo(this.properties.secretariatEmail(), name))
			.containsExactly("New membership application: " + name, "Application resubmitted: " + name);

		// Accepted: the account becomes member and city focal point.
		var institution = acceptWithChecklistDone(id);
		assertThat(reviewState(id)).isEqualTo("Accepted");
		assertThat(queueEntry(id)).as("no longer in the open queue").isNull();
		var account = this.accountManagement.find(applicant.id());
		assertThat(account.roles()).contains(Role.MEMBER, Role.CITY_FOCAL_POINT);
		assertThat(account.affiliation()).isEqualTo(name);
		var profile = web.get("/profile");
		assertThat(profile.html().select(".tag.role").eachText()).contains("Member", "City focal point");
		assertThat(applicantState(web, id)).isEqualTo("Accepted");

		// The applicant got a mail at every step, the last one with the public profile.
		assertThat(subjectsTo(applicant.email(), name)).containsExactly("Application received: " + name,
				"More information needed: " + name, "Application received: " + name,
				"Welcome to the platform: " + name);
		assertThat(this.outbox.latestTo(applicant.email()).body()).contains("/members/" + institution);

		// The institution is in the public directory and has a public profile.
		assertThat(directoryNames("?country=KR&type=LOCAL_GOVERNMENT")).contains(name);
		var publicProfile = visitor().get("/members/" + institution);
		assertThat(publicProfile.status()).isEqualTo(200);
		assertThat(publicProfile.html().select("h1").text()).isEqualTo(name);
		assertThat(publicProfile.html().select(".original-name").text()).isEqualTo("연구원 " + name);
		assertThat(publicProfile.mainText()).contains("Local government", "Chuncheon", "Studies city energy plans");

		// Every change is in the audit log, with who made it.
		assertThat(auditActions("MembershipApplication", id)).containsExactly("CREATED", "SUBMITTED",
				"CHECKLIST_UPDATED", "MORE_INFO_REQUESTED", "APPLICANT_MESSAGE", "SUBMITTED", "ACCEPTED");
		var entries = this.auditLog
			.search(new AuditLog.Filter("", "MembershipApplication", id.toString(), "", null, null), 0)
			.getContent();
		assertThat(entries).filteredOn((e) -> e.action().equals("ACCEPTED"))
			.singleElement()
			.extracting(AuditLog.Entry::actorEmail)
			.isEqualTo(this.officer.email());
		assertThat(entries).filteredOn((e) -> e.action().equals("CREATED"))
			.singleElement()
			.extracting(AuditLog.Entry::actorEmail)
			.isEqualTo(applicant.email());
		assertThat(auditActions("Institution", institution)).containsExactly("CREATED");
		assertThat(auditActions("Account", applicant.id())).contains("ROLE_GRANTED", "AFFILIATION_SET");
		var auditPage = this.secretariat.get("/admin/audit?recordType=MembershipApplication&recordId=" + id);
		assertThat(auditPage.status()).isEqualTo(200);
		assertThat(auditPage.mainText()).contains("7 entries");
		assertThat(auditPage.html().select("main tbody tr")).hasSize(7);
		assertThat(auditPage.mainText()).contains("MORE_INFO_REQUESTED", question, this.officer.email());
	}

	@Test
	void acceptingAnInstitutionThatIsNotALocalGovernmentGrantsMemberOnly() {
		var applicant = this.accounts.create("Applicant institute");
		var web = signedIn(applicant);
		var name = ApplicationFields.uniqueName("Institute of Urban Energy");
		var id = apply(web, ApplicationFields.complete(name));
		var institution = accept(id);

		var roles = this.accountManagement.find(applicant.id()).roles();
		assertThat(roles).contains(Role.MEMBER).doesNotContain(Role.CITY_FOCAL_POINT);
		assertThat(visitor().get("/members/" + institution).html().select("h1").text()).isEqualTo(name);
	}

	@Test
	void secretariatTicksTheChecklistAndAcceptsInOneSubmit() {
		var applicant = this.accounts.create("Applicant in one go");
		var id = apply(signedIn(applicant), ApplicationFields.complete(ApplicationFields.uniqueName("Ulsan Agency")));
		var review = this.secretariat.get("/admin/membership/" + id).html();
		var form = review.selectFirst("button[formaction$=/accept]").closest("form");
		assertThat(form.select("input[type=checkbox]")).hasSize(4);

		var accepted = this.secretariat.post("/admin/membership/" + id + "/accept", "withChecklist", "true",
				"eligibleType", "true", "lccActivity", "true", "contactVerified", "true", "notDuplicate", "true");
		assertThat(accepted.status()).isEqualTo(302);
		assertThat(this.accountManagement.find(applicant.id()).roles()).contains(Role.MEMBER);
	}

	@Test
	void secretariatCannotAcceptBeforeTheChecklistIsComplete() {
		var applicant = this.accounts.create("Applicant hasty");
		var name = ApplicationFields.uniqueName("Busan Climate Agency");
		var id = apply(signedIn(applicant), ApplicationFields.complete(name));

		var partial = this.secretariat.post("/admin/membership/" + id + "/checklist", "eligibleType", "true",
				"lccActivity", "true", "contactVerified", "true");
		assertThat(partial.status()).isEqualTo(302);
		var review = this.secretariat.get("/admin/membership/" + id).html();
		assertThat(review.select("button[formaction$=/accept]")).isNotEmpty();

		var incomplete = this.secretariat.post("/admin/membership/" + id + "/accept", "withChecklist", "true",
				"eligibleType", "true");
		assertThat(incomplete.status()).isEqualTo(302);
		assertThat(this.secretariat.follow(incomplete).html().select("main .alert").text()).contains("checklist");

		var refused = this.secretariat.post("/admin/membership/" + id + "/accept");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.mainText()).contains("checklist");
		assertThat(reviewState(id)).isEqualTo("Submitted");
		assertThat(this.accountManagement.find(applicant.id()).roles()).doesNotContain(Role.MEMBER);
		assertThat(
				this.jdbc.queryForObject("select count(*) from institution where name_english = ?", Long.class, name))
			.isZero();
		assertThat(subjectsTo(applicant.email(), "Welcome")).isEmpty();
		assertThat(auditActions("MembershipApplication", id)).doesNotContain("ACCEPTED");
	}

	@Test
	void rejectionNeedsAReasonAndMailsItToTheApplicant() {
		var applicant = this.accounts.create("Applicant declined");
		var web = signedIn(applicant);
		var name = ApplicationFields.uniqueName("Harbour Logistics Forum");
		var id = apply(web, ApplicationFields.complete(name).set("type", "NON_PROFIT"));

		var empty = this.secretariat.post("/admin/membership/" + id + "/reject", "text", "");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.html().select("form[action$=/reject] #rejectionText-error").text()).isNotBlank();
		assertThat(empty.html().select("form[action$=/request-info] #moreInfoText-error")).isEmpty();
		assertThat(reviewState(id)).isEqualTo("Submitted");
		assertThat(subjectsTo(applicant.email(), name)).containsExactly("Application received: " + name);

		var reason = "The forum represents shipping companies, which the terms of reference do not admit.";
		var rejected = this.secretariat.post("/admin/membership/" + id + "/reject", "text", reason);
		assertThat(rejected.status()).isEqualTo(302);
		assertThat(reviewState(id)).isEqualTo("Not accepted");

		var page = web.get("/membership/applications/" + id);
		assertThat(page.html().select(".state-line .state").text()).isEqualTo("Not accepted");
		assertThat(page.html().select(".alert").text()).contains(reason);
		var mail = this.outbox.latestTo(applicant.email());
		assertThat(mail.subject()).isEqualTo("Your application: " + name);
		assertThat(mail.body()).contains(reason);
		assertThat(auditActions("MembershipApplication", id)).endsWith("REJECTED");
		assertThat(this.accountManagement.find(applicant.id()).roles()).doesNotContain(Role.MEMBER);

		// A decided application takes no more answers or decisions.
		assertThat(web.post("/membership/applications/" + id + "/messages", "body", "Please reconsider.").status())
			.isEqualTo(409);
		completeChecklistRefused(id);
		assertThat(this.secretariat.post("/admin/membership/" + id + "/accept").status()).isEqualTo(409);
		assertThat(reviewState(id)).isEqualTo("Not accepted");
	}

	private void completeChecklistRefused(UUID id) {
		var answer = this.secretariat.post("/admin/membership/" + id + "/checklist", "eligibleType", "true",
				"lccActivity", "true", "contactVerified", "true", "notDuplicate", "true");
		assertThat(answer.status()).isEqualTo(409);
	}

	@Test
	void aSecondApplicationWithTheSameNormalisedNameAndCountryIsFlaggedAsALikelyDuplicate() {
		var name = ApplicationFields.uniqueName("Gangneung Climate Office");
		var first = apply(signedIn(this.accounts.create("First applicant")), ApplicationFields.complete(name));
		var second = apply(signedIn(this.accounts.create("Second applicant")),
				ApplicationFields.complete("  " + name.toUpperCase().replace(' ', '-') + "!"));
		var elsewhere = apply(signedIn(this.accounts.create("Third applicant")),
				ApplicationFields.complete(name).set("country", "JP"));

		var review = this.secretariat.get("/admin/membership/" + second).html();
		var warning = review.select("aside.callout.warning");
		assertThat(warning.text()).contains("This may be a duplicate");
		assertThat(warning.select("a").eachAttr("href")).containsExactly("/admin/membership/" + first);
		assertThat(this.secretariat.get("/admin/membership/" + first)
			.html()
			.select("aside.callout.warning a")
			.eachAttr("href")).containsExactly("/admin/membership/" + second);
		assertThat(this.secretariat.get("/admin/membership/" + elsewhere).html().select("aside.callout.warning"))
			.isEmpty();

		// Once the first is a member, the duplicate points at the member.
		var institution = accept(first);
		var afterwards = this.secretariat.get("/admin/membership/" + second).html().select("aside.callout.warning");
		assertThat(afterwards.select("a").eachAttr("href")).contains("/members/" + institution);
		assertThat(afterwards.text()).contains("Already a member");
	}

	@Test
	void anotherAccountCannotSeeOrTouchSomeoneElsesApplication() {
		var owner = this.accounts.create("Owner of application");
		var name = ApplicationFields.uniqueName("Daegu Green Growth Centre");
		var id = apply(signedIn(owner), ApplicationFields.complete(name));
		var stranger = signedIn(this.accounts.create("Curious stranger"));

		var page = stranger.get("/membership/applications/" + id);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(name);
		assertThat(stranger.get("/membership/applications/" + id + "/edit").status()).isEqualTo(404);
		assertThat(stranger.post("/membership/applications/" + id + "/messages", "body", "Hello").status())
			.isEqualTo(404);
		assertThat(stranger.post("/membership/applications/" + id, ApplicationFields.complete("Hijacked").toArray())
			.status()).isEqualTo(404);
		assertThat(stranger.get("/membership/applications").mainText()).doesNotContain(name);

		// The secretariat's pages and decisions are closed to applicants and visitors.
		assertThat(stranger.get("/admin/membership/" + id).status()).isEqualTo(403);
		assertThat(stranger.post("/admin/membership/" + id + "/accept").status()).isEqualTo(403);
		assertThat(signedIn(owner).post("/admin/membership/" + id + "/accept").status()).isEqualTo(403);
		var anonymous = visitor().get("/membership/applications/" + id);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).contains("/login");

		assertThat(reviewState(id)).isEqualTo("Submitted");
		assertThat(this.secretariat.get("/admin/membership/" + id).html().select("h1").text()).isEqualTo(name);
		assertThat(this.jdbc.queryForObject("select count(*) from application_message where application_id = ?",
				Long.class, id))
			.isZero();
	}

	@Test
	void suspensionNeedsAReasonHidesTheMemberAndReinstatementBringsItBack() {
		var name = ApplicationFields.uniqueName("Ulsan Energy Transition Lab");
		var id = apply(signedIn(this.accounts.create("Applicant to suspend")),
				ApplicationFields.complete(name).set("country", "KR").set("type", "NON_PROFIT"));
		var institution = accept(id);
		var profilePath = "/members/" + institution;
		assertThat(directoryNames("?country=KR&type=NON_PROFIT")).contains(name);

		// No reason, no suspension.
		var refused = this.secretariat.post(profilePath + "/suspend", "text", " ");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(this.secretariat.follow(refused).html().select(".alert[role=alert]").text())
			.isEqualTo("Please give a reason.");
		assertThat(visitor().get(profilePath).status()).isEqualTo(200);

		// Members other than the secretariat cannot suspend.
		var member = signedIn(this.accounts.create("Ordinary member", Role.MEMBER));
		assertThat(member.post(profilePath + "/suspend", "text", "I do not like them").status()).isEqualTo(403);

		var reason = "Contact person left; nobody answers the secretariat's mails.";
		var suspended = this.secretariat.post(profilePath + "/suspend", "text", reason);
		assertThat(suspended.status()).isEqualTo(302);
		assertThat(visitor().get(profilePath).status()).isEqualTo(404);
		assertThat(directoryNames("?country=KR&type=NON_PROFIT")).doesNotContain(name);
		var seenBySecretariat = this.secretariat.get(profilePath);
		assertThat(seenBySecretariat.status()).isEqualTo(200);
		assertThat(seenBySecretariat.html().select("main p.alert").text()).isEqualTo("Membership suspended");
		var suspension = seenBySecretariat.html().select("ol.history li").eachText();
		assertThat(suspension).hasSize(2);
		assertThat(suspension.get(1)).contains("Membership suspended", reason);

		var back = "A new contact person has been named.";
		assertThat(this.secretariat.post(profilePath + "/reinstate", "text", back).status()).isEqualTo(302);
		assertThat(visitor().get(profilePath).status()).isEqualTo(200);
		assertThat(directoryNames("?country=KR&type=NON_PROFIT")).contains(name);
		var history = this.secretariat.get(profilePath).html().select("ol.history li").eachText();
		assertThat(history).hasSize(3);
		assertThat(history.get(1)).contains(reason);
		assertThat(history.get(2)).contains("Active member", back);
		assertThat(auditActions("Institution", institution)).containsExactly("CREATED", "SUSPENDED", "REINSTATED");
	}

	@Test
	void directoryFiltersByCountryAndTypeAndCountsActiveMembersByCountryAndType() {
		var before = directoryCounts();
		var ulaanbaatar = ApplicationFields.uniqueName("Ulaanbaatar District");
		var mongolianNgo = ApplicationFields.uniqueName("Steppe Clean Air Network");
		var japaneseNgo = ApplicationFields.uniqueName("Kitakyushu Eco Network");
		var suspendedNgo = ApplicationFields.uniqueName("Osaka Suspended Network");
		register(ulaanbaatar, InstitutionType.LOCAL_GOVERNMENT, "MN", "Ulaanbaatar");
		register(mongolianNgo, InstitutionType.NON_PROFIT, "MN", "Darkhan");
		register(japaneseNgo, InstitutionType.NON_PROFIT, "JP", "Kitakyushu");
		var suspended = register(suspendedNgo, InstitutionType.NON_PROFIT, "JP", "Osaka");
		assertThat(this.secretariat.post("/members/" + suspended + "/suspend", "text", "Test of the counts").status())
			.isEqualTo(302);

		var mongolia = directoryNames("?country=MN");
		assertThat(mongolia).contains(ulaanbaatar, mongolianNgo).doesNotContain(japaneseNgo, suspendedNgo);
		var nonProfits = directoryNames("?type=NON_PROFIT");
		assertThat(nonProfits).contains(mongolianNgo, japaneseNgo).doesNotContain(ulaanbaatar, suspendedNgo);
		var mongolianNonProfits = visitor().get("/members?country=MN&type=NON_PROFIT").html();
		assertThat(directoryNames(mongolianNonProfits)).contains(mongolianNgo).doesNotContain(ulaanbaatar, japaneseNgo);
		assertThat(mongolianNonProfits.select("#country option[selected]").attr("value")).isEqualTo("MN");
		assertThat(mongolianNonProfits.select("#type option[selected]").attr("value")).isEqualTo("NON_PROFIT");
		// An unknown country code is ignored rather than failing.
		assertThat(visitor().get("/members?country=XX").status()).isEqualTo(200);

		var after = directoryCounts();
		assertThat(after.get("total")).isEqualTo(before.getOrDefault("total", 0L) + 3);
		assertThat(after.get("Mongolia")).isEqualTo(before.getOrDefault("Mongolia", 0L) + 2);
		assertThat(after.get("Japan")).isEqualTo(before.getOrDefault("Japan", 0L) + 1);
		assertThat(after.get("Non-profit organisation"))
			.isEqualTo(before.getOrDefault("Non-profit organisation", 0L) + 2);
		assertThat(after.get("Local government")).isEqualTo(before.getOrDefault("Local government", 0L) + 1);
		var facts = this.membership.counts();
		assertThat(facts.byCountry().get("MN")).isEqualTo(after.get("Mongolia"));
		assertThat(facts.members()).isEqualTo(after.get("total"));
	}

	private UUID register(String name, InstitutionType type, String country, String city) {
		return this.membership.registerExistingMember(
				new ApplicationDetails(name, name, type, country, city, null, "Works on clean air and heating.",
						Set.of(), Set.of(), "Contact", null, "contact@example.org", null, false, null),
				LocalDate.of(2024, 5, 1), "Registered by MembershipWorkflowTest");
	}

	/** The directory's counts as a visitor reads them, by label, with the total. */
	private Map<String, Long> directoryCounts() {
		var page = visitor().get("/members").html();
		var counts = new HashMap<String, Long>();
		for (var item : page.select(".directory-counts ul.counts li")) {
			counts.put(item.selectFirst("a").text(),
					Long.parseLong(item.selectFirst(".count").text().replace(",", "")));
		}
		var lead = page.selectFirst("main h1 + p").text();
		var total = lead.startsWith("No ") ? 0L : lead.startsWith("One ") ? 1L
				: Long.parseLong(lead.replaceAll("^([0-9,]+).*$", "$1").replace(",", ""));
		counts.put("total", total);
		return counts;
	}

}
