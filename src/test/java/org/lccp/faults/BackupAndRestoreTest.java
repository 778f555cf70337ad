package org.lccp.faults;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.lccp.LccpApplication;
import org.lccp.benchmarking.BenchmarkingManagement;
import org.lccp.files.FileRules;
import org.lccp.files.FileStore;
import org.lccp.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-node backup of docs/deploy.md, done as written: stop the platform, archive
 * its data directory (embedded PostgreSQL and uploaded files) with {@code tar}, unpack it
 * into a fresh directory elsewhere and start the platform there. Every row of every table
 * that holds records, and every stored file byte for byte, is found again.
 */
class BackupAndRestoreTest {

	/** Rows the platform itself rewrites at start-up or in the background. */
	private static final Set<String> BOOKKEEPING = Set.of("scheduled_tasks", "spring_session",
			"spring_session_attributes", "event_publication", "event_publication_archive", "api_rate_bucket");

	@Test
	void aBackupOfTheDataDirectoryRestoredIntoAFreshOneHoldsEveryRecordAndFile() throws Exception {
		var work = Files.createTempDirectory("lccp-backup-");
		var original = work.resolve("original");
		var restored = work.resolve("restored");
		Map<String, String> tablesBefore;
		Map<String, String> filesBefore;
		String download;
		byte[] picture = picture();
		try (var platform = start(original)) {
			var files = platform.getBean(FileStore.class);
			var stored = files.store("restore-check.png", new ByteArrayInputStream(picture), FileRules.images());
			files.setPublic(stored.id(), true);
			download = stored.downloadPath();
			// Benchmarking works its values out in the background a few seconds after the
			// start; waiting for it here keeps that work out of the comparison.
			platform.getBean(BenchmarkingManagement.class).recomputeIfChanged();
			tablesBefore = tables(platform);
			filesBefore = files(original.resolve("files"));
		}
		assertThat(tablesBefore).as("tables with records").hasSizeGreaterThan(20);
		assertThat(filesBefore).as("stored files").isNotEmpty();

		var archive = work.resolve("lccp-backup.tar.gz");
		run("tar", "-C", original.toString(), "-czf", archive.toString(), ".");
		Files.createDirectories(restored);
		run("tar", "-C", restored.toString(), "-xzf", archive.toString());

		try (var platform = start(restored)) {
			assertThat(tables(platform)).isEqualTo(tablesBefore);
			assertThat(files(restored.resolve("files"))).isEqualTo(filesBefore);
			var port = platform.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			var answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + download)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo(picture);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDirectory) {
		// No spring.datasource.url: the platform starts its embedded PostgreSQL inside
		// the data directory, as the README's run command does.
		return new SpringApplicationBuilder(LccpApplication.class).run("--server.port=0",
				"--lccp.data-directory=" + dataDirectory, "--lccp.demo.enabled=true",
				"--lccp.identity.admin-email=" + TestDatabase.ADMIN_EMAIL,
				"--lccp.identity.admin-password=" + TestDatabase.ADMIN_PASSWORD, "--server.shutdown=immediate",
				"--spring.lifecycle.timeout-per-shutdown-phase=2s", "--spring.main.banner-mode=off");
	}

	/** Each table's row count and a digest of its rows in a fixed order. */
	private static Map<String, String> tables(ConfigurableApplicationContext platform) {
		var jdbc = new JdbcTemplate(platform.getBean(javax.sql.DataSource.class));
		var names = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
				+ "and table_type = 'BASE TABLE' order by table_name", String.class);
		var digests = new TreeMap<String, String>();
		for (var name : names) {
			if (BOOKKEEPING.contains(name)) {
				continue;
			}
			var row = jdbc.queryForMap("select count(*) as n, md5(coalesce(string_agg(t::text, '|' order by t::text), "
					+ "'')) as digest from \"" + name + "\" t");
			if (((Number) row.get("n")).longValue() > 0) {
				digests.put(name, row.get("n") + " " + row.get("digest"));
			}
		}
		return digests;
	}

	private static Map<String, String> files(Path directory) throws Exception {
		var digests = new TreeMap<String, String>();
		try (Stream<Path> paths = Files.walk(directory)) {
			for (var path : paths.filter(Files::isRegularFile).toList()) {
				var sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
				digests.put(directory.relativize(path).toString(), HexFormat.of().formatHex(sha));
			}
		}
		return digests;
	}

	private static byte[] picture() throws Exception {
		var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
			}
		}
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static void run(String... command) throws Exception {
		var process = new ProcessBuilder(List.of(command)).inheritIO().start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
	}

}
