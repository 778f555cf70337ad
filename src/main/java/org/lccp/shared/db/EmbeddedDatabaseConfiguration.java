package org.lccp.shared.db;

import java.io.IOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from the zonky binaries when no external database is
 * configured. The server keeps its files in
 * {@link EmbeddedDatabaseProperties#dataDirectory()} and is stopped after the connection
 * pool when the application shuts down, because the pool bean depends on it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		var dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(dataDirectory);
		log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			// Spring stops the server after the connection pool; the library's own JVM
			// hook
			// would stop it while requests and the event registry still use it.
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", String.valueOf(properties.maxConnections()))
			.setServerConfig("timezone", "UTC");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("lccp-embedded");
		return dataSource;
	}

}
