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
 * and reads from ({@code lccp.search.backend=elasticsearch}, docs/deploy.md). Each node
 * indexes its own changes into the cluster when the transaction commits and waits for the
 * refresh (read-sync), so a search on any node sees them.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

	private static final String BACKEND = "hibernate.search.backend.";

	private final String backend;

	private final String uris;

	private final String username;

	private final String password;

	private final String plugins;

	SearchBackendSettings(@Value("${lccp.search.backend:lucene}") String backend,
			@Value("${lccp.search.elasticsearch.uris:http://localhost:9200}") String uris,
			@Value("${lccp.search.elasticsearch.username:}") String username,
			@Value("${lccp.search.elasticsearch.password:}") String password,
			@Value("${lccp.search.elasticsearch.plugins:}") String plugins) {
		this.backend = backend.strip().toLowerCase(Locale.ROOT);
		if (!this.backend.equals("lucene") && !this.backend.equals("elasticsearch")) {
			throw new IllegalArgumentException(
					"lccp.search.backend must be lucene or elasticsearch, not '" + backend + "'");
		}
		this.uris = uris;
		this.username = username;
		this.password = password;
		this.plugins = plugins;
	}

	@Override
	public void customize(Map<String, Object> properties) {
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
