package org.lccp.programme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lccp.shared.demo.SeedQuotes;
import org.lccp.shared.domain.ActivityFigures;
import org.lccp.support.DemoDataOn;
import org.lccp.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's demo data says only what the seeds say, and the demo report for 2023
 * counts the seeded records: every work-plan item, project and offer to host quotes a
 * passage that occurs in the seed file it names (whitespace aside; checked where the seed
 * files are at hand), the STI project has no invented budget or period, and the 2023
 * report's gatherings and participants equal an independent count of the seeded
 * gatherings of 2023 (the 3rd forum in Incheon: over 200 on site, about 120 online).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { TestDatabase.Initializer.class, DemoDataOn.class })
class ProgrammeDemoDataTest {

	private static final Path SEEDS = Path.of(System.getProperty("lccp.seeds", "/work/shared/seeds"));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	@Test
	void everyProgrammeDemoRecordQuotesAPassageOfTheSeedFileItNames() throws IOException {
		var citations = new ArrayList<String>();
		citations.addAll(this.jdbc.sql("select source_note from programme_workplan_item where source_note is not null")
			.query(String.class)
			.list());
		citations.addAll(this.jdbc.sql("select source_note from programme_project where source_note is not null")
			.query(String.class)
			.list());
		citations.addAll(this.jdbc.sql("select source_note from programme_host_offer where source_note is not null")
			.query(String.class)
			.list());
		assertThat(citations).hasSize(4);
		var passages = citations.stream().flatMap((c) -> SeedQuotes.passages(c).stream()).toList();
		assertThat(passages).hasSizeGreaterThanOrEqualTo(7);
		assertThat(this.jdbc.sql("select year from programme_workplan_item").query(Integer.class).list())
			.containsOnly(2026);
		assertThat(this.jdbc
			.sql("select count(*) from programme_project where title like '%(STI)%' and funder = "
					+ "'United Nations regular budget' and budget is null and period_from is null")
			.query(Long.class)
			.single()).isEqualTo(1);
		if (!Files.isDirectory(SEEDS)) {
			return;
		}
		for (var passage : passages) {
			var text = normalise(Files.readString(SEEDS.resolve(passage.file()), StandardCharsets.UTF_8));
			assertThat(text).as(passage.file()).contains(normalise(passage.text()));
		}
	}

	@Test
	@WithMockUser(roles = "SECRETARIAT")
	void theDemoReportFor2023CountsTheSeededGatheringsOf2023() {
		var report = this.reports.reports()
			.stream()
			.filter((r) -> r.from().getYear() == 2023 && r.to().getYear() == 2023)
			.findFirst()
			.orElseThrow();
		var figures = this.reports.version(report.id(), null)
			.figures()
			.stream()
			.collect(Collectors.toMap(ActivityFigures.Figure::key, (f) -> f));
		var held = this.jdbc
			.sql("select count(*) from gathering where not unconfirmed and ends_at < now() and "
					+ "extract(year from starts_at at time zone 'UTC') = 2023")
			.query(Long.class)
			.single();
		assertThat(held).isPositive();
		assertThat(figures.get("gatherings.held").number()).isEqualTo(held);
		var inPerson = this.jdbc
			.sql("select coalesce(sum(reported_in_person), 0) from gathering where not unconfirmed and ends_at < now() "
					+ "and extract(year from starts_at at time zone 'UTC') = 2023")
			.query(Long.class)
			.single();
		assertThat(figures.get("gatherings.participants").breakdown().get(0).number()).isEqualTo(inPerson)
			.isGreaterThanOrEqualTo(200);
		// counted again today, the figures are the same: nothing in them was typed by
		// hand
		assertThat(this.reports.count(report.from(), report.to(), Locale.ENGLISH)
			.stream()
			.filter((f) -> f.key().startsWith("gatherings."))
			.toList())
			.containsExactlyElementsOf(this.reports.version(report.id(), null)
				.figures()
				.stream()
				.filter((f) -> f.key().startsWith("gatherings."))
				.toList());
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
