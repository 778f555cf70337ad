package org.lccp.identity.apiaccess;

import static org.lccp.support.ModuleMigrations.migrate;
import static org.lccp.support.ModuleMigrations.newDatabase;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens moved from the cities module's tables to identity's. A database migrated
 * before the move keeps its tokens, whichever module migrates first; a fresh database
 * ends with identity's table only. Migrates as Spring Modulith does: one folder and one
 * history table per module.
 */
class ApiTokenMigrationTest {

	/** The order Spring Modulith migrates in: by dependency. */
	static final List<String> MODULES = List.of("__root", "mail", "identity", "gatherings", "membership", "cities");

	/**
	 * The database as the platform left it before the move: identity V1, cities V1–V4.
	 */
	static JdbcTemplate beforeTheMove() {
		var db = newDatabase();
		for (var module : MODULES) {
			migrate(db, module, module.equals("identity") ? "1" : module.equals("cities") ? "4" : "latest");
		}
		var jdbc = new JdbcTemplate(db);
		jdbc.update("""
				insert into api_token (id, account_id, name, scope, token_hash, prefix, created_at)
				values (?, ?, 'Old token', 'WRITE', 'abc123', 'lccp_abc', now())""", UUID.randomUUID(),
				UUID.randomUUID());
		return jdbc;
	}

	static boolean exists(JdbcTemplate jdbc, String table) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table));
	}

	static void assertMoved(JdbcTemplate jdbc) {
		assertThat(exists(jdbc, "api_token")).isFalse();
		assertThat(jdbc.queryForList("select name from personal_api_token where token_hash = 'abc123'", String.class))
			.containsExactly("Old token");
		assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'personal_api_token'",
				String.class))
			.containsExactlyInAnyOrder("personal_api_token_pkey", "personal_api_token_token_hash_key",
					"personal_api_token_account_idx");
	}

	@Test
	void anExistingDatabaseKeepsItsTokens() {
		var jdbc = beforeTheMove();
		var db = jdbc.getDataSource();
		for (var module : MODULES) {
			migrate(db, module, "latest");
		}
		assertMoved(jdbc);
	}

	@Test
	void noTokenIsLostWhenCitiesMigratesBeforeIdentity() {
		var jdbc = beforeTheMove();
		var db = jdbc.getDataSource();
		migrate(db, "cities", "latest");
		assertThat(exists(jdbc, "api_token")).as("kept until identity has taken the tokens over").isTrue();
		migrate(db, "identity", "latest");
		assertThat(jdbc.queryForObject("select count(*) from personal_api_token", Long.class)).isEqualTo(1);
	}

	@Test
	void aFreshDatabaseHasOnlyIdentitysTable() {
		var db = newDatabase();
		for (var module : MODULES) {
			migrate(db, module, "latest");
		}
		var jdbc = new JdbcTemplate(db);
		assertThat(exists(jdbc, "api_token")).isFalse();
		assertThat(exists(jdbc, "personal_api_token")).isTrue();
	}

}
