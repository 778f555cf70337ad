package org.lccp.programme;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.support.ModuleTest;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The programme module on its own (accounts and audit log stand in as mocks): the
 * contributions ledger adds up money exactly per currency, and a project or contribution
 * that breaks a rule is refused on the field that breaks it and leaves nothing behind.
 */
@ModuleTest
class ProgrammeModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	private final Projects projects;

	ProgrammeModuleTest(Projects projects) {
		this.projects = projects;
	}

	@Test
	void financialContributionsAddUpExactlyPerCurrency() {
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

		assertThatThrownBy(() -> this.projects
			.addProject(new Projects.ProjectForm("Reversed", "ESCAP", "", "", "2027-01-01", "2026-01-01", "")))
			.isInstanceOfSatisfying(InvalidProgrammeException.class,
					(refused) -> assertThat(refused.violations()).containsExactly(
							new InvalidProgrammeException.Violation("periodTo", "programme.error.periodReversed")));
		assertThat(this.projects.projects()).hasSize(before);
	}

	@Test
	void aFinancialContributionWithoutAnAmountIsRefusedOnTheAmount() {
		assertThatThrownBy(() -> this.projects
			.addContribution(new Projects.ContributionForm("", "Somebody", "FINANCIAL", "", "", "", "", "2026-03-01")))
			.isInstanceOfSatisfying(InvalidProgrammeException.class,
					(refused) -> assertThat(refused.violations()).extracting(InvalidProgrammeException.Violation::field)
						.containsExactly("amount"));
	}

}
