package org.lccp.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL server that starts inside the platform when no external
 * database is configured.
 *
 * @param dataDirectory where the database files live; survives restarts
 * @param port TCP port on loopback; 0 picks a free one
 * @param maxConnections server connection limit
 */
@ConfigurationProperties("lccp.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("0") int port, @DefaultValue("100") int maxConnections) {
}
