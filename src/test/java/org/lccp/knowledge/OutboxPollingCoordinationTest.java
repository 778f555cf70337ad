package org.lccp.knowledge;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.support.LccpTest;
import org.lccp.support.SecondNode;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search coordination through PostgreSQL
 * ({@code lccp.search.coordination=outbox-polling}): a change of an item is queued in the
 * outbox table in the same transaction as the item, so it is not lost when the node that
 * made it never indexes it. This node writes events but processes none (as if it had died
 * right after its commits); a second node, whose processor is on, indexes what the first
 * one committed.
 */
@LccpTest
@TestPropertySource(properties = { "lccp.search.coordination=outbox-polling",
		"spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false" })
class OutboxPollingCoordinationTest {

	@Autowired
	Editorial editorial;

	@Autowired
	AccountManagement accounts;

	@Autowired
	KnowledgeSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	long pending(UUID item) {
		return this.jdbc.queryForObject(
				"select count(*) from hsearch_outbox_event where entity_id = ? and status = 'PENDING'", Long.class,
				item.toString());
	}

	@Test
	void aChangeCommittedOnOneNodeIsIndexedByAnotherFromTheOutbox() {
		var word = "outboxword" + UUID.randomUUID().toString().substring(0, 8);
		var item = new TestItems(this.editorial, this.accounts)
			.caseStudy("en", "Queued case " + word, "<p>District heating in " + word + ".</p>")
			.country("MN")
			.publish();

		// Committed with the item, not indexed here: no processor runs on this node.
		assertThat(pending(item)).isPositive();
		assertThat(
				this.search.search(new KnowledgeSearch.SearchRequest(word, Map.of(), false, 0), Locale.ENGLISH).hits())
			.isEmpty();

		try (var second = SecondNode.start(this.environment, "--lccp.search.coordination=outbox-polling")) {
			var port = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pending(item)).isZero());
			var page = new WebSession(port).get("/search?q=" + word).html();
			assertThat(page.select("a[href$='/case-studies/" + item + "']")).isNotEmpty();
		}
		// The second node started a full rebuild (its index directory was new) and was
		// shut
		// down meanwhile: the rebuild is cancelled with it, so that its mass-indexer
		// agent
		// does not go on polling a closed node (it once logged errors until the disk was
		// full).
		await().atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
				.noneMatch((t) -> t.isAlive() && t.getName().contains("indexer agent")));
	}

}
