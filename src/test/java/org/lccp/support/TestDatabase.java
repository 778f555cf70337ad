package org.lccp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server per test JVM, and a fresh database for every Spring context
 * the tests start. The contexts then connect to it as to an external database, so the
 * platform's own embedded server stays off.
 */
public final class TestDatabase {

	/** Generated per run: the repository holds no password. */
	public static final String ADMIN_PASSWORD = randomPassword();

	public static final String ADMIN_EMAIL = "admin@test.lccp.example";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private static Path dataRoot;

	private TestDatabase() {
	}

	static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				dataRoot = Files.createTempDirectory("lccp-test-");
				server = EmbeddedPostgres.builder()
					.setDataDirectory(dataRoot.resolve("postgres"))
					.setCleanDataDirectory(true)
					.setRegisterShutdownHook(false)
					.setServerConfig("max_connections", "300")
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("timezone", "UTC")
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
					}
					catch (IOException ex) {
						// The JVM is ending; the temporary directory goes with the
						// machine.
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}

	/** Creates an empty database and returns its JDBC address. */
	public static String newDatabase() {
		var name = "lccp_test_" + DATABASES.incrementAndGet();
		try (var connection = server().getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	static Path dataDirectory(String database) {
		server();
		return dataRoot.resolve(database.substring(database.lastIndexOf('/') + 1));
	}

	private static String randomPassword() {
		var bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Points a Spring context at a new test database. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			var url = newDatabase();
			// Every test logs in from 127.0.0.1, so the per-address login limit of real
			// use would throttle a whole test run; the per-account limit stays as is.
			TestPropertyValues
				.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
						"spring.datasource.hikari.maximum-pool-size=12", "lccp.demo.enabled=false",
						"lccp.identity.admin-email=" + ADMIN_EMAIL, "lccp.identity.admin-password=" + ADMIN_PASSWORD,
						"lccp.data-directory=" + dataDirectory(url), "spring.thymeleaf.cache=true",
						"lccp.mail.dispatch-interval=200ms", "server.shutdown=immediate",
						"spring.lifecycle.timeout-per-shutdown-phase=2s",
						// Every test client logs in from 127.0.0.1: a per-address limit
						// would throttle the whole suite after 20 logins.
						"lccp.identity.login-attempts-per-address=100000")
				.applyTo(context);
		}

	}

}
