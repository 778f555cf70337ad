package org.lccp.inventory;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stored inventories and their entries, in plain SQL: every update of an inventory names
 * the version it was read at, so a concurrent edit is noticed instead of overwritten.
 */
@Repository
class InventoryRecords {

	private static final String COLUMNS = "id, city_id, country_code, year, version_no, status, gwp_set, gpc_version, "
			+ "reporting_level, boundary, boundary_description, population, population_source, gdp, gdp_unit, "
			+ "gdp_source, source, correction_reason, basic, basic_plus, territorial, other_scope3, biogenic_co2, "
			+ "created_at, updated_at, published_at, version, fictitious, grid_region";

	private final JdbcTemplate jdbc;

	InventoryRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An inventory version without its entries. */
	record Header(UUID id, UUID cityId, String countryCode, int year, int versionNo, InventoryStatus status,
			GwpSet gwpSet, String gpcVersion, String reportingLevel, Boundary boundary,
			@Nullable String boundaryDescription, @Nullable BigDecimal population, @Nullable String populationSource,
			@Nullable BigDecimal gdp, @Nullable String gdpUnit, @Nullable String gdpSource, String source,
			@Nullable String correctionReason, BigDecimal basic, BigDecimal basicPlus, BigDecimal territorial,
			BigDecimal otherScope3, BigDecimal biogenicCo2, Instant createdAt, Instant updatedAt,
			@Nullable Instant publishedAt, long version, boolean fictitious, @Nullable String gridRegion) {
	}

	/** One entry: a notation key or a line. */
	record Entry(int lineNo, String gpcRef, @Nullable String notationKey, @Nullable String explanation,
			@Nullable String description, @Nullable String fuel, @Nullable BigDecimal amount, @Nullable String unit,
			@Nullable BigDecimal density, @Nullable BigDecimal co2e, @Nullable BigDecimal biogenicCo2,
			@Nullable String calculation, @Nullable String dataQuality, @Nullable String sourceDocument,
			@Nullable String input, boolean libraryFactors) {

		/** A line (not a notation key). */
		boolean isLine() {
			return this.notationKey == null;
		}

	}

	void insert(Header h) {
		this.jdbc.update(
				"insert into inventory (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
						+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				h.id(), h.cityId(), h.countryCode(), h.year(), h.versionNo(), h.status().name(), h.gwpSet().name(),
				h.gpcVersion(), h.reportingLevel(), h.boundary().name(), h.boundaryDescription(), h.population(),
				h.populationSource(), h.gdp(), h.gdpUnit(), h.gdpSource(), h.source(), h.correctionReason(), h.basic(),
				h.basicPlus(), h.territorial(), h.otherScope3(), h.biogenicCo2(), at(h.createdAt()), at(h.updatedAt()),
				h.publishedAt() == null ? null : at(h.publishedAt()), h.version(), h.fictitious(), h.gridRegion());
	}

	void insertEntries(UUID inventoryId, List<Entry> entries) {
		this.jdbc.batchUpdate("insert into inventory_entry (inventory_id, line_no, gpc_ref, notation_key, explanation, "
				+ "description, fuel, amount, unit, density, co2e, biogenic_co2, calculation, data_quality, "
				+ "source_document, input, library_factors) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
				+ "?, ?)", entries, 500, (ps, e) -> {
					ps.setObject(1, inventoryId);
					ps.setInt(2, e.lineNo());
					ps.setString(3, e.gpcRef());
					ps.setString(4, e.notationKey());
					ps.setString(5, e.explanation());
					ps.setString(6, e.description());
					ps.setString(7, e.fuel());
					ps.setBigDecimal(8, e.amount());
					ps.setString(9, e.unit());
					ps.setBigDecimal(10, e.density());
					ps.setBigDecimal(11, e.co2e());
					ps.setBigDecimal(12, e.biogenicCo2());
					ps.setString(13, e.calculation());
					ps.setString(14, e.dataQuality());
					ps.setString(15, e.sourceDocument());
					ps.setString(16, e.input());
					ps.setBoolean(17, e.libraryFactors());
				});
	}

