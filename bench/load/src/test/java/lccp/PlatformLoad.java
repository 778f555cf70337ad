package lccp;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * 200 users with think time for ten minutes (by default), mixing what the platform's
 * readers do: anonymous browsing in several languages, search in every script, open-data
 * API reads, and members who sign in and register for a gathering and cancel again.
 * Settings as system properties: base, users, minutes, pg (the platform's database, for
 * the member accounts of the fixture), gathering (an id open for registration).
 */
public class PlatformLoad extends Simulation {

	static final String BASE = System.getProperty("base", "http://localhost:18094");

	static final int USERS = Integer.getInteger("users", 200);

	static final int MINUTES = Integer.getInteger("minutes", 10);

	static final String PG = System.getProperty("pg", "jdbc:postgresql://localhost:54334/postgres");

	static final String GATHERING = System.getProperty("gathering", "");

	static final String PASSWORD = "bench-member-password-1";

	static final int MEMBERS = Math.max(1, USERS * 15 / 100);

	static final List<String> QUERIES = List.of("carbon", "district heating", "energy efficiency buildings",
			"低碳城市", "碳排放", "脱炭素", "省エネ", "저탄소", "온실가스", "выбросы", "энергосбережение", "агаарын бохирдол",
			"transport", "waste", "solar", "peer review");

	static final List<String> LANGUAGES = List.of("en", "zh", "ja", "ko", "ru", "mn");

	final HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("lccp-load/1.0")
		.disableCaching()
		.check(status().in(200, 201, 204, 302, 303, 304));

	static Iterator<Map<String, Object>> languages() {
		return Stream.generate((Supplier<Map<String, Object>>) () -> Map.of("language",
				LANGUAGES.get(ThreadLocalRandom.current().nextInt(LANGUAGES.size())), "query",
				QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()))))
			.iterator();
	}

	static Iterator<Map<String, Object>> members() {
		var list = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < MEMBERS; i++) {
			list.add(Map.of("email", memberEmail(i)));
		}
		return Stream.iterate(0, (i) -> i + 1).map((i) -> list.get(i % list.size())).iterator();
	}

	static String memberEmail(int i) {
		return "load-member-" + i + "@bench.lccp.example";
	}

	static ChainBuilder think(int fromSeconds, int toSeconds) {
		return pause(Duration.ofSeconds(fromSeconds), Duration.ofSeconds(toSeconds));
	}

	final ScenarioBuilder readers = scenario("readers").feed(languages())
		.during(Duration.ofMinutes(MINUTES))
		.on(exec(http("home").get("/").header("Accept-Language", "#{language}")).exec(think(2, 6))
			.exec(http("knowledge").get("/knowledge")
				.header("Accept-Language", "#{language}")
				.check(regex("href=\"(/case-studies/[0-9a-f-]{36})\"").findRandom().saveAs("caseStudy")))
			.exec(think(2, 6))
			.exec(http("case study").get("#{caseStudy}").header("Accept-Language", "#{language}"))
			.exec(think(3, 8))
			.exec(http("cities").get("/cities")
				.header("Accept-Language", "#{language}")
				.check(regex("href=\"(/cities/[0-9a-f-]{36})\"").findRandom().saveAs("city")))
			.exec(think(2, 5))
			.exec(http("city").get("#{city}").header("Accept-Language", "#{language}"))
			.exec(think(2, 6))
			.exec(http("gatherings").get("/gatherings").header("Accept-Language", "#{language}"))
			.exec(think(2, 6))
			.exec(http("targets").get("/targets").header("Accept-Language", "#{language}"))
			.exec(think(2, 6)));

	final ScenarioBuilder searchers = scenario("searchers").during(Duration.ofMinutes(MINUTES))
		.on(feed(languages()).exec(http("search")
			.get("/search")
			.queryParam("q", "#{query}")
			.header("Accept-Language", "#{language}")).exec(think(3, 9)));

	final ScenarioBuilder apiReaders = scenario("api").during(Duration.ofMinutes(MINUTES))
		.on(exec(http("api cities").get("/api/v1/cities?size=50").header("Accept", "application/json"))
			.exec(think(1, 4))
			.exec(http("api targets").get("/api/v1/targets?size=50").header("Accept", "application/json"))
			.exec(think(1, 4))
			.exec(http("api case studies").get("/api/v1/case-studies").header("Accept", "application/json"))
			.exec(think(1, 4)));

	final ScenarioBuilder members = scenario("members").feed(members())
		.exec(http("login form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("login").post("/login")
			.formParam("username", "#{email}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(200)))
		.during(Duration.ofMinutes(MINUTES))
		.on(exec(http("gathering").get("/gatherings/" + GATHERING)
			.check(css("form[action$='/registration'] input[name=_csrf]", "value").saveAs("csrf")))
			.exec(think(2, 6))
			.exec(http("register").post("/gatherings/" + GATHERING + "/registration")
				.formParam("mode", "ONLINE")
				.formParam("dietary", "")
				.formParam("accessibility", "")
				.formParam("interpretation", "")
				.formParam("_csrf", "#{csrf}")
				.check(css("form[action$='/registration/cancel'] input[name=_csrf]", "value").saveAs("csrf")))
			.exec(think(3, 8))
			.exec(http("cancel").post("/gatherings/" + GATHERING + "/registration/cancel")
				.formParam("_csrf", "#{csrf}"))
			.exec(think(3, 8)));

	{
		var readerCount = USERS * 50 / 100;
		var searcherCount = USERS * 20 / 100;
		var apiCount = USERS - readerCount - searcherCount - MEMBERS;
		var rampUp = Duration.ofSeconds(60);
		setUp(this.readers.injectOpen(rampUsers(readerCount).during(rampUp)),
				this.searchers.injectOpen(rampUsers(searcherCount).during(rampUp)),
				this.apiReaders.injectOpen(rampUsers(apiCount).during(rampUp)),
				this.members.injectOpen(rampUsers(MEMBERS).during(rampUp)))
			.protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	/** Member accounts for the run: written into the database, as an administrator would. */
	@Override
	public void before() {
		var hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		try (var connection = DriverManager.getConnection(PG, "postgres", "")) {
			try (var account = connection.prepareStatement("insert into account (id, email, email_normalised, "
					+ "password_hash, display_name, email_verified_at, created_at) values (?, ?, ?, ?, ?, ?, ?) "
					+ "on conflict (email_normalised) do nothing");
					var role = connection.prepareStatement(
							"insert into account_role (account_id, role) select id, 'MEMBER' from account "
									+ "where email_normalised = ? on conflict do nothing")) {
				for (int i = 0; i < MEMBERS; i++) {
					var email = memberEmail(i);
					account.setObject(1, UUID.randomUUID());
					account.setString(2, email);
					account.setString(3, email);
					account.setString(4, hash);
					account.setString(5, "Load member " + i);
					account.setObject(6, OffsetDateTime.now());
					account.setObject(7, OffsetDateTime.now());
					account.executeUpdate();
					role.setString(1, email);
					role.executeUpdate();
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the members of the load run in " + PG, ex);
		}
	}

}
