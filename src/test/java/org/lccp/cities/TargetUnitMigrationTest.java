package org.lccp.cities;

import static org.lccp.support.ModuleMigrations.migrate;
import static org.lccp.support.ModuleMigrations.newDatabase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V9 of cities on a database whose targets kept their units as free text: a
 * unit code or an older spelling at the start of the text becomes the unit, the rest what
 * the figure measures; a text that starts with no known unit is kept whole as the
 * description, with no unit. Afterwards every stored unit is one the registry reads.
 * Migrates as Spring Modulith does: one folder and one history table per module.
 */
class TargetUnitMigrationTest {

	@Test
	void freeTextUnitsSplitIntoARegistryUnitAndWhatTheFigureMeasuresWithoutLosingText() {
		var db = newDatabase();
		for (var module : new String[] { "__root", "mail", "identity", "gatherings", "membership" }) {
			migrate(db, module, "latest");
		}
		migrate(db, "cities", "8");
		var jdbc = new JdbcTemplate(db);
		jdbc.update("insert into country (code, name_en) values ('CN', 'China')");
		var stored = new LinkedHashMap<String, UUID>();
		for (var unit : new String[] { "% of industrial value", "million TOE saved", "million m³ (forest stock)",
				"% increase of green area share", "MtCO2e", " mtco2e ", "tCO2e/cap", "Percent of households",
				"furlongs per fortnight", "%abc" }) {
			stored.put(unit, target(jdbc, unit));
		}
		var none = target(jdbc, null);

		migrate(db, "cities", "9");

		var expected = new LinkedHashMap<String, String[]>();
		expected.put("% of industrial value", new String[] { "%", "of industrial value" });
		expected.put("million TOE saved", new String[] { "Mtoe", "saved" });
		expected.put("million m³ (forest stock)", new String[] { "million m³", "(forest stock)" });
		expected.put("% increase of green area share", new String[] { "%", "increase of green area share" });
		expected.put("MtCO2e", new String[] { "MtCO2e", null });
		expected.put(" mtco2e ", new String[] { "MtCO2e", null });
		expected.put("tCO2e/cap", new String[] { "tCO2e/cap", null });
		expected.put("Percent of households", new String[] { "%", "of households" });
		expected.put("furlongs per fortnight", new String[] { null, "furlongs per fortnight" });
		expected.put("%abc", new String[] { null, "%abc" });
		for (Map.Entry<String, String[]> e : expected.entrySet()) {
			var row = jdbc.queryForMap("select unit, value_description from climate_target where id = ?",
					stored.get(e.getKey()));
			assertThat(new Object[] { row.get("unit"), row.get("value_description") }).as(e.getKey())
				.containsExactly((Object[]) e.getValue());
			// the Java split agrees with the migration's
			var leading = RegistryUnit.leading(e.getKey());
			assertThat(leading.unit() == null ? null : leading.unit().code()).as(e.getKey()).isEqualTo(e.getValue()[0]);
			assertThat(leading.rest()).as(e.getKey()).isEqualTo(e.getValue()[1]);
		}
		assertThat(jdbc.queryForMap("select unit, value_description from climate_target where id = ?", none))
			.containsEntry("unit", null)
			.containsEntry("value_description", null);
		assertThat(jdbc.queryForList("select distinct unit from climate_target where unit is not null", String.class))
			.allSatisfy((code) -> assertThat(RegistryUnit.ofCode(code)).as(code).isPresent());
	}

	private static UUID target(JdbcTemplate jdbc, String unit) {
		var id = UUID.randomUUID();
		jdbc.update("""
				insert into climate_target (id, country_code, type, title, target_value, unit, status, source_document,
				created_at, updated_at) values (?, 'CN', 'OTHER', ?, 25, ?, 'ADOPTED', 'doc', now(), now())""", id,
				"Target in " + unit, unit);
		return id;
	}

}
