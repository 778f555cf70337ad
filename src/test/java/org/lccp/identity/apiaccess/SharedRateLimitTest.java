package org.lccp.identity.apiaccess;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.lccp.support.LccpTest;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's request limits are kept in PostgreSQL, so that nodes sharing the database
 * share the budget of each token and client address.
 */
@LccpTest
class SharedRateLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	static MockHttpServletRequest from(String address, String token) {
		var request = new MockHttpServletRequest("GET", "/api/v1/cities");
		request.setServletPath("/api/v1/cities");
		request.setRemoteAddr(address);
		if (token != null) {
			request.addHeader("Authorization", "Bearer " + token);
		}
		return request;
	}

	static int status(ApiTraffic.RateLimit node, MockHttpServletRequest request) throws Exception {
		var response = new MockHttpServletResponse();
		node.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	@Test
	void twoNodesCountAgainstOneBudgetPerAddressAndPerToken() throws Exception {
		// two nodes: each has its own filter and bucket client, only the database is
		// shared
		var nodeOne = new ApiTraffic.RateLimit(3, new DatabaseBuckets(this.dataSource));
		var nodeTwo = new ApiTraffic.RateLimit(3, new DatabaseBuckets(this.dataSource));
		var address = "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		assertThat(status(nodeOne, from(address, null))).isEqualTo(200);
		assertThat(status(nodeTwo, from(address, null))).isEqualTo(200);
		assertThat(status(nodeOne, from(address, null))).isEqualTo(200);
		var refused = new MockHttpServletResponse();
		nodeTwo.doFilter(from(address, null), refused, new MockFilterChain());
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
		assertThat(status(nodeOne, from(address, null))).isEqualTo(429);
		assertThat(this.jdbc.queryForObject("select count(*) from api_rate_bucket where bucket_key = ?", Long.class,
				"ip:" + address))
			.isEqualTo(1);

		// a token has its own budget, wherever it comes from, and its secret is never
		// stored
		var token = "lccp_" + UUID.randomUUID();
		for (var node : new ApiTraffic.RateLimit[] { nodeOne, nodeTwo, nodeOne }) {
			assertThat(status(node, from("10.8.0." + (int) (Math.random() * 250), token))).isEqualTo(200);
		}
		assertThat(status(nodeTwo, from(address, token))).isEqualTo(429);
		assertThat(this.jdbc.queryForObject("select count(*) from api_rate_bucket where bucket_key like ?", Long.class,
				"%" + token + "%"))
			.isZero();
	}

	@Test
	void idleBucketsAreForgotten() throws Exception {
		var buckets = new DatabaseBuckets(this.dataSource);
		var node = new ApiTraffic.RateLimit(5, buckets);
		var idle = "10.6.0." + (int) (Math.random() * 250);
		var busy = "10.6.1." + (int) (Math.random() * 250);
		status(node, from(idle, null));
		status(node, from(busy, null));
		this.jdbc.update("update api_rate_bucket set updated_at = now() - interval '10 minutes' where bucket_key = ?",
				"ip:" + idle);
		buckets.forgetIdle(java.time.Duration.ofMinutes(1));
		assertThat(this.jdbc.queryForList("select bucket_key from api_rate_bucket where bucket_key in (?, ?)",
				String.class, "ip:" + idle, "ip:" + busy))
			.containsExactly("ip:" + busy);
		// a forgotten client starts again with a full bucket
		assertThat(status(node, from(idle, null))).isEqualTo(200);
	}

	@Test
	void withoutSharingEachNodeAllowsTheFullBudget() throws Exception {
		var nodeOne = new ApiTraffic.RateLimit(2);
		var nodeTwo = new ApiTraffic.RateLimit(2);
		for (var node : new ApiTraffic.RateLimit[] { nodeOne, nodeOne, nodeTwo, nodeTwo }) {
			assertThat(status(node, from("10.9.9.9", null))).isEqualTo(200);
		}
		assertThat(status(nodeOne, from("10.9.9.9", null))).isEqualTo(429);
	}

	@Test
	void aSecondPlatformNodeSeesWhatTheFirstCounted() {
		ConfigurableApplicationContext second = startSecondNode();
		try {
			var secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			var two = new WebSession(secondPort);
			assertThat(two.get("/api/v1/countries").status()).isEqualTo(200);
			var one = new WebSession(this.port);
			var lastOnOne = 0L;
			for (int i = 0; i < 60; i++) {
				var answer = one.get("/api/v1/countries");
				assertThat(answer.status()).isEqualTo(200);
				lastOnOne = Long.parseLong(answer.header("X-RateLimit-Remaining").orElseThrow());
			}
			var answer = two.get("/api/v1/countries");
			assertThat(answer.status()).isEqualTo(200);
			var remaining = Long.parseLong(answer.header("X-RateLimit-Remaining").orElseThrow());
			// the second node counts on from the first node's count (refilled by 10 a
			// second
			// meanwhile); a budget of its own would still be nearly full after its one
			// request
			assertThat(lastOnOne).isLessThan(590);
			assertThat(remaining).isLessThan(590).isLessThanOrEqualTo(lastOnOne + 20);
		}
		finally {
			second.close();
		}
	}

	ConfigurableApplicationContext startSecondNode() {
		return org.lccp.support.SecondNode.start(this.environment);
	}

}
