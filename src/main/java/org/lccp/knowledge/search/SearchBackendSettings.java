package org.lccp.knowledge.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Chooses where the knowledge hub's index lives: Lucene files in the data directory (the
 * default, for one node) or an OpenSearch/Elasticsearch cluster that every node writes to
 * and reads from ({@code lccp.search.backend=elasticsearch}, docs/deploy.md), and how
 * changes reach the index ({@code lccp.search.coordination}): on one node each change is
 * indexed when its transaction commits and the node waits for the refresh (read-sync), so
 * the editor's next page sees it; with {@code outbox-polling} (the default with the
 * cluster) each change is queued in PostgreSQL with the item and indexed within a second
 * by whichever node's event processor holds its shard, so no change is lost with a node.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final String backend;

	private final String uris;

	private final String username;

	private final String password;

	private final String plugins;

	private final String coordination;

	/**
	 * Hibernate Search's schema management, by default {@code create-or-validate}: a node
	 * refuses to start on a cluster index whose analysis or fields differ from its own.
	 * After an upgrade that changes them, one node is started once with
	 * {@code drop-and-create} and {@code --rebuild-search-index} (docs/deploy.md).
	 */
	private final String schemaManagement;

	static final java.util.Set<String> SCHEMA_MANAGEMENT = java.util.Set.of("none", "validate", "create",
			"create-or-validate", "create-or-update", "drop-and-create");

	SearchBackendSettings(@Value("${lccp.search.backend:lucene}") String backend,
			@Value("${lccp.search.elasticsearch.uris:http://localhost:9200}") String uris,
			@Value("${lccp.search.elasticsearch.username:}") String username,
			@Value("${lccp.search.elasticsearch.password:}") String password,
			@Value("${lccp.search.elasticsearch.plugins:}") String plugins,
			@Value("${lccp.search.coordination:}") String coordination,
			@Value("${lccp.search.schema-management:}") String schemaManagement) {
		this.backend = backend.strip().toLowerCase(Locale.ROOT);
		if (!this.backend.equals("lucene") && !this.backend.equals("elasticsearch")) {
			throw new IllegalArgumentException(
					"lccp.search.backend must be lucene or elasticsearch, not '" + backend + "'");
		}
		this.uris = uris;
		this.username = username;
		this.password = password;
		this.plugins = plugins;
		// Several nodes share an OpenSearch index, so there the changes go through the
		// outbox by default; one node with its Lucene files needs no coordination.
		this.coordination = coordination.isBlank() ? (this.backend.equals("elasticsearch") ? "outbox-polling" : "none")
				: coordination.strip().toLowerCase(Locale.ROOT);
		if (!this.coordination.equals("none") && !this.coordination.equals("outbox-polling")) {
			throw new IllegalArgumentException(
					"lccp.search.coordination must be none or outbox-polling, not '" + coordination + "'");
		}
		this.schemaManagement = schemaManagement.strip().toLowerCase(Locale.ROOT);
		if (!this.schemaManagement.isEmpty() && !SCHEMA_MANAGEMENT.contains(this.schemaManagement)) {
			throw new IllegalArgumentException("lccp.search.schema-management must be one of "
					+ new java.util.TreeSet<>(SCHEMA_MANAGEMENT) + ", not '" + schemaManagement + "'");
		}
	}

	@Override
	public void customize(Map<String, Object> properties) {
		if (this.coordination.equals("outbox-polling")) {
			// Each change is written to an outbox table in the same transaction as the
			// item and indexed by a background processor of whichever node takes it, so a
			// node that dies after its commit leaves no item unindexed.
			properties.put("hibernate.search.coordination.strategy", "outbox-polling");
		}
		else {
			// A search right after a change (the editor's next page) sees it.
			properties.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
		}
		if (!this.schemaManagement.isEmpty()) {
			properties.put("hibernate.search.schema_management.strategy", this.schemaManagement);
		}
		if (this.backend.equals("lucene")) {
			properties.put(BACKEND + "type", "lucene");
			return;
		}
		// application.yml's Lucene-only settings (directory.root, lucene_version) stay in
		// the configuration (Boot adds spring.jpa.properties after customizers), so
		// Hibernate Search logs them once as unused: harmless.
		properties.put(BACKEND + "type", "elasticsearch");
		properties.put(BACKEND + "uris", this.uris);
		if (!this.username.isBlank()) {
			properties.put(BACKEND + "username", this.username);
			properties.put(BACKEND + "password", this.password);
		}
		var installed = Arrays.stream(this.plugins.split(","))
			.map((p) -> p.strip().toLowerCase(Locale.ROOT))
			.filter((p) -> !p.isEmpty())
			.collect(Collectors.toSet());
		properties.put(BACKEND + "analysis.configurer", new ElasticsearchSearchAnalysis(installed));
	}

}
