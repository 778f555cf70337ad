package org.lccp.programme;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.membership.MembershipManagement;
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
 * nothing behind, and the secretariat's writes refuse everyone else even when called from
 * code rather than through an address.
 */
@ModuleTest
class ProgrammeModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	MembershipManagement membership;

	private final Projects projects;

	private final WorkPlan plan;

	private final ResourceCentres centres;

	private final JdbcClient jdbc;

	private final SignedIn officer = SignedIn.account("Secretariat officer");

	ProgrammeModuleTest(Projects projects, WorkPlan plan, ResourceCentres centres, JdbcClient jdbc) {
		this.projects = projects;
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
				"150000.10", "USD", "2026-01-01", "2027-12-31", ""));
		this.projects.addContribution(new Projects.ContributionForm("", "Ministry of Environment", "FINANCIAL", "0.10",
				"USD", "", project.toString(), "2026-03-01"));
		this.projects.addContribution(new Projects.ContributionForm("", "City of Incheon", "FINANCIAL", "0.20", "USD",
				"", project.toString(), "2026-04-01"));
		this.projects.addContribution(new Projects.ContributionForm("", "City of Kitakyushu", "IN_KIND", "", "",
				"Hosts the 2026 workshop.", "", "2026-05-01"));

		assertThat(this.projects.totals()).containsExactly(new Projects.Total("USD", new BigDecimal("0.30")));
		assertThat(this.projects.ledger(project)).extracting(Projects.Contribution::contributor)
			.containsExactly("City of Incheon", "Ministry of Environment");
		assertThat(this.projects.project(project).budget()).isEqualTo(new BigDecimal("150000.10"));
	}

	@Test
	void aProjectThatEndsBeforeItStartsIsRefusedOnItsEndDate() {
		var before = this.projects.projects().size();

		assertThatThrownBy(() -> this.officer.as(
				() -> this.projects
					.addProject(new Projects.ProjectForm("Reversed", "ESCAP", "", "", "2027-01-01", "2026-01-01", "")),
				Role.SECRETARIAT))
			.isInstanceOfSatisfying(InvalidProgrammeException.class,
					(refused) -> assertThat(refused.violations()).containsExactly(
							new InvalidProgrammeException.Violation("periodTo", "programme.error.periodReversed")));
		assertThat(this.projects.projects()).hasSize(before);
	}

	@Test
	void aFinancialContributionWithoutAnAmountIsRefusedOnTheAmount() {
		assertThatThrownBy(() -> this.officer.as(
				() -> this.projects.addContribution(
						new Projects.ContributionForm("", "Somebody", "FINANCIAL", "", "", "", "", "2026-03-01")),
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

		var id = this.officer
			.as(() -> this.projects.addContribution(new Projects.ContributionForm(institution.toString(), "", "IN_KIND",
					"", "", "Hosts a forum.", "", "2026-06-01")), Role.SECRETARIAT);

		assertThat(this.projects.ledger(null)).filteredOn((c) -> c.id().equals(id))
			.singleElement()
			.satisfies((c) -> assertThat(c.contributor()).isEqualTo("Incheon Metropolitan City"));
	}

	@Test
	void theSecretariatsWritesRefuseVisitorsAndOtherRolesAndChangeNothing() {
		var member = SignedIn.account("Member");
		var institution = UUID.randomUUID();
		given(this.membership.activeInstitutionName(institution)).willReturn(java.util.Optional.of("KEI"));
		var item = this.officer.as(
				() -> this.plan
					.add(new WorkPlan.ItemForm("2026", "Forum", "CAPACITY_BUILDING", "", "", "", "", "PLANNED")),
				Role.SECRETARIAT);
		var before = counts();

		Runnable[] writes = {
				() -> this.projects.addProject(new Projects.ProjectForm("Taken over", "Nobody", "", "", "", "", "")),
				() -> this.projects.addContribution(
						new Projects.ContributionForm("", "Nobody", "IN_KIND", "", "", "Nothing", "", "2026-03-01")),
				() -> this.projects
					.addHostOffer(new Projects.HostOfferForm("KR", "Nobody", "Forum", "2027", "OFFERED")),
				() -> this.plan
					.add(new WorkPlan.ItemForm("2026", "Taken over", "CAPACITY_BUILDING", "", "", "", "", "PLANNED")),
				() -> this.plan.changeStatus(item, "DONE", "0"),
				() -> this.plan.link(item, new WorkPlan.LinkForm("GATHERING", UUID.randomUUID().toString())),
				() -> this.centres.invite(new ResourceCentres.InvitationForm(institution.toString(),
						"CAPACITY_BUILDING", "2026-01-01", "2027-12-31")) };
		for (var write : writes) {
			assertThatThrownBy(write::run).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> member.run(write, Role.MEMBER, Role.RESOURCE_CENTRE))
				.isInstanceOf(AccessDeniedException.class);
		}

		assertThat(counts()).isEqualTo(before);
		assertThat(this.plan.item(item).status()).isEqualTo("PLANNED");
	}

	private java.util.List<Long> counts() {
		return java.util.stream.Stream
			.of("programme_project", "programme_contribution", "programme_host_offer", "programme_workplan_item",
					"programme_workplan_link", "programme_resource_centre")
			.map((table) -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.toList();
	}

}
