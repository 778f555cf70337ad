package org.lccp.shared.db;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lccp.LccpApplication;
import org.lccp.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default run: without a configured database the platform starts its own PostgreSQL
 * in the data directory, stops it cleanly on shutdown, and finds its data again on the
 * next start.
 */
class EmbeddedDatabaseLifecycleTest {

	@TempDir
	Path data;

	@Test
	void embeddedDatabaseStopsWithThePlatformAndKeepsItsDataForTheNextStart() throws IOException {
		int port;
		try (var first = start()) {
			var postgres = first.getBean(EmbeddedPostgres.class);
			port = postgres.getPort();
			assertThat(this.data.resolve("postgres/postmaster.pid")).exists();
			var jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class,
					TestDatabase.ADMIN_EMAIL))
				.isEqualTo(1L);
			jdbc.update("insert into demo_dataset (name) values ('lifecycle-marker')");
		}
		assertThat(this.data.resolve("postgres/postmaster.pid")).doesNotExist();
		int stoppedPort = port;
		assertThatThrownBy(() -> new Socket("localhost", stoppedPort).close()).isInstanceOf(IOException.class);

		try (var second = start()) {
			var jdbc = new JdbcTemplate(second.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from demo_dataset where name = 'lifecycle-marker'",
					Long.class))
				.isEqualTo(1L);
			assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isEqualTo(1L);
		}
		assertThat(Files.exists(this.data.resolve("postgres/postmaster.pid"))).isFalse();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LccpApplication.class).run("--server.port=0",
				"--lccp.data-directory=" + this.data, "--lccp.demo.enabled=false",
				"--lccp.identity.admin-email=" + TestDatabase.ADMIN_EMAIL,
				"--lccp.identity.admin-password=" + TestDatabase.ADMIN_PASSWORD);
	}

}
