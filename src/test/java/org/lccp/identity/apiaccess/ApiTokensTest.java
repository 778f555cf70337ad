package org.lccp.identity.apiaccess;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.TargetRegistry;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens: made once, stored hashed, scoped, revocable; and rate limits. */
@LccpTest
class ApiTokensTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	CityDirectory cities;

	@Autowired
	TargetRegistry targetRegistry;

	@Autowired
	JdbcTemplate jdbc;

	TestAccount focal;

	UUID city;

	UUID otherCity;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		var accounts = new TestAccounts(this.accountManagement);
		var secretariat = accounts.create("Secretariat", Role.SECRETARIAT);
		this.focal = accounts.create("Token focal point", Role.MEMBER, Role.CITY_FOCAL_POINT);
		this.city = this.accountManagement.actingAs(secretariat.id(), () -> {
			var id = newCity("Tokenville");
			this.cities.addFocalPoint(id, this.focal.email());
			return id;
		});
		this.otherCity = this.accountManagement.actingAs(secretariat.id(), () -> newCity("Elsewhere"));
	}

	UUID newCity(String name) {
		return this.cities.createCity(
				new CityDetails("JP", null, name + " " + UUID.randomUUID().toString().substring(0, 8), null, null, null,
						null, null, null, AdminLevel.MUNICIPALITY, new BigDecimal("35"), new BigDecimal("139"), null));
	}

	String token(String scope) {
		var web = new WebSession(this.port).login(this.focal.email(), this.focal.password());
		var made = web.post("/account/api-tokens", "name", "ci " + scope, "scope", scope);
		assertThat(made.status()).isEqualTo(302);
		var page = web.follow(made);
		var secret = page.html().selectFirst("#token-secret").text();
		assertThat(secret).startsWith("lccp_");
		assertThat(web.get("/account/api-tokens").html().select("#token-secret")).isEmpty();
		return secret;
	}

	HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		builder.method(method,
				json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	static final String TARGET = """
			{"type":"ABSOLUTE","title":"Token target","baseYear":2013,"targetYear":2030,"reductionPercent":46,
			 "conditional":false,"status":"ADOPTED","sourceDocument":"API test"}""";

	@Test
	void aWriteTokenAddsTargetsAndProgressToItsOwnersCity() throws Exception {
		var token = token("WRITE");
		assertThat(this.jdbc.queryForObject("select count(*) from personal_api_token where token_hash = ?", Long.class,
				ApiTokens.hash(token)))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from personal_api_token where token_hash = ? or prefix = ?", Long.class, token, token))
			.isZero();

		var created = send("POST", "/api/v1/cities/" + this.city + "/targets", token, TARGET);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("/api/v1/targets/");
		assertThat(created.body()).contains("\"annualRatePercent\":3.6");
		var target = created.headers().firstValue("Location").orElseThrow();

		var progress = send("POST", target + "/progress", token, "{\"year\":2020,\"shareAchieved\":25}");
		assertThat(progress.statusCode()).isEqualTo(201);
		assertThat(progress.body()).contains("\"shareAchieved\":25");

		var elsewhere = send("POST", "/api/v1/cities/" + this.otherCity + "/targets", token, TARGET);
		assertThat(elsewhere.statusCode()).isEqualTo(403);
		assertThat(elsewhere.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void badBodiesAreProblemDetailsAndStoreNothing() throws Exception {
		var token = token("WRITE");
		var before = this.targetRegistry
			.targets(new TargetRegistry.TargetFilter(null, null, null, this.city, null),
					org.springframework.data.domain.PageRequest.of(0, 1))
			.getTotalElements();
		var backwards = send("POST", "/api/v1/cities/" + this.city + "/targets", token,
				TARGET.replace("\"targetYear\":2030", "\"targetYear\":2010"));
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.body()).contains("\"field\":\"targetYear\"");
		var blank = send("POST", "/api/v1/cities/" + this.city + "/targets", token,
				TARGET.replace("\"title\":\"Token target\"", "\"title\":\"\""));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("\"field\":\"title\"");
		var garbage = send("POST", "/api/v1/cities/" + this.city + "/targets", token, "{not json");
		assertThat(garbage.statusCode()).isEqualTo(400);
		var unknownUnit = send("POST", "/api/v1/cities/" + this.city + "/targets", token,
				TARGET.replace("\"reductionPercent\":46,", "\"reductionPercent\":46,\"unit\":\"furlongs\","));
		assertThat(unknownUnit.statusCode()).isEqualTo(400);
		assertThat(unknownUnit.body()).contains("\"field\":\"unit\"");
		var unitOfAnotherType = send("POST", "/api/v1/cities/" + this.city + "/targets", token, TARGET
			.replace("\"reductionPercent\":46,", "\"reductionPercent\":46,\"targetValue\":5,\"unit\":\"%\","));
		assertThat(unitOfAnotherType.statusCode()).isEqualTo(400);
		assertThat(unitOfAnotherType.body()).contains("\"field\":\"unit\"");
		assertThat(this.targetRegistry
			.targets(new TargetRegistry.TargetFilter(null, null, null, this.city, null),
					org.springframework.data.domain.PageRequest.of(0, 1))
			.getTotalElements()).isEqualTo(before);
	}

	@Test
	void readTokensCannotWriteAndRevokedOrUnknownTokensAreRefused() throws Exception {
		var read = token("READ");
		assertThat(send("GET", "/api/v1/cities?size=1", read, null).statusCode()).isEqualTo(200);
		assertThat(send("POST", "/api/v1/cities/" + this.city + "/targets", read, TARGET).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/cities", "lccp_not-a-real-token", null).statusCode()).isEqualTo(401);
		assertThat(send("POST", "/api/v1/cities/" + this.city + "/targets", null, TARGET).statusCode()).isIn(401, 403);

		var web = new WebSession(this.port).login(this.focal.email(), this.focal.password());
		var id = this.jdbc.queryForObject("select id from personal_api_token where token_hash = ?", UUID.class,
				ApiTokens.hash(read));
		assertThat(web.post("/account/api-tokens/" + id + "/revoke").status()).isEqualTo(302);
		assertThat(send("GET", "/api/v1/cities", read, null).statusCode()).isEqualTo(401);
	}

	@Test
	void spentBudgetsAreAnsweredWith429AndRetryAfterPerAddressAndPerToken() throws Exception {
		var limit = new ApiTraffic.RateLimit(2);
		for (int i = 0; i < 2; i++) {
			var response = new MockHttpServletResponse();
			limit.doFilter(request(null), response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
		var refused = new MockHttpServletResponse();
		limit.doFilter(request(null), refused, new MockFilterChain());
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
		assertThat(refused.getContentType()).startsWith("application/problem+json");

		var withToken = new MockHttpServletResponse();
		limit.doFilter(request("lccp_someone"), withToken, new MockFilterChain());
		assertThat(withToken.getStatus()).isEqualTo(200);
	}

	static MockHttpServletRequest request(String token) {
		var request = new MockHttpServletRequest("GET", "/api/v1/cities");
		request.setRemoteAddr("203.0.113.7");
		if (token != null) {
			request.addHeader("Authorization", "Bearer " + token);
		}
		return request;
	}

}
