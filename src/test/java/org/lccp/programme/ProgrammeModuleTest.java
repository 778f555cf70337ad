package org.lccp.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.domain.ActivityArea;
import org.lccp.shared.i18n.CountryCode;
import org.lccp.identity.AuditLog;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.domain.LinkableRecords;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;

/**
 * The programme module on its own (accounts, audit log and the membership register stand
 * in as mocks): the contributions ledger adds up money exactly per currency, a project or
 * contribution that breaks a rule is refused on the field that breaks it and leaves
 * nothing behind, a work-plan link is kept only to a record its module knows, and the
 * secretariat's writes and reports refuse everyone else even when called from code rather
 * than through an address.
 */
@ModuleTest
class ProgrammeModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	MembershipManagement membership;

	// the modules that keep the records a work-plan item links to are not started here
	@MockitoBean
	LinkableRecords records;

	private final Projects projects;

	private final Reports reports;

	private final WorkPlan plan;

	private final ResourceCentres centres;

	private final JdbcClient jdbc;

	private final SignedIn officer = SignedIn.account("Secretariat officer");

	ProgrammeModuleTest(Projects projects, WorkPlan plan, ResourceCentres centres, Reports reports, JdbcClient jdbc) {
		this.projects = projects;
		this.reports = reports;
		this.plan = plan;
		this.centres = centres;
		this.jdbc = jdbc;
	}

	@Test
	void financialContributionsAddUpExactlyPerCurrency() {
		this.officer.run(this::recordTwoFinancialContributionsAndOneInKind, Role.SECRETARIAT);
	}

	private void recordTwoFinancialContributionsAndOneInKind() {
		var project = this.projects.addProject(new Projects.ProjectForm("Low-carbon city pilots", "Republic of Korea",
				new BigDecimal("150000.10"), "USD", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), ""));
		this.projects.addContribution(new Projects.ContributionForm(null, "Ministry of Environment",
				Projects.Kind.FINANCIAL, new BigDecimal("0.10"), "USD", "", project, LocalDate.parse("2026-03-01")));
		this.projects.addContribution(new Projects.ContributionForm(null, "City of Incheon", Projects.Kind.FINANCIAL,
				new BigDecimal("0.20"), "USD", "", project, LocalDate.parse("2026-04-01")));
		this.projects.addContribution(new Projects.ContributionForm(null, "City of Kitakyushu", Projects.Kind.IN_KIND,
				null, "", "Hosts the 2026 workshop.", null, LocalDate.parse("2026-05-01")));

		assertThat(this.projects.totals()).containsExactly(new Projects.Total("USD", new BigDecimal("0.30")));
		assertThat(this.projects.ledger(project)).extracting(Projects.Contribution::contributor)
			.containsExactly("City of Incheon", "Ministry of Environment");
		assertThat(this.projects.project(project).budget()).isEqualTo(new BigDecimal("150000.10"));
	}

	@Test
	void aProjectThatEndsBeforeItStartsIsRefusedOnItsEndDate() {
		var before = this.projects.projects().size();

		assertThatThrownBy(
				() -> this.officer.as(() -> this.projects.addProject(new Projects.ProjectForm("Reversed", "ESCAP", null,
						"", LocalDate.parse("2027-01-01"), LocalDate.parse("2026-01-01"), "")), Role.SECRETARIAT))
			.isInstanceOfSatisfying(InvalidProgrammeException.class,
					(refused) -> assertThat(refused.violations()).containsExactly(
							new InvalidProgrammeException.Violation("periodTo", "programme.error.periodReversed")));
		assertThat(this.projects.projects()).hasSize(before);
	}

	@Test
	void aFinancialContributionWithoutAnAmountIsRefusedOnTheAmount() {
		assertThatThrownBy(
				() -> this.officer.as(
						() -> this.projects.addContribution(new Projects.ContributionForm(null, "Somebody",
								Projects.Kind.FINANCIAL, null, "", "", null, LocalDate.parse("2026-03-01"))),
						Role.SECRETARIAT))
			.isInstanceOfSatisfying(InvalidProgrammeException.class,
					(refused) -> assertThat(refused.violations()).extracting(InvalidProgrammeException.Violation::field)
						.containsExactly("amount"));
	}

	@Test
	void aContributionByAMemberInstitutionTakesTheNameTheMembershipRegisterGives() {
		var institution = UUID.randomUUID();
		given(this.membership.institutionName(institution))
			.willReturn(java.util.Optional.of("Incheon Metropolitan City"));

		var id = this.officer.as(
				() -> this.projects.addContribution(new Projects.ContributionForm(institution, "",
						Projects.Kind.IN_KIND, null, "", "Hosts a forum.", null, LocalDate.parse("2026-06-01"))),
				Role.SECRETARIAT);

		assertThat(this.projects.ledger(null)).filteredOn((c) -> c.id().equals(id))
			.singleElement()
			.satisfies((c) -> assertThat(c.contributor()).isEqualTo("Incheon Metropolitan City"));
	}

	@Test
	void theSecretariatsWritesRefuseVisitorsAndOtherRolesAndChangeNothing() {
		var member = SignedIn.account("Member");
		var institution = UUID.randomUUID();
		given(this.membership.activeInstitutionName(institution)).willReturn(java.util.Optional.of("KEI"));
		var item = this.officer.as(() -> this.plan.add(new WorkPlan.ItemForm(2026, "Forum",
				ActivityArea.CAPACITY_BUILDING, "", "", "", "", WorkPlan.Status.PLANNED)), Role.SECRETARIAT);
		var before = counts();

		Runnable[] writes = {
				() -> this.projects
					.addProject(new Projects.ProjectForm("Taken over", "Nobody", null, "", null, null, "")),
				() -> this.projects.addContribution(new Projects.ContributionForm(null, "Nobody", Projects.Kind.IN_KIND,
						null, "", "Nothing", null, LocalDate.parse("2026-03-01"))),
				() -> this.projects.addHostOffer(new Projects.HostOfferForm(new CountryCode("KR"), "Nobody", "Forum",
						2027, Projects.HostStatus.OFFERED)),
				() -> this.plan.add(new WorkPlan.ItemForm(2026, "Taken over", ActivityArea.CAPACITY_BUILDING, "", "",
						"", "", WorkPlan.Status.PLANNED)),
				() -> this.plan.changeStatus(item, new WorkPlan.StatusForm(WorkPlan.Status.DONE, 0)),
				() -> this.plan.link(item, new WorkPlan.LinkForm(WorkPlan.LinkKind.GATHERING, UUID.randomUUID())),
				() -> this.centres
					.invite(new ResourceCentres.InvitationForm(institution, ActivityArea.CAPACITY_BUILDING,
							LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"))) };
		for (var write : writes) {
			assertThatThrownBy(write::run).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> member.run(write, Role.MEMBER, Role.RESOURCE_CENTRE))
				.isInstanceOf(AccessDeniedException.class);
		}

		assertThat(counts()).isEqualTo(before);
		assertThat(this.plan.item(item).status()).isEqualTo("PLANNED");
	}

	@Test
	void aLinkToARecordItsModuleDoesNotKnowIsRefusedAndOneToAKnownRecordIsKept() {
		var known = UUID.randomUUID();
		var unknown = UUID.randomUUID();
		given(this.records.kinds()).willReturn(Set.of(LinkableRecords.Kind.GATHERING));
		given(this.records.exists(LinkableRecords.Kind.GATHERING, known)).willReturn(true);
		var item = this.officer.as(() -> this.plan.add(new WorkPlan.ItemForm(2026, "Workshop",
				ActivityArea.CAPACITY_BUILDING, "", "", "", "", WorkPlan.Status.PLANNED)), Role.SECRETARIAT);

		assertThatThrownBy(() -> this.officer.run(
				() -> this.plan.link(item, new WorkPlan.LinkForm(WorkPlan.LinkKind.GATHERING, unknown)),
				Role.SECRETARIAT))
			.isInstanceOfSatisfying(InvalidProgrammeException.class, (refused) -> assertThat(refused.violations())
				.containsExactly(new InvalidProgrammeException.Violation("recordId", "programme.error.noSuchRecord")));
		// the same id as a kind no module here keeps is not taken for the gathering
		assertThatThrownBy(() -> this.officer.run(
				() -> this.plan.link(item, new WorkPlan.LinkForm(WorkPlan.LinkKind.PUBLICATION, known)),
				Role.SECRETARIAT))
			.isInstanceOf(InvalidProgrammeException.class);
		this.officer.run(() -> this.plan.link(item, new WorkPlan.LinkForm(WorkPlan.LinkKind.GATHERING, known)),
				Role.SECRETARIAT);

		assertThat(this.plan.item(item).links())
			.containsExactly(new WorkPlan.Link("GATHERING", known, "/gatherings/" + known));
	}

	@Test
	void theReportsRefuseVisitorsAndMembersEvenFromCodeAndChangeNothing() {
		var member = SignedIn.account("Member");
		var report = this.officer.as(
				() -> this.reports
					.generate(new ReportForms.Generate("Progress 1993", "1993-01-01", "1993-12-31", "en")),
				Role.SECRETARIAT);
		var before = reportCounts();

		Runnable[] calls = {
				() -> this.reports.generate(new ReportForms.Generate("Taken over", "1993-01-01", "1993-12-31", "en")),
				() -> this.reports.editNarrative(report, new ReportForms.Narrative("Lost", "", "", "", "1")),
				() -> this.reports.recount(report, "1"),
				() -> this.reports.recordDecision(report, new ReportForms.Decision("SOM-0", "1993-12-01", "Nothing")),
				() -> this.reports.reports(), () -> this.reports.report(report),
				() -> this.reports.version(report, null), () -> this.reports.decisions(report),
				() -> this.reports.count(LocalDate.of(1993, 1, 1), LocalDate.of(1993, 12, 31), Locale.ENGLISH) };
		for (var call : calls) {
			assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> member.run(call, Role.MEMBER, Role.RESOURCE_CENTRE, Role.NATIONAL_FOCAL_POINT))
				.isInstanceOf(AccessDeniedException.class);
		}

		assertThat(reportCounts()).isEqualTo(before).containsExactly(1L, 1L, 0L);
	}

	private java.util.List<Long> reportCounts() {
		return java.util.stream.Stream.of("programme_report", "programme_report_version", "programme_decision")
			.map((table) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

	private java.util.List<Long> counts() {
		return java.util.stream.Stream
			.of("programme_project", "programme_contribution", "programme_host_offer", "programme_workplan_item",
					"programme_workplan_link", "programme_resource_centre")
			.map((table) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

}
