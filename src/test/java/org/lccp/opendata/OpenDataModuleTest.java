package org.lccp.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.domain.OpenDataTables;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * The open-data module on its own, with one table and one import offered by a stand-in
 * module (identity's accounts a mock): the bulk download holds the offered table in both
 * formats with formula-safe cells, and an import runs as a background job, as the account
 * that started it, whose progress and result only that account sees — on its own
 * migration of the job table.
 */
@ModuleTest
@Import(OpenDataModuleTest.StandInModule.class)
class OpenDataModuleTest {

	@MockitoBean
	AccountManagement accounts;

	private final ImportJobs jobs;

	private final BulkDownload bulk;

	private final SignedIn officer = SignedIn.account("Secretariat officer");

	OpenDataModuleTest(ImportJobs jobs, BulkDownload bulk) {
		this.jobs = jobs;
		this.bulk = bulk;
	}

	@Test
	void anImportRunsInTheBackgroundAsTheAccountThatStartedIt() {
		given(this.accounts.actingAs(any(), any())).willAnswer((call) -> call.<Supplier<?>>getArgument(1).get());
		var file = "name\nDarkhan\nErdenet\n".getBytes(StandardCharsets.UTF_8);
		var id = this.officer.as(() -> this.jobs.start("PLACES", "places.csv", new ByteArrayInputStream(file), false),
				Role.SECRETARIAT);

		var status = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.officer.as(() -> this.jobs.status(id), Role.SECRETARIAT),
					ImportJobs.ImportStatus::finished);
		assertThat(status.result()).isNotNull();
		assertThat(status.result().applied()).isTrue();
		assertThat(status.result().rows()).isEqualTo(2);
		assertThat(status.done()).isEqualTo(status.steps());
		assertThat(StandInModule.stored).contains("Darkhan", "Erdenet");
		verify(this.accounts).actingAs(eq(this.officer.id()), any());

		var other = SignedIn.account("Other officer");
		assertThatThrownBy(() -> other.as(() -> this.jobs.status(id), Role.SECRETARIAT))
			.isInstanceOf(ImportJobs.ImportJobNotFoundException.class);
	}

	@Test
	void aFileWithAProblemIsFinishedAtOnceWithNothingStored() {
		var id = this.officer.as(
				() -> this.jobs.start("PLACES", "places.csv",
						new ByteArrayInputStream("town\nDarkhan\n".getBytes(StandardCharsets.UTF_8)), false),
				Role.SECRETARIAT);
		var status = this.officer.as(() -> this.jobs.status(id), Role.SECRETARIAT);
		assertThat(status.finished()).isTrue();
		assertThat(status.result().problems()).extracting(OpenDataImport.Problem::column).containsExactly("name");
	}

	@Test
	void theBulkDownloadHoldsEveryOfferedTableAsCsvAndXlsx() throws IOException {
		var entries = entries(Files.readAllBytes(this.bulk.get().file()));
		assertThat(entries.keySet()).containsExactly("places.csv", "places.xlsx");
		assertThat(entries.get("places.csv")).isEqualTo("name,note\r\nDarkhan,'=1+1\r\n");
	}

	static Map<String, String> entries(byte[] zipBytes) throws IOException {
		var entries = new LinkedHashMap<String, String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	/** What a module with public data and an import offers the open-data module. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StandInModule {

		static final List<String> stored = new CopyOnWriteArrayList<>();

		@Bean
		OpenDataTables places() {
			return () -> List.of(new OpenDataTables.Table("places", List.of("name", "note"),
					(sink) -> sink.accept(List.of("Darkhan", "=1+1"))));
		}

		@Bean
		OpenDataImport placesImport() {
			return new OpenDataImport() {
				@Override
				public String kind() {
					return "PLACES";
				}

				@Override
				public ReadFile read(@Nullable String filename, java.io.InputStream content) {
					try {
						var rows = ImportFiles.rows(filename, content);
						return rows.isEmpty() || !rows.get(0).containsKey("name")
								? new ReadFile(List.of(), List.of(new Problem(1, "name", "missing")))
								: new ReadFile(rows, List.of());
					}
					catch (IOException ex) {
						return new ReadFile(List.of(), List.of(new Problem(0, "", "unreadable")));
					}
				}

				@Override
				public Result run(List<Map<String, String>> rows, boolean dryRun, Progress progress) {
					var names = new ArrayList<String>();
					for (int i = 0; i < rows.size(); i++) {
						names.add(rows.get(i).get("name"));
						progress.validated(i + 1);
					}
					progress.applying();
					if (!dryRun) {
						stored.addAll(names);
						for (int i = 1; i <= names.size(); i++) {
							progress.applied(i);
						}
					}
					return new Result(names.size(), List.of(), !dryRun);
				}
			};
		}

	}

}