	Optional<Header> find(UUID id) {
		return this.jdbc.query("select " + COLUMNS + " from inventory where id = ?", InventoryRecords::header, id)
			.stream()
			.findFirst();
	}

	List<Entry> entries(UUID inventoryId) {
		return this.jdbc.query("select line_no, gpc_ref, notation_key, explanation, description, fuel, amount, unit, "
				+ "density, co2e, biogenic_co2, calculation, data_quality, source_document, input, library_factors "
				+ "from inventory_entry " + "where inventory_id = ? order by line_no",
				(rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getBigDecimal(9),
						rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12), rs.getString(13),
						rs.getString(14), rs.getString(15), rs.getBoolean(16)),
				inventoryId);
	}

	/** The published fictitious training inventory, if the demo data holds one. */
	Optional<UUID> publishedFictitious() {
		return this.jdbc
			.queryForList(
					"select id from inventory where fictitious and status = 'PUBLISHED' order by year desc limit 1",
					UUID.class)
			.stream()
			.findFirst();
	}

	int nextVersionNo(UUID cityId, int year) {
		var max = this.jdbc.queryForObject(
				"select coalesce(max(version_no), 0) from inventory where city_id = ? and year = ?", Integer.class,
				cityId, year);
		return (max == null ? 0 : max) + 1;
	}

	List<Header> versions(UUID cityId, int year) {
		return this.jdbc.query(
				"select " + COLUMNS + " from inventory where city_id = ? and year = ? order by version_no",
				InventoryRecords::header, cityId, year);
	}

	/** Changes whenever an inventory is published or superseded. */
	String publishedStamp() {
		return this.jdbc.queryForObject("select count(*) || ':' || coalesce(max(published_at)::text, '') "
				+ "from inventory where status = 'PUBLISHED'", String.class);
	}

	List<Header> published(UUID cityId) {
		return this.jdbc.query(
				"select " + COLUMNS + " from inventory where city_id = ? and status = 'PUBLISHED' order by year",
				InventoryRecords::header, cityId);
	}

	List<Header> search(@Nullable UUID cityId, @Nullable String country, @Nullable Integer year,
			@Nullable InventoryStatus status, int offset, int limit) {
		var where = new StringBuilder(" where 1 = 1");
		var args = new ArrayList<Object>();
		filter(where, args, cityId, country, year, status);
		args.add(limit);
		args.add(offset);
		return this.jdbc.query(
				"select " + COLUMNS + " from inventory" + where
						+ " order by year desc, country_code, city_id, version_no desc limit ? offset ?",
				InventoryRecords::header, args.toArray());
	}

	long count(@Nullable UUID cityId, @Nullable String country, @Nullable Integer year,
			@Nullable InventoryStatus status) {
		var where = new StringBuilder(" where 1 = 1");
		var args = new ArrayList<Object>();
		filter(where, args, cityId, country, year, status);
		var count = this.jdbc.queryForObject("select count(*) from inventory" + where, Long.class, args.toArray());
		return count == null ? 0 : count;
	}

	private static void filter(StringBuilder where, List<Object> args, @Nullable UUID cityId, @Nullable String country,
			@Nullable Integer year, @Nullable InventoryStatus status) {
		if (cityId != null) {
			where.append(" and city_id = ?");
			args.add(cityId);
		}
		if (country != null) {
			where.append(" and country_code = ?");
			args.add(country);
		}
		if (year != null) {
			where.append(" and year = ?");
			args.add(year);
		}
		if (status != null) {
			where.append(" and status = ?");
			args.add(status.name());
		}
	}

	/**
	 * Moves an inventory to a status if it is still at the version read.
	 * @return false when someone else changed it first
	 */
	boolean changeStatus(UUID id, long version, InventoryStatus status, Instant now) {
		return this.jdbc.update("update inventory set status = ?, updated_at = ?, version = version + 1, "
				+ "published_at = case when ? = 'PUBLISHED' then ? else published_at end where id = ? and version = ?",
				status.name(), at(now), status.name(), at(now), id, version) == 1;
	}

	boolean updateFacts(UUID id, long version, Boundary boundary, @Nullable String boundaryDescription,
			@Nullable BigDecimal population, @Nullable String populationSource, @Nullable BigDecimal gdp,
			@Nullable String gdpUnit, @Nullable String gdpSource, @Nullable String gridRegion, Instant now) {
		return this.jdbc.update("update inventory set boundary = ?, boundary_description = ?, population = ?, "
				+ "population_source = ?, gdp = ?, gdp_unit = ?, gdp_source = ?, grid_region = ?, updated_at = ?, "
				+ "version = version + 1 where id = ? and version = ? and status = 'DRAFT'", boundary.name(),
				boundaryDescription, population, populationSource, gdp, gdpUnit, gdpSource, gridRegion, at(now), id,
				version) == 1;
	}

	/**
	 * Changes single entries of a draft and its totals if it is still a draft at the
	 * version read: the entries numbered in {@code removed} are deleted and {@code added}
	 * inserted; the draft's other entries are not written.
	 * @return false when someone else changed it first, or it is no longer a draft
	 */
	boolean changeEntries(UUID id, long version, List<Integer> removed, List<Entry> added, InventoryTotals totals,
			Instant now) {
		var changed = this.jdbc.update(
				"update inventory set basic = ?, basic_plus = ?, territorial = ?, "
						+ "other_scope3 = ?, biogenic_co2 = ?, updated_at = ?, version = version + 1 "
						+ "where id = ? and version = ? and status = 'DRAFT'",
				totals.basic(), totals.basicPlus(), totals.territorial(), totals.otherScope3(), totals.biogenicCo2(),
				at(now), id, version) == 1;
		if (changed) {
			if (!removed.isEmpty()) {
				var args = new ArrayList<Object>();
				args.add(id);
				args.addAll(removed);
				this.jdbc.update(
						"delete from inventory_entry where inventory_id = ? and line_no in ("
								+ String.join(", ", java.util.Collections.nCopies(removed.size(), "?")) + ")",
						args.toArray());
			}
			if (!added.isEmpty()) {
				insertEntries(id, added);
			}
		}
		return changed;
	}

	void supersedePublished(UUID cityId, int year, Instant now) {
		this.jdbc.update("update inventory set status = 'SUPERSEDED', updated_at = ?, version = version + 1 "
				+ "where city_id = ? and year = ? and status = 'PUBLISHED'", at(now), cityId, year);
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Header header(ResultSet rs, int n) throws SQLException {
		var published = rs.getObject("published_at", OffsetDateTime.class);
		return new Header(rs.getObject("id", UUID.class), rs.getObject("city_id", UUID.class),
				rs.getString("country_code"), rs.getInt("year"), rs.getInt("version_no"),
				InventoryStatus.valueOf(rs.getString("status")), GwpSet.valueOf(rs.getString("gwp_set")),
				rs.getString("gpc_version"), rs.getString("reporting_level"),
				Boundary.valueOf(rs.getString("boundary")), rs.getString("boundary_description"),
				rs.getBigDecimal("population"), rs.getString("population_source"), rs.getBigDecimal("gdp"),
				rs.getString("gdp_unit"), rs.getString("gdp_source"), rs.getString("source"),
				rs.getString("correction_reason"), rs.getBigDecimal("basic").stripTrailingZeros(),
				rs.getBigDecimal("basic_plus").stripTrailingZeros(),
				rs.getBigDecimal("territorial").stripTrailingZeros(),
				rs.getBigDecimal("other_scope3").stripTrailingZeros(),
				rs.getBigDecimal("biogenic_co2").stripTrailingZeros(),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				published == null ? null : published.toInstant(), rs.getLong("version"), rs.getBoolean("fictitious"),
				rs.getString("grid_region"));
	}

}
