package org.lccp.opendata;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.support.ModuleMigrations.migrate;
import static org.lccp.support.ModuleMigrations.newDatabase;

/**
 * Import jobs moved from the cities module's tables to the open-data module's. A database
 * migrated before the move keeps its jobs, whichever module migrates first; a fresh
 * database ends with the open-data table only. Migrates as Spring Modulith does: one
 * folder and one history table per module.
 */
class ImportJobMigrationTest {

	/** The order Spring Modulith migrates in: by dependency. */
	static final List<String> MODULES = List.of("__root", "mail", "identity", "opendata", "gatherings", "membership",
			"cities");

	static final UUID JOB = UUID.randomUUID();

	/**
	 * The database as the platform left it before the move: cities V1–V9, no opendata.
	 */
	static JdbcTemplate beforeTheMove() {
		var db = newDatabase();
		for (var module : MODULES) {
			if (!module.equals("opendata")) {
				migrate(db, module, module.equals("cities") ? "9" : "latest");
			}
		}
		var jdbc = new JdbcTemplate(db);
		jdbc.update("""
				insert into import_job (id, owner_id, kind, dry_run, total, stage, rows, created_at)
				values (?, ?, 'CITIES', false, 1, 'CHECKING', cast('[]' as jsonb), now())""", JOB, UUID.randomUUID());
		return jdbc;
	}

	static boolean exists(JdbcTemplate jdbc, String table) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table));
	}

	static void assertMoved(JdbcTemplate jdbc) {
		assertThat(exists(jdbc, "import_job")).isFalse();
		assertThat(jdbc.queryForList("select kind from open_data_import_job where id = ?", String.class, JOB))
			.containsExactly("CITIES");
		assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'open_data_import_job'",
				String.class))
			.containsExactlyInAnyOrder("open_data_import_job_pkey", "open_data_import_job_finished_idx");
	}

	@Test
	void anExistingDatabaseKeepsItsJobs() {
		var jdbc = beforeTheMove();
		for (var module : MODULES) {
			migrate(jdbc.getDataSource(), module, "latest");
		}
		assertMoved(jdbc);
	}

	@Test
	void noJobIsLostWhenCitiesMigratesBeforeOpenData() {
		var jdbc = beforeTheMove();
		migrate(jdbc.getDataSource(), "cities", "latest");
		assertThat(exists(jdbc, "import_job")).as("kept until opendata has taken the jobs over").isTrue();
		migrate(jdbc.getDataSource(), "opendata", "latest");
		assertMoved(jdbc);
	}

	@Test
	void aFreshDatabaseHasOnlyTheOpenDataTable() {
		var db = newDatabase();
		for (var module : MODULES) {
			migrate(db, module, "latest");
		}
		var jdbc = new JdbcTemplate(db);
		assertThat(exists(jdbc, "import_job")).isFalse();
		assertThat(exists(jdbc, "open_data_import_job")).isTrue();
	}

	@Test
	void aFreshDatabaseMigratedCitiesFirstEndsTheSame() {
		var db = newDatabase();
		for (var module : List.of("__root", "mail", "identity", "gatherings", "membership", "cities", "opendata")) {
			migrate(db, module, "latest");
		}
		var jdbc = new JdbcTemplate(db);
		assertThat(exists(jdbc, "import_job")).isFalse();
		assertThat(exists(jdbc, "open_data_import_job")).isTrue();
	}

}
