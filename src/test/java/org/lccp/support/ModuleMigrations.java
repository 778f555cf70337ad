package org.lccp.support;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Migrates a fresh database of the shared test server module by module, as Spring
 * Modulith does (one folder and one history table per module), for tests that stop a
 * module at an older version, write rows as they were then and migrate on.
 */
public final class ModuleMigrations {

	private ModuleMigrations() {
	}

	/** A new, empty database of the shared test server. */
	public static DataSource newDatabase() {
		var source = new PGSimpleDataSource();
		source.setURL(TestDatabase.newDatabase());
		source.setUser("postgres");
		return source;
	}

	/** Migrates one module's folder up to {@code target} ("latest" or a version). */
	public static void migrate(DataSource db, String module, String target) {
		Flyway.configure()
			.dataSource(db)
			.locations("classpath:db/migration/" + module)
			.table(module.equals("__root") ? "flyway_schema_history" : "flyway_schema_history_" + module)
			.baselineVersion("0")
			.baselineOnMigrate(true)
			.target(target)
			.load()
			.migrate();
	}

}
