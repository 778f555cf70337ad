package org.lccp.security;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile inputs an outside sweep found answered with 500, each as a request a
 * visitor can send: far dates, NUL characters, huge pages, numbers beyond a column's
 * precision, unknown choices with other errors, and odd parameters and headers. Each is
 * refused with a field error, a 400 or a problem detail, and stores nothing.
 */
@LccpTest
class HostileInputTest {

	private static final String NUL = "\u0000";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityDirectory cities;

	@Autowired
	JdbcTemplate jdbc;

	TestAccount secretariat;

	TestAccount focal;

	UUID city;

	@BeforeEach
	void setUp() {
		var accounts = new TestAccounts(this.accountManagement);
		this.secretariat = accounts.create("Hostile secretariat", Role.SECRETARIAT, Role.MEMBER);
		this.focal = accounts.create("Hostile focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		var name = "Fuzzburg " + UUID.randomUUID().toString().substring(0, 8);
		this.city = this.accountManagement.actingAs(this.secretariat.id(), () -> {
			var id = this.cities.createCity(new CityDetails("KR", null, name, null, null, null, null, null, null,
					AdminLevel.MUNICIPALITY, new BigDecimal("37.5"), new BigDecimal("127.0"), "test"));
			this.cities.addFocalPoint(id, this.focal.email());
			return id;
		});
	}

	WebSession as(TestAccount account) {
		return new WebSession(this.port).login(account.email(), account.password());
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	// 1b. fields left out of an otherwise valid form (found by the fuzz test's
	// missing-field
	// round)

	@Test
	void aFocalPointFormWithoutItsAddressIsAMessageNotAFailure() {
		var secretariat = as(this.secretariat);
		var before = count("audit_entry");
		for (var path : new String[] { "/cities/" + this.city + "/focal-points",
				"/cities/" + this.city + "/focal-points/remove" }) {
			var answer = secretariat.post(path);
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(secretariat.follow(answer).html().select("[role=alert], .error, .notice").text()).as(path)
				.isNotBlank();
		}
		assertThat(count("audit_entry")).isEqualTo(before);
	}

	// 2. dates

	@Test
	void aGatheringInTheYear99999IsAFieldErrorAndStoresNothing() {
		var before = count("gathering");
		var answer = as(this.secretariat).post("/admin/gatherings", "title", "Far future forum", "type", "FORUM",
				"format", "ONLINE", "startsAt", "+99999-05-02T09:00", "endsAt", "+99999-05-02T18:00", "timeZone",
				"Asia/Seoul", "onlineLink", "https://meet.example.org/far");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html().select("#startsAt-error").text()).contains("1900").contains("2200");
		assertThat(count("gathering")).isEqualTo(before);
	}

	@Test
	void aFarDateAlreadyStoredDoesNotBreakTheFeedForEveryone() {
		var created = as(this.secretariat).post("/admin/gatherings", "title", "Stored far forum", "type", "FORUM",
				"format", "ONLINE", "startsAt", "2031-05-02T09:00", "endsAt", "2031-05-02T18:00", "timeZone",
				"Asia/Seoul", "onlineLink", "https://meet.example.org/stored");
		assertThat(created.status()).isEqualTo(302);
		var id = UUID.fromString(created.location().replaceFirst(".*/", ""));
		// as an older version of the platform or a database tool may have stored it
		this.jdbc.update("update gathering set starts_at = '99999-05-02 00:00:00+00', "
				+ "ends_at = '99999-05-03 00:00:00+00' where id = ?", id);
		try {
			var anyone = new WebSession(this.port);
			assertThat(anyone.get("/gatherings/feed.rss").status()).isEqualTo(200);
			assertThat(anyone.get("/gatherings/calendar.ics").status()).isEqualTo(200);
			assertThat(anyone.get("/gatherings").status()).isEqualTo(200);
			assertThat(anyone.get("/api/v1/gatherings").status()).isEqualTo(200);
		}
		finally {
			this.jdbc.update("delete from gathering where id = ?", id);
		}
	}

	@Test
	void farDatesInKnowledgeAndAuditFiltersAreRefusedNotFailures() {
		var web = as(this.secretariat);
		var news = web.post("/knowledge", "kind", "NEWS", "originalLanguage", "en", "title", "Far news", "body",
				"<p>x</p>", "publishedOn", "+99999-01-01");
		assertThat(news.status()).isEqualTo(200);
		assertThat(news.html().select("#publishedOn-error").text()).isNotBlank();
		assertThat(web.get("/admin/audit?from=99999-01-01&to=-99999-01-01").status()).isIn(200, 400);
	}

	// 3. NUL characters

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=%00", "/search/suggest?q=a%00b", "/cities?q=%00", "/targets?country=%00",
			"/members?country=%00", "/gatherings?theme=a%00", "/api/v1/cities?q=%00", "/api/v1/targets?country=%00",
			"/api/v1/case-studies?q=%00", "/cities/compare?q=%00" })
	void aNulCharacterInAPublicQueryIsHarmless(String path) {
		var answer = new WebSession(this.port).get(path);
		assertThat(answer.status()).as(path).isLessThan(500);
	}

	@Test
	void aNulCharacterInAdminFiltersFormsTokensAndJsonIsCleanedAway() throws Exception {
		var web = as(this.secretariat);
		for (var path : List.of("/admin/accounts?q=%00", "/admin/audit?actor=%00&action=%00&recordType=%00",
				"/admin/outbox?recipient=%00")) {
			assertThat(web.get(path).status()).as(path).isLessThan(500);
		}
		var profile = web.post("/profile", "displayName", "Nul" + NUL + "Name", "language", "EN", "affiliation",
				"In" + NUL + "stitute");
		assertThat(profile.status()).isEqualTo(302);
		assertThat(this.accountManagement.find(this.secretariat.id()).displayName()).isEqualTo("NulName");

		var member = as(this.focal);
		var token = member.post("/account/api-tokens", "name", "to" + NUL + "ken", "scope", "WRITE");
		assertThat(token.status()).isEqualTo(302);
		var secret = member.follow(token).html().selectFirst("#token-secret").text();
		assertThat(this.jdbc.queryForObject("select count(*) from personal_api_token where name = 'token'", Long.class))
			.isPositive();

		var json = """
				{"type":"ABSOLUTE","title":"Nul\\u0000target","baseYear":2013,"targetYear":2030,"reductionPercent":46,
				 "conditional":false,"status":"ADOPTED","sourceDocument":"API\\u0000test",
				 "sourceLink":"https://example.org/\\u0000x"}""";
		var created = api("POST", "/api/v1/cities/" + this.city + "/targets", secret, json, "application/json");
		assertThat(created.statusCode()).as(created.body()).isIn(201, 400);
		assertThat(this.jdbc.queryForObject("select count(*) from climate_target where position(chr(1) in title) > 0",
				Long.class))
			.isZero();

		var upload = member.postMultipart("/knowledge",
				List.of(new WebSession.Upload("none", "a.txt", "text/plain", new byte[0])), "kind", "CASE_STUDY",
				"originalLanguage", "en", "title", "Multi" + NUL + "part", "body", "<p>x</p>");
		assertThat(upload.status()).isLessThan(500);
	}

	// 4. paging

	@ParameterizedTest
	@ValueSource(strings = { "/cities?page=2147483647", "/targets?page=2147483647", "/gatherings?page=2147483647",
			"/members?page=2147483647", "/search?q=energy&page=2147483647", "/case-studies?page=2147483647",
			"/cities?page=-5", "/search?q=energy&page=-1" })
	void hugeAndNegativePagesGiveASanePage(String path) {
		assertThat(new WebSession(this.port).get(path).status()).as(path).isEqualTo(200);
	}

	@Test
	void hugePagesOnSecretariatListsGiveASanePage() {
		var web = as(this.secretariat);
		for (var path : List.of("/admin/accounts?page=2147483647", "/admin/audit?page=2147483647",
				"/admin/outbox?page=2147483647", "/admin/membership?page=2147483647",
				"/admin/gatherings?page=2147483647", "/admin/knowledge?page=2147483647")) {
			assertThat(web.get(path).status()).as(path).isEqualTo(200);
		}
	}

	// 5. numbers beyond a column's precision

	@ParameterizedTest
	@ValueSource(strings = { "1e17", "1e30", "1e308", "12345678901234567.5", "0.00000001" })
	void numbersBeyondTheColumnAreFieldErrorsOnTargetsFactsAndProgress(String number) {
		var web = as(this.focal);
		var targetsBefore = count("climate_target");
		var target = web.post("/cities/" + this.city + "/targets", "type", "ABSOLUTE", "title", "Huge", "baseYear",
				"2010", "targetYear", "2030", "baseValue", number, "targetValue", "1", "unit", "tCO2e", "status",
				"ADOPTED", "sourceDocument", "doc", "_conditional", "on");
		assertThat(target.status()).as(number).isEqualTo(200);
		assertThat(target.html().select("#baseValue-error").text()).as(number).isNotBlank();
		assertThat(count("climate_target")).isEqualTo(targetsBefore);

		var factsBefore = count("city_fact");
		var fact = web.post("/cities/" + this.city + "/facts", "kind", "POPULATION", "year", "2020", "value", number,
				"unit", "persons", "source", "census");
		assertThat(fact.status()).as(number).isEqualTo(200);
		assertThat(fact.html().select("#value-error").text()).as(number).isNotBlank();
		assertThat(count("city_fact")).isEqualTo(factsBefore);
	}

	@Test
	void progressResultLinesAndApiBodiesRefuseNumbersBeyondTheColumn() throws Exception {
		var web = as(this.focal);
		var created = web.post("/cities/" + this.city + "/targets", "type", "ABSOLUTE", "title", "Fine", "baseYear",
				"2010", "targetYear", "2030", "reductionPercent", "40", "status", "ADOPTED", "sourceDocument", "doc",
				"_conditional", "on");
		assertThat(created.status()).isEqualTo(302);
		var targetPath = created.location().replaceFirst("^https?://[^/]+", "");
		var progressBefore = count("target_progress");
		var progress = web.post(targetPath + "/progress", "year", "2020", "value", "1e30", "shareAchieved", "1");
		assertThat(progress.status()).isIn(200, 400);
		assertThat(count("target_progress")).isEqualTo(progressBefore);

		var item = web.post("/knowledge", "kind", "CASE_STUDY", "originalLanguage", "en", "title", "Huge results",
				"body", "<p>x</p>", "results", "1e30|tCO2e|avoided per year");
		assertThat(item.status()).isEqualTo(200);
		assertThat(item.html().select("#results-error").text()).isNotBlank();

		var token = web.post("/account/api-tokens", "name", "huge", "scope", "WRITE");
		var secret = web.follow(token).html().selectFirst("#token-secret").text();
		var before = count("climate_target");
		for (var value : List.of("1e308", "1e17", "NaN", "Infinity", "-1e400")) {
			var json = """
					{"type":"ABSOLUTE","title":"Huge","baseYear":2013,"baseValue":%s,"targetYear":2030,"targetValue":1,
					 "unit":"tCO2e","conditional":false,"status":"ADOPTED","sourceDocument":"API"}""".formatted(value);
			var answer = api("POST", "/api/v1/cities/" + this.city + "/targets", secret, json, "application/json");
			assertThat(answer.statusCode()).as(value + " " + answer.body()).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		}
		var progressJson = api("POST", "/api/v1" + targetPath + "/progress", secret, "{\"year\":2020,\"value\":1e30}",
				"application/json");
		assertThat(progressJson.statusCode()).as(progressJson.body()).isEqualTo(400);
		assertThat(count("climate_target")).isEqualTo(before);
	}

	@Test
	void anImportDryRunRefusesRowsTheRealRunCouldNotStore() {
		var web = as(this.secretariat);
		var city = this.jdbc.queryForObject("select name_en from city where id = ?", String.class, this.city);
		var csv = "country,city,type,title,base_year,base_value,target_year,target_value,unit,status,source_document\n"
				+ "KR," + city + ",ABSOLUTE,Huge,2010,1e17,2030,1,tCO2e,ADOPTED,doc\n";
		var before = count("climate_target");
		for (var dryRun : List.of("true", "false")) {
			var answer = web.postFile("/admin/cities/import", "file", "targets.csv",
					csv.getBytes(StandardCharsets.UTF_8), "kind", "TARGETS", "dryRun", dryRun);
			assertThat(answer.status()).as("dry run " + dryRun).isEqualTo(302);
			// the job page polls (htmx "load delay") until the background import is done
			var page = org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(30))
				.pollInterval(java.time.Duration.ofMillis(100))
				.until(() -> web.follow(answer), (p) -> !p.body().contains("hx-trigger=\"load delay"));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html().select(".import-problems").text()).as("dry run " + dryRun).contains("base_value");
		}
		assertThat(count("climate_target")).isEqualTo(before);
	}

	// 6. unknown choices plus other errors

	@Test
	void unknownChoicesWithOtherErrorsComeBackAsFieldErrorsOnTheForm() {
		var web = as(this.focal);
		var answer = web.post("/membership/apply", "nameOriginal", "", "nameEnglish", "Bad choices", "type", "BOGUS",
				"country", "ZZ", "interests", "NOT_AN_AREA", "sectors", "NOPE", "resourceCentreArea", "WRONG",
				"activities", "", "contactName", "X", "contactEmail", "x@example.org", "action", "submit");
		assertThat(answer.status()).isEqualTo(200);
		var html = answer.html();
		assertThat(html.select("#type-error").text()).as(html.select("form").html())
			.isEqualTo("Choose one of the offered values.");
		assertThat(html.select("#nameOriginal-error").text()).as("nameOriginal").isNotBlank();
		assertThat(html.select("input[name=nameEnglish]").attr("value")).isEqualTo("Bad choices");

		var ja = new WebSession(this.port).acceptLanguage("ja").login(this.focal.email(), this.focal.password());
		var japanese = ja.post("/membership/apply?lang=ja", "nameEnglish", "Bad", "type", "BOGUS");
		assertThat(japanese.status()).isEqualTo(200);
		assertThat(japanese.html().select("#type-error").text()).as("ja").isNotBlank().doesNotContain("Choose one");
	}

	@Test
	void unknownChoicesOnCityFormsAreFieldErrors() {
		var web = as(this.focal);
		var target = web.post("/cities/" + this.city + "/targets", "type", "NO_SUCH_TYPE", "title", "", "status",
				"MAYBE", "baseYear", "twenty", "sourceDocument", "doc");
		assertThat(target.status()).isEqualTo(200);
		assertThat(target.html().select("#type-error").text()).isNotBlank();
		assertThat(target.html().select("#baseYear-error").text()).isNotBlank();
	}

	// 7. odd parameters, headers and paths

	@Test
	void acceptHeadersWithQualityValuesAreHonoured() throws Exception {
		var csvPreferred = api("GET", "/api/v1/cities", null, null, "application/json;q=0.1, text/csv");
		assertThat(csvPreferred.statusCode()).isEqualTo(200);
		assertThat(csvPreferred.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");

		var jsonPreferred = api("GET", "/api/v1/targets", null, null, "text/csv;q=0.5, application/json");
		assertThat(jsonPreferred.statusCode()).isEqualTo(200);
		assertThat(jsonPreferred.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

		var knowledge = api("GET", "/api/v1/news", null, null, "application/json;q=0.1, text/csv");
		assertThat(knowledge.statusCode()).isEqualTo(200);
		assertThat(knowledge.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");

		var nothingWeServe = api("GET", "/api/v1/cities", null, null, "image/png");
		assertThat(nothingWeServe.statusCode()).isEqualTo(406);
	}

	@Test
	void theErrorPathCalledDirectlyIsNotAnError() {
		var page = new WebSession(this.port).get("/error");
		assertThat(page.status()).isLessThan(500);
		var api = new WebSession(this.port).get("/error", "Accept", "application/json");
		assertThat(api.status()).isLessThan(500);
	}

	@Test
	void invalidPercentEncodingIsABadRequest() {
		var web = new WebSession(this.port);
		assertThat(web.get("/search?q=%FF%FE").status()).isLessThan(500);
		assertThat(web.get("/cities?q=%C3%28").status()).isLessThan(500);
		assertThat(web.get("/cities?q=%E0%A4").status()).isLessThan(500);
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes("q=%FF%00".getBytes(StandardCharsets.US_ASCII));
		assertThat(web.postBody("/search", bytes.toString(StandardCharsets.US_ASCII)).status()).isLessThan(500);
	}

	HttpResponse<String> api(String method, String path, String token, String json, String accept) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept);
		if (json != null) {
			builder.header("Content-Type", "application/json");
		}
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		builder.method(method,
				json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

}
