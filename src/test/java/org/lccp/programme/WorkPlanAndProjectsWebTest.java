package org.lccp.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work plan and the projects over real HTTP: the secretariat adds an item, links the
 * gathering that delivers it and moves its status, and the year's report shows it in its
 * plans; projects with exact budgets, the contributions ledger by member institution with
 * exact totals, offers to host; bad input refused field by field with nothing stored;
 * only the secretariat writes, anyone reads.
 */
@LccpTest
// rows written straight into other modules' tables (a review of no real city, bare
// gatherings) stay in a database of their own, where no page walk of other tests meets
// them
@org.springframework.test.context.TestPropertySource(properties = "lccp.test.database=raw-rows")
class WorkPlanAndProjectsWebTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	WebSession signedIn(Role role) {
		var account = new TestAccounts(this.accounts).create("Programme " + role, role);
		return new WebSession(this.port).login(account.email(), account.password());
	}

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static UUID idFrom(String location) {
		var path = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
		return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
	}

	@Test
	void anItemIsAddedLinkedToTheGatheringThatDeliversItAndShownInTheYearsReport() {
		var secretariat = signedIn(Role.SECRETARIAT);
		var before = count("programme_workplan_item");
		var bad = secretariat.post("/work-plan/items", "year", "twenty", "activity", "", "area", "GARDENING", "status",
				"PLANNED");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.html().select(".field-error")).hasSize(3);
		assertThat(count("programme_workplan_item")).isEqualTo(before);

		var added = secretariat.post("/work-plan/items", "year", "1998", "activity", "GHG inventory training", "area",
				"CAPACITY_BUILDING", "status", "PLANNED", "lead", "NEASPEC secretariat", "partners", "Tsetserleg",
				"budgetLine", "UN regular budget", "timeline", "Q2");
		assertThat(added.status()).as(added.body()).isEqualTo(302);
		var item = idFrom(added.location());

		var gathering = UUID.randomUUID();
		this.jdbc
			.sql("insert into gathering (id, title, type, format, starts_at, ends_at, time_zone, reported_in_person, "
					+ "created_at) values (:id, 'Inventory training', 'TRAINING', 'IN_PERSON', :at, :end, 'UTC', 20, "
					+ "now())")
			.param("id", gathering)
			.param("at", OffsetDateTime.of(1998, 5, 5, 9, 0, 0, 0, ZoneOffset.UTC))
			.param("end", OffsetDateTime.of(1998, 5, 5, 17, 0, 0, 0, ZoneOffset.UTC))
			.update();
		var nowhere = secretariat.post("/work-plan/items/" + item + "/links", "kind", "GATHERING", "recordId",
				UUID.randomUUID().toString());
		assertThat(nowhere.html().select(".field-error").text()).contains("No record of this kind");
		assertThat(secretariat.post("/work-plan/items/" + item + "/links", "kind", "GATHERING", "recordId", "x")
			.html()
			.select(".field-error")).hasSize(1);
		assertThat(secretariat
			.post("/work-plan/items/" + item + "/links", "kind", "GATHERING", "recordId", gathering.toString())
			.status()).isEqualTo(302);
		assertThat(secretariat
			.post("/work-plan/items/" + item + "/links", "kind", "GATHERING", "recordId", gathering.toString())
			.status()).isEqualTo(409);
		assertThat(secretariat.post("/work-plan/items/" + item + "/status", "status", "DONE", "version", "0").status())
			.isEqualTo(302);
		// a status change made over an older view is refused
		assertThat(
				secretariat.post("/work-plan/items/" + item + "/status", "status", "DROPPED", "version", "0").status())
			.isEqualTo(409);

		var page = new WebSession(this.port).get("/work-plan/items/" + item).html();
		assertThat(page.select(".item-status").text()).isEqualTo("Done");
		assertThat(page.select(".workplan-links a").attr("href")).isEqualTo("/gatherings/" + gathering);
		assertThat(new WebSession(this.port).get("/work-plan?year=1998").html().select("table a").eachText())
			.contains("GHG inventory training");

		var report = secretariat.post("/reports", "title", "1998", "from", "1998-01-01", "to", "1998-12-31", "language",
				"en");
		var shown = secretariat.get(report.location()).html();
		assertThat(shown.select(".programme-plan td a").eachAttr("href")).contains("/work-plan/items/" + item,
				"/gatherings/" + gathering);
		assertThat(shown.select("[data-figure=workplan.status] td").eachText()).contains("Done", "1");
		assertThat(count("audit_entry where record_id = '" + item + "'")).isEqualTo(3);

		var member = signedIn(Role.MEMBER);
		assertThat(member
			.post("/work-plan/items", "year", "1998", "activity", "x", "area", "CAPACITY_BUILDING", "status", "PLANNED")
			.status()).isEqualTo(403);
		assertThat(member.post("/work-plan/items/" + item + "/status", "status", "DROPPED").status()).isEqualTo(403);
		assertThat(new WebSession(this.port).get("/work-plan/items/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void wordsInNumberDateAndChoiceFieldsAreFieldErrorsInEnglishAndChineseKeepWhatWasTypedAndStoreNothing() {
		var secretariat = signedIn(Role.SECRETARIAT);
		var projects = count("programme_project");
		var project = secretariat.post("/projects", "title", "Typed project", "funder", "UN", "budget", "a lot",
				"currency", "USD", "periodFrom", "spring");
		assertThat(project.status()).isEqualTo(200);
		var page = project.html();
		assertThat(page.selectFirst("#budget-error").text())
			.isEqualTo("Please enter a number, with a point for decimals.");
		assertThat(page.selectFirst("#periodFrom-error").text())
			.isEqualTo("Please enter a date between the years 1900 and 2200, as year-month-day.");
		assertThat(page.selectFirst("#budget").val()).isEqualTo("a lot");
		assertThat(page.selectFirst("#project-title").val()).isEqualTo("Typed project");
		assertThat(count("programme_project")).isEqualTo(projects);

		var contributions = count("programme_contribution");
		var contribution = secretariat.post("/contributions?lang=zh", "contributor", "Someone", "kind", "GIFT",
				"amount", "five", "currency", "USD", "contributedOn", "yesterday");
		assertThat(contribution.status()).isEqualTo(200);
		var chinese = contribution.html();
		assertThat(chinese.selectFirst("#kind-error").text()).isEqualTo("请从给出的选项中选择。");
		assertThat(chinese.selectFirst("#amount-error").text()).isEqualTo("请输入数字，小数用点号表示。");
		assertThat(chinese.selectFirst("#contributedOn-error").text()).isEqualTo("请输入1900年至2200年之间的日期，格式为年-月-日。");
		assertThat(chinese.selectFirst("#amount").val()).isEqualTo("five");
		assertThat(count("programme_contribution")).isEqualTo(contributions);

		var offers = count("programme_host_offer");
		var offer = secretariat.post("/host-offers?lang=en", "country", "MN", "offeredBy", "Ministry", "event", "Forum",
				"year", "next", "status", "MAYBE");
		assertThat(offer.status()).isEqualTo(200);
		assertThat(offer.html().selectFirst("#host-year-error").text()).isNotBlank();
		// a number input cannot hold a word (a browser empties it too); the message says
		// what to type and the text fields keep theirs
		assertThat(offer.html().selectFirst("#host-year").val()).isEmpty();
		assertThat(offer.html().selectFirst("#event").val()).isEqualTo("Forum");
		assertThat(offer.html().selectFirst("#status-error").text()).isEqualTo("Choose one of the offered values.");
		assertThat(count("programme_host_offer")).isEqualTo(offers);

		var items = count("programme_workplan_item");
		var item = secretariat.post("/work-plan/items?lang=zh", "year", "明年", "activity", "Forum", "area",
				"CAPACITY_BUILDING", "status", "PLANNED");
		assertThat(item.status()).isEqualTo(200);
		assertThat(item.html().selectFirst("#year-error").text()).isNotBlank();
		assertThat(count("programme_workplan_item")).isEqualTo(items);
	}

	@Test
	void projectsAndContributionsKeepExactAmountsAndNameMemberInstitutionsById() {
		var secretariat = signedIn(Role.SECRETARIAT);
		var projectsBefore = count("programme_project");
		var bad = secretariat.post("/projects", "title", "", "funder", "UN", "budget", "12.345", "currency", "dollars",
				"periodFrom", "2022-12-31", "periodTo", "2022-01-01");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.html().select(".field-error").eachText()).hasSize(4)
			.anyMatch((t) -> t.contains("2 decimals"))
			.anyMatch((t) -> t.contains("ends before it starts"));
		assertThat(count("programme_project")).isEqualTo(projectsBefore);

		var made = secretariat.post("/projects", "title", "City data project " + UUID.randomUUID(), "funder",
				"Republic of Korea", "budget", "1250000.50", "currency", "usd", "periodFrom", "1999-01-01", "periodTo",
				"1999-12-31", "outputs", "Inventories of two cities");
		assertThat(made.status()).as(made.body()).isEqualTo(302);
		var project = idFrom(made.location());
		assertThat(new WebSession(this.port).get("/projects/" + project).html().select("dd.money").text())
			.isEqualTo("1250000.50 USD");

		var institution = new MemberInstitutions(this.jdbc).institution("Korea Environment Institute test",
				LocalDate.of(2014, 1, 1));
		var name = this.jdbc.sql("select name_english from institution where id = :id")
			.param("id", institution)
			.query(String.class)
			.single();
		var ledgerBefore = count("programme_contribution");
		var unknown = secretariat.post("/contributions", "institutionId", UUID.randomUUID().toString(), "kind",
				"FINANCIAL", "amount", "10", "currency", "USD", "contributedOn", "1999-02-01");
		assertThat(unknown.html().select(".field-error").text()).contains("No member institution");
		var inKind = secretariat.post("/contributions", "contributor", "Someone", "kind", "IN_KIND", "contributedOn",
				"1999-02-01");
		assertThat(inKind.html().select(".field-error").text()).contains("required");
		var noCurrency = secretariat.post("/contributions", "contributor", "Someone", "kind", "FINANCIAL", "amount",
				"5", "contributedOn", "1999-02-01");
		assertThat(noCurrency.html().select(".field-error").text()).contains("currency");
		assertThat(count("programme_contribution")).isEqualTo(ledgerBefore);

		for (var amount : new String[] { "0.10", "0.20" }) {
			var r = secretariat.post("/contributions", "institutionId", institution.toString(), "kind", "FINANCIAL",
					"amount", amount, "currency", "EUR", "projectId", project.toString(), "contributedOn",
					"1999-03-01");
			assertThat(r.status()).as(r.body()).isEqualTo(302);
		}
		assertThat(secretariat
			.post("/contributions", "contributor", "Ulaanbaatar City", "kind", "IN_KIND", "description",
					"Venue for the training", "contributedOn", "1999-04-01")
			.status()).isEqualTo(302);

		var page = new WebSession(this.port).get("/projects").html();
		assertThat(page.select(".programme-ledger a[href=/members/" + institution + "]").eachText()).hasSize(2)
			.allMatch(name::equals);
		// exact sums: the database adds numerics, no floating point
		var euros = this.jdbc.sql("select sum(amount) from programme_contribution where currency = 'EUR'")
			.query(java.math.BigDecimal.class)
			.single();
		assertThat(page.select(".programme-totals li").eachText()).contains(euros.toPlainString() + " EUR");
		assertThat(new WebSession(this.port).get("/projects/" + project).html().select("li .money").eachText())
			.containsExactlyInAnyOrder("0.10 EUR", "0.20 EUR");

		var offers = count("programme_host_offer");
		var badOffer = secretariat.post("/host-offers", "country", "XX", "offeredBy", "", "event", "Forum", "year",
				"1800", "status", "OFFERED");
		assertThat(badOffer.html().select(".field-error")).hasSize(3);
		assertThat(secretariat
			.post("/host-offers", "country", "MN", "offeredBy", "Ministry", "event", "International Forum", "year",
					"2000", "status", "OFFERED")
			.status()).isEqualTo(302);
		assertThat(count("programme_host_offer")).isEqualTo(offers + 1);

		var report = secretariat.post("/reports", "title", "1999", "from", "1999-01-01", "to", "1999-12-31", "language",
				"en");
		var shown = secretariat.get(report.location()).html();
		assertThat(shown.select("[data-figure=projects.active] a.figure-number").text()).isEqualTo("1");
		assertThat(shown.select("[data-figure=contributions.byKind] td").eachText()).contains("Financial", "2",
				"In kind", "1");
		assertThat(shown.select("[data-figure=hosting.offers] td").eachText()).contains("Mongolia");

		var member = signedIn(Role.MEMBER);
		assertThat(member.post("/projects", "title", "x", "funder", "y").status()).isEqualTo(403);
		assertThat(member.post("/contributions", "contributor", "x", "kind", "IN_KIND").status()).isEqualTo(403);
		assertThat(member.post("/host-offers", "country", "MN").status()).isEqualTo(403);
		assertThat(count("audit_entry where record_type like 'Programme%' and record_id = '" + project + "'"))
			.isEqualTo(1);
	}

}
