package org.lccp.faults;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lccp.LccpApplication;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL restarted while readers and API writers keep going: during the outage every
 * answer is a 503 with a retry hint (a problem detail on the API, a short page in the
 * reader's language elsewhere), never a 500; the platform serves again within 10 s of the
 * database being back; and every write acknowledged before, during or after the restart
 * is in the database afterwards. The database here is a server of its own, with
 * PostgreSQL's durable defaults (the shared test server turns fsync off), stopped and
 * started again on the same data directory and port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartTest {

	private Path directory;

	private int port;

	private EmbeddedPostgres database;

	private ConfigurableApplicationContext platform;

	@BeforeAll
	void startDatabaseAndPlatform() throws Exception {
		this.directory = Files.createTempDirectory("lccp-restart-");
		try (var socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.database = startDatabase();
		try (var connection = this.database.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database lccp");
		}
		this.platform = new SpringApplicationBuilder(LccpApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.database.getJdbcUrl("postgres", "lccp"),
				"--spring.datasource.username=postgres", "--lccp.demo.enabled=false",
				"--lccp.identity.admin-email=" + TestDatabase.ADMIN_EMAIL,
				"--lccp.identity.admin-password=" + TestDatabase.ADMIN_PASSWORD,
				"--lccp.identity.login-attempts-per-address=100000", "--lccp.identity.api.requests-per-minute=1000000",
				"--lccp.data-directory=" + this.directory.resolve("platform"), "--server.shutdown=immediate",
				"--spring.lifecycle.timeout-per-shutdown-phase=2s", "--spring.main.banner-mode=off");
	}

	/**
	 * The first start finds the directory empty and initialises it; later starts find the
	 * cluster and keep it. (A clean-directory server would delete its files when closed.)
	 */
	private EmbeddedPostgres startDatabase() throws Exception {
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.directory.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setPort(this.port)
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC")
			.start();
	}

	@AfterAll
	void stopEverything() throws Exception {
		if (this.platform != null) {
			this.platform.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aRestartUnderLoadAnswers503WithRetryAfterRecoversWithinTenSecondsAndLosesNoAcknowledgedWrite()
			throws Exception {
		var web = port(this.platform);
		var accounts = new TestAccounts(this.platform.getBean(AccountManagement.class));
		var secretariat = accounts.create("Restart secretariat", Role.SECRETARIAT);
		var focal = accounts.create("Restart focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		var cities = this.platform.getBean(CityDirectory.class);
		var city = this.platform.getBean(AccountManagement.class).actingAs(secretariat.id(), () -> {
			var id = cities
				.createCity(new CityDetails("MN", null, "Restartville " + UUID.randomUUID(), null, null, null, null,
						null, null, AdminLevel.MUNICIPALITY, new BigDecimal("47.9"), new BigDecimal("106.9"), null));
			cities.addFocalPoint(id, focal.email());
			return id;
		});
		var session = new WebSession(web).login(focal.email(), focal.password());
		var made = session.post("/account/api-tokens", "name", "restart", "scope", "WRITE");
		var token = session.follow(made).html().selectFirst("#token-secret").text();

		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		var acknowledged = ConcurrentHashMap.<String>newKeySet();
		var statuses = new ConcurrentHashMap<Integer, AtomicLong>();
		var outageAnswers = new ConcurrentLinkedQueue<HttpResponse<String>>();
		var unexpected = new ConcurrentLinkedQueue<String>();
		var running = new AtomicBoolean(true);
		var lastSuccess = new AtomicLong();
		var pool = Executors.newFixedThreadPool(6);
		for (int w = 0; w < 4; w++) {
			var writer = w;
			pool.submit(() -> {
				for (int i = 0; running.get(); i++) {
					var title = "Restart target " + writer + "-" + i;
					var json = """
							{"type":"ABSOLUTE","title":"%s","baseYear":2013,"targetYear":2030,"reductionPercent":40,
							 "conditional":false,"status":"ADOPTED","sourceDocument":"restart test"}"""
						.formatted(title);
					var request = HttpRequest
						.newBuilder(URI.create("http://localhost:" + web + "/api/v1/cities/" + city + "/targets"))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/json")
						.header("Accept", "application/json")
						.header("Authorization", "Bearer " + token)
						.POST(HttpRequest.BodyPublishers.ofString(json))
						.build();
					record(http, request, statuses, outageAnswers, unexpected, lastSuccess,
							() -> acknowledged.add(title));
				}
				return null;
			});
		}
		for (int r = 0; r < 2; r++) {
			var language = r == 0 ? "ru" : "mn";
			pool.submit(() -> {
				while (running.get()) {
					var request = HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/cities/" + city))
						.timeout(Duration.ofSeconds(30))
						.header("Accept-Language", language)
						.GET()
						.build();
					record(http, request, statuses, outageAnswers, unexpected, lastSuccess, () -> {
					});
				}
				return null;
			});
		}

		// under load: every writer has had writes acknowledged and the readers are served
		await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 8 && statuses.containsKey(200));
		var beforeRestart = acknowledged.size();
		this.database.close();
		// Down longer than the pool's 5 s wait for a connection, so that readers and
		// writers alike are answered while it is down.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> outageAnswers.stream().anyMatch((a) -> a.uri().getPath().startsWith("/api/"))
					&& outageAnswers.stream().anyMatch((a) -> !a.uri().getPath().startsWith("/api/")));
		this.database = startDatabase();
		var back = System.nanoTime();
		var recoveredAfter = -1L;
		try {
			await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> lastSuccess.get() > back);
			recoveredAfter = TimeUnit.NANOSECONDS.toMillis(lastSuccess.get() - back);
		}
		catch (ConditionTimeoutException ex) {
			// reported by the assertion on recoveredAfter below
		}
		// and the writers go on after the restart
		var atRecovery = acknowledged.size();
		await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= atRecovery + 8);
		running.set(false);
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		assertThat(unexpected).as("answers other than 2xx and 503").isEmpty();
		assertThat(beforeRestart).as("writes acknowledged before the restart").isPositive();
		assertThat(statuses.get(503)).as("requests answered 503 during the outage").isNotNull();
		assertThat(recoveredAfter).as("milliseconds from the database's return to the first success")
			.isBetween(0L, 10_000L);
		assertThat(outageAnswers).extracting((answer) -> answer.uri().getPath().startsWith("/api/"))
			.as("503s for the API and for pages")
			.contains(true, false);
		for (var answer : outageAnswers) {
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
			if (answer.uri().getPath().startsWith("/api/")) {
				assertThat(answer.headers().firstValue("Content-Type"))
					.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
				assertThat(answer.body()).contains("\"status\":503");
			}
			else {
				assertThat(answer.body()).containsAnyOf("Временно недоступно", "Түр ашиглах боломжгүй")
					.doesNotContain("Exception");
			}
		}
		var jdbc = new JdbcTemplate(this.platform.getBean(javax.sql.DataSource.class));
		var stored = Set
			.copyOf(jdbc.queryForList("select title from climate_target where city_id = ?", String.class, city));
		assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
		assertThat(acknowledged.size()).as("writes went on after the restart").isGreaterThan(beforeRestart);
		System.out.printf("Database restart: %d writes acknowledged (%d before), statuses %s, served again %d ms "
				+ "after the database%n", acknowledged.size(), beforeRestart, statuses, recoveredAfter);
	}

	private static void record(HttpClient http, HttpRequest request, Map<Integer, AtomicLong> statuses,
			ConcurrentLinkedQueue<HttpResponse<String>> outageAnswers, ConcurrentLinkedQueue<String> unexpected,
			AtomicLong lastSuccess, Runnable onSuccess) {
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			statuses.computeIfAbsent(response.statusCode(), (s) -> new AtomicLong()).incrementAndGet();
			if (response.statusCode() / 100 == 2) {
				onSuccess.run();
				lastSuccess.set(System.nanoTime());
			}
			else if (response.statusCode() == 503) {
				if (outageAnswers.size() < 200) {
					outageAnswers.add(response);
				}
				// a client backing off after a refusal (it was told Retry-After), not a
				// wait for the platform: the test's own waits are conditions above
				Thread.sleep(100);
			}
			else {
				unexpected.add(request.method() + " " + request.uri().getPath() + " → " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			unexpected.add(request.method() + " " + request.uri().getPath() + " → " + ex);
		}
	}

	private static int port(ConfigurableApplicationContext node) {
		return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
