package org.lccp.support;

import org.lccp.LccpApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts a second platform node on a free port, on the same database as a test's first
 * node.
 */
public final class SecondNode {

	private SecondNode() {
	}

	public static ConfigurableApplicationContext start(Environment first) {
		return start(first, new String[0]);
	}

	/** As {@link #start(Environment)}, with further settings of the second node. */
	public static ConfigurableApplicationContext start(Environment first, String... more) {
		var dataDirectory = first.getProperty("lccp.data-directory");
		var arguments = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
				"--spring.datasource.url=" + first.getRequiredProperty("spring.datasource.url"),
				"--spring.datasource.username=" + first.getProperty("spring.datasource.username"),
				"--spring.datasource.hikari.maximum-pool-size=4", "--lccp.demo.enabled=false",
				"--lccp.identity.admin-email=" + first.getProperty("lccp.identity.admin-email"),
				"--lccp.identity.admin-password=" + first.getProperty("lccp.identity.admin-password"),
				"--lccp.data-directory=" + dataDirectory,
				// A Lucene index belongs to one node (several nodes use the Elasticsearch
				// backend).
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + dataDirectory
						+ "/search-second-node",
				// The first node owns the events it published; the second must not replay
				// them into the shared test database.
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--spring.main.banner-mode=off"));
		arguments.addAll(java.util.List.of(more));
		return new SpringApplicationBuilder(LccpApplication.class).run(arguments.toArray(String[]::new));
	}

}
