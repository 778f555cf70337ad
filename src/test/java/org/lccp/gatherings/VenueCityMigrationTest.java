package org.lccp.gatherings;

import static org.lccp.support.ModuleMigrations.migrate;
import static org.lccp.support.ModuleMigrations.newDatabase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V5 of gatherings on a database that already held gatherings and cities: each
 * venue gets the one city of its country that bears its name in any language (case and
 * surrounding spaces aside); a name two cities share, a city of another country or no
 * name at all leaves the venue unlinked. Migrates as Spring Modulith does: one folder and
 * one history table per module.
 */
class VenueCityMigrationTest {

	static final List<String> BEFORE = List.of("__root", "mail", "identity");

	@Test
	void existingVenuesAreLinkedToTheOneCityOfTheirCountryThatBearsTheirName() {
		var db = newDatabase();
		for (var module : BEFORE) {
			migrate(db, module, "latest");
		}
		migrate(db, "gatherings", "4");
		migrate(db, "membership", "latest");
		migrate(db, "cities", "latest");
		var jdbc = new JdbcTemplate(db);
		jdbc.update("insert into country (code, name_en) values ('KR', 'Republic of Korea'), ('JP', 'Japan')");
		var incheon = city(jdbc, "KR", "Incheon", "인천");
		city(jdbc, "KR", "Gwangju", "광주");
		city(jdbc, "KR", "Gwangju (Gyeonggi)", "광주");
		var tokyo = city(jdbc, "JP", "Tokyo", "東京");
		var byEnglishName = gathering(jdbc, " incheon ", "KR");
		var byKoreanName = gathering(jdbc, "인천", "KR");
		var byJapaneseName = gathering(jdbc, "東京", "JP");
		var otherCountry = gathering(jdbc, "Incheon", "JP");
		var sharedName = gathering(jdbc, "광주", "KR");
		var unknown = gathering(jdbc, "Atlantis", "KR");
		var online = gathering(jdbc, null, null);

		migrate(db, "gatherings", "latest");

		assertThat(venueCity(jdbc, byEnglishName)).isEqualTo(incheon);
		assertThat(venueCity(jdbc, byKoreanName)).isEqualTo(incheon);
		assertThat(venueCity(jdbc, byJapaneseName)).isEqualTo(tokyo);
		assertThat(venueCity(jdbc, otherCountry)).isNull();
		assertThat(venueCity(jdbc, sharedName)).as("two cities bear the name").isNull();
		assertThat(venueCity(jdbc, unknown)).isNull();
		assertThat(venueCity(jdbc, online)).isNull();
		assertThat(jdbc.queryForObject("select venue_city from gathering where id = ?", String.class, byEnglishName))
			.as("the typed name is kept")
			.isEqualTo(" incheon ");
	}

	@Test
	void aNewDatabaseWhoseCitiesComeLaterMigratesWithoutThem() {
		var db = newDatabase();
		for (var module : BEFORE) {
			migrate(db, module, "latest");
		}
		migrate(db, "gatherings", "latest");
		var jdbc = new JdbcTemplate(db);
		assertThat(jdbc.queryForObject("select count(*) from gathering where venue_city_id is not null", Long.class))
			.isZero();
	}

	private static UUID city(JdbcTemplate jdbc, String country, String english, String local) {
		var id = UUID.randomUUID();
		var column = "JP".equals(country) ? "name_ja" : "name_ko";
		jdbc.update(
				"insert into city (id, country_code, name_en, " + column
						+ ", admin_level, created_at, updated_at) values (?, ?, ?, ?, 'MUNICIPALITY', now(), now())",
				id, country, english, local);
		return id;
	}

	private static UUID gathering(JdbcTemplate jdbc, String city, String country) {
		var id = UUID.randomUUID();
		var start = Timestamp.from(Instant.parse("2024-05-01T00:00:00Z"));
		jdbc.update("""
				insert into gathering (id, title, type, format, starts_at, ends_at, time_zone, venue_city,
				venue_country, created_at) values (?, ?, 'WORKSHOP', 'IN_PERSON', ?, ?, 'Asia/Seoul', ?, ?, now())""",
				id, "Workshop " + id, start, start, city, country);
		return id;
	}

	private static UUID venueCity(JdbcTemplate jdbc, UUID gathering) {
		return jdbc.queryForObject("select venue_city_id from gathering where id = ?", UUID.class, gathering);
	}

}
