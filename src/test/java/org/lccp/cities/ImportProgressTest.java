package org.lccp.cities;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.opendata.ImportJobs;
import org.lccp.opendata.OpenDataImport;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dry runs and imports of large files run as background jobs whose progress the page
 * shows (polled by htmx, or by following the refresh link), still all rows or none.
 */
@LccpTest
class ImportProgressTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CityDirectory cities;

	@Autowired
	RegistryImport imports;

	TestAccount secretariat;

	String prefix;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** The shared test database keeps only small data: other tests list every city. */
	@org.junit.jupiter.api.AfterEach
	void removeTheImportedCities() {
		this.jdbc.update("delete from city where name_en like ?", this.prefix + "%");
	}

	@BeforeEach
	void setUp() {
		this.secretariat = new TestAccounts(this.accounts).create("Importer", Role.SECRETARIAT);
		this.prefix = "Bigtown " + UUID.randomUUID().toString().substring(0, 8) + " ";
	}

	byte[] citiesFile(int rows, boolean lastBroken) {
		var csv = new StringBuilder("country,name_en,admin_level,latitude,longitude,source\n");
		for (int i = 1; i <= rows; i++) {
			var broken = lastBroken && i == rows;
			csv.append("MN,")
				.append(this.prefix)
				.append(i)
				.append(",MUNICIPALITY,")
				.append(broken ? "north" : "47.9")
				.append(",106.9,test\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	long stored() {
		return this.cities.cities("MN", this.prefix, PageRequest.of(0, 1)).getTotalElements();
	}

	WebSession.Response untilFinished(WebSession web, String jobPath) {
		return Awaitility.await("import still running")
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				var page = web.get(jobPath);
				assertThat(page.status()).isEqualTo(200);
				var result = page.html().selectFirst("#import-result");
				if (!result.hasAttr("hx-get")) {
					return page;
				}
				// while it runs: a progress bar, the counts, htmx polling and a plain
				// link
				// for no JavaScript
				assertThat(result.attr("hx-get")).isEqualTo(jobPath);
				assertThat(result.attr("hx-trigger")).contains("load");
				assertThat(result.select("progress.import-job")).hasSize(1);
				assertThat(result.select("a[href=" + jobPath + "]")).hasSize(1);
				return null;
			}, java.util.Objects::nonNull);
	}

	@Test
	void aLargeFileIsCheckedThenImportedInTheBackgroundWithProgress() throws Exception {
		var web = new WebSession(this.port).login(this.secretariat.email(), this.secretariat.password());
		var rows = 1500;
		var dry = web.postFile("/admin/cities/import", "file", "cities.csv", citiesFile(rows, false), "kind", "CITIES",
				"dryRun", "true");
		assertThat(dry.status()).isEqualTo(302);
		var dryJob = dry.location().replaceFirst("^https?://[^/]+", "");
		assertThat(dryJob).startsWith("/admin/cities/import/jobs/");
		var checked = untilFinished(web, dryJob);
		assertThat(checked.html().select("#import-result .notice").text()).contains("1,500");
		assertThat(stored()).isZero();

		var apply = web.postFile("/admin/cities/import", "file", "cities.csv", citiesFile(rows, false), "kind",
				"CITIES");
		var applied = untilFinished(web, apply.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(applied.html().select("#import-result .notice").text()).contains("1,500");
		assertThat(stored()).isEqualTo(rows);

		// someone else's job is not shown
		var other = new TestAccounts(this.accounts).create("Other importer", Role.SECRETARIAT);
		assertThat(new WebSession(this.port).login(other.email(), other.password()).get(dryJob).status())
			.isEqualTo(404);
		assertThat(web.get("/admin/cities/import/jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void oneBrokenRowAtTheEndOfALargeFileStoresNothing() throws Exception {
		var web = new WebSession(this.port).login(this.secretariat.email(), this.secretariat.password());
		var apply = web.postFile("/admin/cities/import", "file", "cities.csv", citiesFile(1200, true), "kind",
				"CITIES");
		var page = untilFinished(web, apply.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(page.html().select("#import-result .alert").text()).isNotBlank();
		assertThat(page.html().select(".import-problems td").text()).contains("1201").contains("latitude");
		assertThat(stored()).isZero();
	}

	@Test
	void aJobLeftByANodeThatStoppedIsRunByAnother() throws Exception {
		// What a node leaves behind when it stops after storing a job and before running
		// it: the job with its rows, and the task in the shared schedule, picked by no
		// one.
		var id = UUID.randomUUID();
		var rows = "[{\"country\":\"MN\",\"name_en\":\"" + this.prefix + "1\",\"admin_level\":\"MUNICIPALITY\","
				+ "\"latitude\":\"47.9\",\"longitude\":\"106.9\",\"source\":\"test\"}]";
		this.jdbc.update(
				"insert into open_data_import_job (id, owner_id, kind, dry_run, total, stage, rows, created_at) "
						+ "values (?, ?, 'CITIES', false, 1, 'CHECKING', cast(? as jsonb), now())",
				id, this.secretariat.id(), rows);
		this.jdbc.update("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
				+ "values (?, ?, now(), false, 1)", ImportJobs.TASK, id.toString());
		var web = new WebSession(this.port).login(this.secretariat.email(), this.secretariat.password());
		var page = untilFinished(web, "/admin/cities/import/jobs/" + id);
		assertThat(page.html().select("#import-result .notice").text()).isNotBlank();
		assertThat(stored()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select rows is null from open_data_import_job where id = ?", Boolean.class,
				id))
			.as("the rows are dropped once the job has finished")
			.isTrue();
		// and the work is audited as done by the account that started it
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where actor_id = ? and action = 'IMPORTED' and details like ?",
				Long.class, this.secretariat.id(), this.prefix + "%"))
			.isEqualTo(1);
	}

	@Test
	void progressCountsEveryRowCheckedAndStored() {
		var checked = new ArrayList<Integer>();
		var written = new ArrayList<Integer>();
		var progress = new OpenDataImport.Progress() {
			@Override
			public void validated(int rows) {
				checked.add(rows);
			}

			@Override
			public void applied(int rows) {
				written.add(rows);
			}
		};
		var file = this.imports.read(ImportKind.CITIES, "cities.csv",
				new java.io.ByteArrayInputStream(citiesFile(50, false)));
		var result = this.accounts.actingAs(this.secretariat.id(),
				() -> this.imports.run(ImportKind.CITIES, file.rows(), false, progress));
		assertThat(result.applied()).isTrue();
		assertThat(checked).isEqualTo(sequence(50));
		assertThat(written).isEqualTo(sequence(50));
	}

	static List<Integer> sequence(int n) {
		var list = new ArrayList<Integer>();
		for (int i = 1; i <= n; i++) {
			list.add(i);
		}
		return list;
	}

}
