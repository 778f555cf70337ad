package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Saved BAU scenarios in plain SQL. Versions are numbered per city; the unique key on
 * (city, version) turns two saves based on the same version into one success and one
 * conflict.
 */
@Repository
class ScenarioRecords {

	private final JdbcTemplate jdbc;

	ScenarioRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	int latestVersion(UUID cityId) {
		var n = this.jdbc.queryForObject(
				"select coalesce(max(version_no), 0) from pathways_bau_scenario where city_id = ?", Integer.class,
				cityId);
		return n == null ? 0 : n;
	}

	void insert(BauScenario s) {
		this.jdbc.update(
				"insert into pathways_bau_scenario (id, city_id, version_no, base_year, base_inventory_id, base_total, "
						+ "population_growth, gdp_growth, end_year, note, created_by, created_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				s.id(), s.cityId(), s.versionNo(), s.baseYear(), s.baseInventoryId(), s.baseTotal(),
				s.populationGrowthPercent(), s.gdpGrowthPercent(), s.endYear(), s.note(), s.author(),
				java.time.OffsetDateTime.ofInstant(s.createdAt(), java.time.ZoneOffset.UTC));
		var position = 0;
		for (var sector : s.sectors()) {
			this.jdbc.update(
					"insert into pathways_bau_sector (scenario_id, position, sector, base_emissions, method, annual_rate, "
							+ "driver, intensity_change) values (?, ?, ?, ?, ?, ?, ?, ?)",
					s.id(), position++, sector.sector(), sector.baseEmissions(), sector.method().name(),
					sector.annualRatePercent(), sector.driver() == null ? null : sector.driver().name(),
					sector.intensityChangePercent());
		}
	}

	/** Cities with at least one saved scenario. */
	List<UUID> cities() {
		return this.jdbc.queryForList("select distinct city_id from pathways_bau_scenario order by city_id",
				UUID.class);
	}

	/** Versions of a city's scenario, newest first, without their sectors. */
	List<BauScenario.Version> versions(UUID cityId) {
		return this.jdbc.query(
				"select version_no, base_year, end_year, created_by, created_at, note from pathways_bau_scenario "
						+ "where city_id = ? order by version_no desc",
				(rs, n) -> new BauScenario.Version(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
						rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getString(6)),
				cityId);
	}

	Optional<BauScenario> find(UUID cityId, int versionNo) {
		var found = this.jdbc.query("select id, city_id, version_no, base_year, base_inventory_id, base_total, "
				+ "population_growth, gdp_growth, end_year, note, created_by, created_at from pathways_bau_scenario "
				+ "where city_id = ? and version_no = ?", (rs, n) -> {
					var id = rs.getObject(1, UUID.class);
					return new BauScenario(id, rs.getObject(2, UUID.class), rs.getInt(3), rs.getInt(4),
							rs.getObject(5, UUID.class), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
							rs.getInt(9), rs.getString(10), List.of(), rs.getString(11),
							rs.getObject(12, java.time.OffsetDateTime.class).toInstant());
				}, cityId, versionNo);
		return found.stream().findFirst().map((s) -> withSectors(s));
	}

	Optional<BauScenario> latest(UUID cityId) {
		var v = latestVersion(cityId);
		return v == 0 ? Optional.empty() : find(cityId, v);
	}

	private BauScenario withSectors(BauScenario s) {
		var sectors = this.jdbc.query(
				"select sector, base_emissions, method, annual_rate, driver, intensity_change from pathways_bau_sector "
						+ "where scenario_id = ? order by position",
				(rs, n) -> new SectorAssumption(rs.getString(1), strip(rs.getBigDecimal(2)),
						BauMethod.valueOf(rs.getString(3)), strip(rs.getBigDecimal(4)),
						rs.getString(5) == null ? null : BauDriver.valueOf(rs.getString(5)),
						strip(rs.getBigDecimal(6))),
				s.id());
		return new BauScenario(s.id(), s.cityId(), s.versionNo(), s.baseYear(), s.baseInventoryId(),
				strip(s.baseTotal()), strip(s.populationGrowthPercent()), strip(s.gdpGrowthPercent()), s.endYear(),
				s.note(), sectors, s.author(), s.createdAt());
	}

	/**
	 * Numeric columns come back with their column scale; the figures are the same without
	 * it.
	 */
	private static BigDecimal strip(BigDecimal value) {
		if (value == null) {
			return null;
		}
		var s = value.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0) : s;
	}

}
