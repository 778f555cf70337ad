package org.lccp.programme;

import org.lccp.shared.demo.DemoDatasets;
import org.lccp.shared.demo.SeedQuotes;
import org.lccp.shared.domain.ActivityArea;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads, once per database, what the NEASPEC documents say of the programme, each record
 * quoting its passage ({@link SeedQuotes}): the 2026 work-plan items the SOM-28 note
 * names (its Annex III is named but not reproduced in the seed, so only the activities
 * the note itself says are planned or sought are listed), the STI project funded by the
 * UN regular budget (no budget figure or period is stated, so none is stored), Ulan-Ude's
 * proposal to host a seminar in 2020; then the secretariat's report for 2023, generated
 * from the demo records of every module, which load before this one. No contribution is
 * recorded: the seeds state the rule (hosting institutions contribute) but no
 * contribution.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class ProgrammeDemoData implements ApplicationRunner {

	static final String DATASET = "programme";

	static final String SOM28 = "NEASPEC SOM-28 note (2025), seeds/001";

	static final String PROGRESS_2020 = "NEA-LCCP progress note (2020), seeds/003";

	static final String F001 = "001_25447d6cc67d0e0e.txt";

	static final String F003 = "003_4f79258754343e82.txt";

	private static final String ANNEX = SOM28
			+ "; the note names Annex III, the draft activity plan for 2026, whose text the seed does not reproduce";

	private final DemoDatasets datasets;

	private final WorkPlan plan;

	private final Projects projects;

	private final Reports reports;

	private final TransactionTemplate transaction;

	ProgrammeDemoData(DemoDatasets datasets, WorkPlan plan, Projects projects, Reports reports,
			PlatformTransactionManager transactions) {
		this.datasets = datasets;
		this.plan = plan;
		this.projects = projects;
		this.reports = reports;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			if (this.datasets.claim(DATASET)) {
				load();
			}
		});
	}

	private void load() {
		this.plan.addQuoted(2026, "International Forum on Low Carbon Cities: a host for the coming years",
				ActivityArea.CAPACITY_BUILDING, "NEASPEC secretariat (UN ESCAP)", null, WorkPlan.Status.PLANNED,
				SeedQuotes.cite(ANNEX, F001, "Review and approve the proposed activity plan for 2026 (Annex III)",
						"Express interest in hosting the International Forum on Low Carbon Cities in the coming years"));
		this.plan.addQuoted(2026,
				"Outreach on the Booklet on Low Carbon City Networks through ESCAP promotional channels",
				ActivityArea.INFORMATION_SHARING, "NEASPEC secretariat (UN ESCAP)", null, WorkPlan.Status.PLANNED,
				SeedQuotes.cite(ANNEX, F001, "Review and approve the proposed activity plan for 2026 (Annex III)",
						"is planning to raise awareness on the Booklet on Low Carbon City Networks through ESCAP "
								+ "promotional channels"));
		this.projects.insertProject(
				"Leveraging Science, Technology and Innovation (STI) for Low Carbon and Resilient Cities",
				"United Nations regular budget", null, null, null, null,
				"Training workshop in Ulaanbaatar, Mongolia (2021)",
				SeedQuotes.cite(SOM28 + "; no budget figure or period is stated", F001,
						"the secretariat implemented the project, \u201cLeveraging Science, Technology and Innovation "
								+ "(STI) for Low Carbon and Resilient Cities\u201d, funded by the United Nations\u2019 "
								+ "regular budget",
						"Under this project, the secretariat organized a training workshop in Ulaanbaatar, Mongolia, "
								+ "in 2021."));
		this.projects.insertHostOffer("RU", "Ulan-Ude", "LCCP seminar", 2020, Projects.HostStatus.OFFERED.name(),
				SeedQuotes.cite(PROGRESS_2020, F003,
						"The Meeting also supported a proposal by Ulan-Ude to host a LCCP seminar in 2020."));
		this.reports.generateForDemo(new ReportForms.Generate("Low Carbon Cities: progress in 2023 (demo, generated)",
				"2023-01-01", "2023-12-31", "en"));
	}

}
