package org.lccp.shared.web;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestAccounts.TestAccount;
import org.lccp.support.WebSession;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Anonymous readers get pages from the cache with an ETag and 304s; a change of records
 * on this node shows at once, a change announced by another node within seconds;
 * languages are kept apart; signed-in members never get a cached page.
 */
@LccpTest
class PublicPageCacheTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CityDirectory cities;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ContentChanges changes;

	final HttpClient http = HttpClient.newHttpClient();

	TestAccount secretariat;

	UUID city;

	String name;

	@BeforeEach
	void aCity() {
		this.secretariat = new TestAccounts(this.accounts).create("Cache secretariat", Role.SECRETARIAT);
		this.name = "Cacheton " + UUID.randomUUID().toString().substring(0, 8);
		this.city = this.accounts.actingAs(this.secretariat.id(), () -> this.cities.createCity(details(this.name)));
	}

	static CityDetails details(String name) {
		return new CityDetails("KR", null, name, null, null, null, null, null, null, AdminLevel.MUNICIPALITY,
				new BigDecimal("35.1"), new BigDecimal("126.9"), null);
	}

	HttpResponse<String> anonymous(String path, String... headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void anAnonymousPageIsServedAgainWithTheSameETagAndA304WhenTheReaderHasIt() throws Exception {
		var first = anonymous("/cities/" + this.city);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains(this.name);
		assertThat(first.headers().firstValue("ETag")).isPresent();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

		// A change elsewhere may empty the cache between two requests (benchmarking
		// recomputes in the background once the test's city is created, then announces
		// changed pages): the second request of a pair with no change between them is
		// served from the cache.
		var pair = new java.util.concurrent.atomic.AtomicReference<HttpResponse<String>>();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var before = anonymous("/cities/" + this.city);
			var hits = hits();
			var again = anonymous("/cities/" + this.city);
			assertThat(hits()).as("served from the cache").isEqualTo(hits + 1);
			assertThat(again.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
			pair.set(again);
		});
		var second = pair.get();
		assertThat(second.body()).isEqualTo(first.body());
		// The security headers of the rendered page come with the cached one.
		assertThat(second.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(first.headers().firstValue("Content-Security-Policy"))
			.isPresent();
		assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

		var revalidated = anonymous("/cities/" + this.city, "If-None-Match",
				second.headers().firstValue("ETag").orElseThrow());
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
	}

	double hits() {
		return this.meters.get("cache.gets")
			.tag("cache", "public-pages")
			.tag("result", "hit")
			.functionCounter()
			.count();
	}

	@Test
	void aChangeOnThisNodeShowsOnTheNextAnonymousView() throws Exception {
		var before = anonymous("/cities/" + this.city);
		assertThat(before.body()).contains(this.name);
		var renamed = this.name + " Renamed";
		var version = this.cities.city(this.city).version();
		this.accounts.actingAs(this.secretariat.id(), () -> {
			this.cities.updateCity(this.city, details(renamed), version);
			return null;
		});
		var after = anonymous("/cities/" + this.city);
		assertThat(after.body()).contains(renamed);
		assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
		assertThat(anonymous("/cities/" + this.city, "If-None-Match", before.headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aChangeAnnouncedByAnotherNodeShowsWithinSeconds() throws Exception {
		assertThat(anonymous("/cities/" + this.city).body()).contains(this.name);
		// Another node writes the record and advances the shared generation.
		var renamed = this.name + " Elsewhere";
		this.jdbc.update("update city set name_en = ? where id = ?", renamed, this.city);
		this.jdbc.queryForObject("select nextval('page_generation')", Long.class);
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> anonymous("/cities/" + this.city).body().contains(renamed));
	}

	@Test
	void feedsAndListsAreKeptButFormsAndDownloadsAreNot() {
		assertThat(PublicPageCache.cacheablePath("/feeds/news")).isTrue();
		assertThat(PublicPageCache.cacheablePath("/gatherings/feed.rss")).isTrue();
		assertThat(PublicPageCache.cacheablePath("/")).isTrue();
		assertThat(PublicPageCache.cacheablePath("/knowledge/new")).isFalse();
		assertThat(PublicPageCache.cacheablePath("/cities/" + this.city + "/edit")).isFalse();
		assertThat(PublicPageCache.cacheablePath("/cities/export.csv")).isFalse();
		assertThat(PublicPageCache.cacheablePath("/admin/gatherings")).isFalse();
		assertThat(PublicPageCache.cacheablePath("/api/v1/cities")).isFalse();
		assertThat(PublicPageCache.cacheablePath("/newsletter")).isFalse();
	}

	@Test
	void aNodeNoticesTheGenerationAnotherNodeAdvanced() {
		this.changes.look();
		var before = this.changes.generation();
		this.jdbc.queryForObject("select nextval('page_generation')", Long.class);
		this.changes.look();
		assertThat(this.changes.generation()).isGreaterThan(before);
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		var english = anonymous("/cities/" + this.city, "Accept-Language", "en");
		var russian = anonymous("/cities/" + this.city, "Accept-Language", "ru");
		assertThat(english.body()).contains("lang=\"en\"");
		assertThat(russian.body()).contains("lang=\"ru\"");
		assertThat(anonymous("/cities/" + this.city, "Accept-Language", "ru").body()).isEqualTo(russian.body());
		assertThat(anonymous("/cities/" + this.city, "Cookie", "lccp-lang=mn").body()).contains("lang=\"mn\"");
	}

	@Test
	void signedInMembersNeverGetTheAnonymousPage() throws Exception {
		var anonymousPage = anonymous("/cities/" + this.city);
		var member = new TestAccounts(this.accounts).create("Cache member", Role.MEMBER);
		var session = new WebSession(this.port).login(member.email(), member.password());
		var signedIn = session.get("/cities/" + this.city);
		assertThat(signedIn.status()).isEqualTo(200);
		assertThat(signedIn.body()).isNotEqualTo(anonymousPage.body()).contains(member.name());
		assertThat(signedIn.headers().firstValue("ETag")).isEmpty();
	}

}
