package org.lccp.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bulk download is rebuilt in the background after a change, with no download asking
 * for it, and the previous file is served until the new one is complete.
 */
@LccpTest
class BulkDownloadTest {

	@LocalServerPort
	int port;

	@Autowired
	BulkDownload bulk;

	@Autowired
	CityDirectory cities;

	@Autowired
	OpenData openData;

	@Autowired
	AccountManagement accounts;

	@Test
	void aChangeReachesTheZipWithoutARequest() throws Exception {
		await().atMost(Duration.ofSeconds(60)).until(() -> this.bulk.built().isPresent());
		var before = this.bulk.built().orElseThrow();
		var name = "Bulkburg " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(citiesCsv(Files.readAllBytes(before.file()))).doesNotContain(name);

		var secretariat = new TestAccounts(this.accounts).create("Secretariat", Role.SECRETARIAT);
		this.accounts.actingAs(secretariat.id(),
				() -> this.cities.createCity(new CityDetails("MN", null, name, null, null, null, null, null, null,
						AdminLevel.MUNICIPALITY, new BigDecimal("47.9"), new BigDecimal("106.9"), "test")));

		// nobody downloads: the rebuild happens by itself after the debounce window
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.bulk.built().orElseThrow() != before
					&& citiesCsv(Files.readAllBytes(this.bulk.built().orElseThrow().file())).contains(name));
		var after = this.bulk.built().orElseThrow();
		assertThat(after.builtAt()).isAfter(before.builtAt());
		assertThat(after.file()).isEqualTo(before.file()).as("replaced in place, by an atomic rename");
		try (var files = Files.list(after.file().getParent())) {
			assertThat(files.map((f) -> f.getFileName().toString())).containsExactly("lccp-open-data.zip");
		}

		var client = java.net.http.HttpClient.newHttpClient();
		var downloaded = client
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/open-data/lccp-open-data.zip"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
			.body();
		assertThat(citiesCsv(downloaded)).contains(name);
	}

	@Test
	void changesWithinTheWindowShareOneRebuild() {
		// settled: the served file is built from the data as it is now, so no rebuild
		// asked for by earlier changes is still waiting
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.bulk.built().isPresent()
					&& this.bulk.built().orElseThrow().version().equals(this.openData.version()));
		var builds = this.bulk.builds();
		this.bulk.requestRebuild();
		this.bulk.requestRebuild();
		this.bulk.requestRebuild();
		// the served file stays complete and readable while the rebuild waits and runs
		assertThat(this.bulk.get().file()).exists();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.bulk.builds() > builds);
		// and no second build follows within more than one window (3 s)
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.bulk.builds() == builds + 1);
		assertThat(this.bulk.builds()).isEqualTo(builds + 1);
	}

	static String citiesCsv(byte[] zipBytes) throws IOException {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("cities.csv")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no cities.csv in the ZIP");
	}

}
