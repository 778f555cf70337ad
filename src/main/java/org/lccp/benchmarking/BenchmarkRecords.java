package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Systems, indicators, values and peer groups in plain SQL. */
@Repository
class BenchmarkRecords {

	private static final String SYSTEM_COLUMNS = "id, code, version_no, name, description, league_table, created_by, "
			+ "created_at";

	private static final String INDICATOR_COLUMNS = "i.id, i.system_id, i.code, i.position, i.name_en, i.name_zh, "
			+ "i.name_ja, i.name_ko, i.name_ru, i.name_mn, i.definition, i.unit, i.direction, i.sector, i.category, "
			+ "i.level, i.computation, i.formula, i.weight, i.reference_value";

	private final JdbcTemplate jdbc;

	BenchmarkRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// --- systems and indicators

	List<IndicatorSystem> systems() {
		return this.jdbc.query("select " + SYSTEM_COLUMNS + " from benchmarking_system order by code, version_no desc",
				(rs, n) -> system(rs));
	}

	Optional<IndicatorSystem> system(UUID id) {
		return this.jdbc
			.query("select " + SYSTEM_COLUMNS + " from benchmarking_system where id = ?", (rs, n) -> system(rs), id)
			.stream()
			.findFirst();
	}

	/** The newest version of a system code. */
	Optional<IndicatorSystem> latest(String code) {
		return this.jdbc
			.query("select " + SYSTEM_COLUMNS + " from benchmarking_system where code = ? order by version_no desc "
					+ "limit 1", (rs, n) -> system(rs), code)
			.stream()
			.findFirst();
	}

	void insertSystem(IndicatorSystem s) {
		this.jdbc.update("insert into benchmarking_system (" + SYSTEM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
				s.id(), s.code(), s.versionNo(), s.name(), s.description(), s.leagueTable(), s.createdBy(),
				utc(s.createdAt()));
	}

	void setLeagueTable(UUID systemId, boolean on) {
		this.jdbc.update("update benchmarking_system set league_table = ? where id = ?", on, systemId);
	}

	List<Indicator> indicators(UUID systemId) {
		return this.jdbc.query("select " + INDICATOR_COLUMNS + " from benchmarking_indicator i where i.system_id = ? "
				+ "order by i.position, i.code", (rs, n) -> indicator(rs), systemId);
	}

	Optional<Indicator> indicator(UUID id) {
		return this.jdbc
			.query("select " + INDICATOR_COLUMNS + " from benchmarking_indicator i where i.id = ?",
					(rs, n) -> indicator(rs), id)
			.stream()
			.findFirst();
	}

	/** Indicators of every system version whose values the platform works out. */
	List<Indicator> derivedIndicators() {
		return this.jdbc.query(
				"select " + INDICATOR_COLUMNS + " from benchmarking_indicator i "
						+ "where i.computation is not null or i.formula is not null order by i.system_id, i.position",
				(rs, n) -> indicator(rs));
	}

	void insertIndicator(Indicator i) {
		this.jdbc
			.update("insert into benchmarking_indicator (id, system_id, code, position, name_en, name_zh, name_ja, "
					+ "name_ko, name_ru, name_mn, definition, unit, direction, sector, category, level, computation, formula, "
					+ "weight, reference_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					i.id(), i.systemId(), i.code(), i.position(), i.names().get("en"), i.names().get("zh"),
					i.names().get("ja"), i.names().get("ko"), i.names().get("ru"), i.names().get("mn"), i.definition(),
					i.unit(), i.direction().name(), i.sector(), i.category(), i.level().name(), i.computation(),
					i.formula(), i.weight(), i.reference());
	}

	// --- values

	/**
	 * Replaces a city's computed values of the given indicators (indicator id → values):
	 * one delete and one batch of inserts. A reported value of the same year stays and
	 * wins.
	 */
	void replaceComputed(UUID cityId, Map<UUID, List<Computation.Computed>> values, Instant at) {
		if (values.isEmpty()) {
			return;
		}
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("delete from benchmarking_value where city_id = ? "
					+ "and origin = 'COMPUTED' and indicator_id = any (?)");
			statement.setObject(1, cityId);
			statement.setArray(2, connection.createArrayOf("uuid", values.keySet().toArray()));
			return statement;
		});
		var rows = new ArrayList<Object[]>();
		var when = utc(at);
		values.forEach((indicator, list) -> list
			.forEach((v) -> rows.add(new Object[] { indicator, cityId, v.year(), v.value(), v.from(), when })));
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("insert into benchmarking_value (indicator_id, city_id, year, value, origin, source, "
					+ "updated_at) values (?, ?, ?, ?, 'COMPUTED', ?, ?) on conflict (indicator_id, city_id, year) "
					+ "do nothing", rows);
		}
		valuesChanged();
	}

	/**
	 * Stores a reported value, replacing any value (computed or reported) of that year.
	 */
	void putReported(UUID indicatorId, UUID cityId, int year, BigDecimal value, String source, String by, Instant at) {
		this.jdbc.update("insert into benchmarking_value (indicator_id, city_id, year, value, origin, source, "
				+ "reported_by, updated_at) values (?, ?, ?, ?, 'REPORTED', ?, ?, ?) on conflict (indicator_id, "
				+ "city_id, year) do update set value = excluded.value, origin = 'REPORTED', source = excluded.source, "
				+ "reported_by = excluded.reported_by, updated_at = excluded.updated_at", indicatorId, cityId, year,
				value, source, by, utc(at));
		valuesChanged();
	}

	/**
	 * Copies reported values from one indicator to its successor in a new system version.
	 */
	void carryReported(UUID from, UUID to) {
		this.jdbc
			.update("insert into benchmarking_value (indicator_id, city_id, year, value, origin, source, reported_by, "
					+ "updated_at) select ?, city_id, year, value, origin, source, reported_by, updated_at "
					+ "from benchmarking_value where indicator_id = ? and origin = 'REPORTED'", to, from);
		valuesChanged();
	}

	private static final String VALUE_SELECT = "select v.indicator_id, i.code, v.city_id, v.year, v.value, v.origin, "
			+ "v.source, v.updated_at from benchmarking_value v join benchmarking_indicator i on i.id = v.indicator_id ";

	List<IndicatorValue> values(@Nullable UUID cityId, @Nullable UUID indicatorId, @Nullable Integer year, int offset,
			int limit) {
		return this.jdbc.query(
				VALUE_SELECT + where() + " order by v.city_id, i.position, v.year, v.indicator_id "
						+ "offset ? limit ?",
				(rs, n) -> value(rs), cityId, cityId, indicatorId, indicatorId, year, year, offset, limit);
	}

	/**
	 * Every value in one pass over a cursor, for the bulk download (no offset paging).
	 */
	void eachValue(java.util.function.Consumer<IndicatorValue> sink) {
		this.jdbc.query(connection -> {
			var statement = connection.prepareStatement(VALUE_SELECT + "order by v.city_id, i.position, v.year");
			statement.setFetchSize(2000);
			return statement;
		}, (ResultSet rs) -> {
			sink.accept(value(rs));
		});
	}

	long countValues(@Nullable UUID cityId, @Nullable UUID indicatorId, @Nullable Integer year) {
		var n = this.jdbc.queryForObject("select count(*) from benchmarking_value v " + where(), Long.class, cityId,
				cityId, indicatorId, indicatorId, year, year);
		return n == null ? 0 : n;
	}

	private static String where() {
		return "where (cast(? as uuid) is null or v.city_id = ?) and (cast(? as uuid) is null or v.indicator_id = ?) "
				+ "and (cast(? as integer) is null or v.year = ?)";
	}

	/**
	 * The latest value of each city for each indicator of a system as bare numbers, city
	 * → code → value: what the index and the peer finder read (no sources, for speed).
	 */
	Map<UUID, Map<String, BigDecimal>> latestNumbers(UUID systemId) {
		var out = new HashMap<UUID, Map<String, BigDecimal>>();
		// One indicator at a time, walking its primary key (indicator, city, year)
		// backwards: the newest year of each city comes first and nothing is sorted. One
		// query over the system sorted every value (3.6 s at 10,000 cities × 50
		// indicators).
		var indicators = this.jdbc.query("select id, code from benchmarking_indicator where system_id = ?",
				(rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)), systemId);
		for (var indicator : indicators) {
			var code = indicator.getValue();
			this.jdbc.query(connection -> {
				var statement = connection.prepareStatement("select distinct on (city_id) city_id, value "
						+ "from benchmarking_value where indicator_id = ? order by city_id desc, year desc");
				statement.setObject(1, indicator.getKey());
				statement.setFetchSize(5000);
				return statement;
			}, (ResultSet rs) -> {
				out.computeIfAbsent(rs.getObject(1, UUID.class), (c) -> new HashMap<>())
					.put(code, rs.getBigDecimal(2).stripTrailingZeros());
			});
		}
		return out;
	}

	/**
	 * Every value of one city for the indicators of a system, by code, ascending years.
	 */
	Map<String, List<IndicatorValue>> cityValues(UUID systemId, UUID cityId) {
		var out = new HashMap<String, List<IndicatorValue>>();
		this.jdbc.query(VALUE_SELECT + "where i.system_id = ? and v.city_id = ? order by i.position, v.year",
				(ResultSet rs) -> {
					var v = value(rs);
					out.computeIfAbsent(v.indicatorCode(), (c) -> new ArrayList<>()).add(v);
				}, systemId, cityId);
		return out;
	}

	/** Changes whenever a value is stored or removed, for caches of derived views. */
	String valuesStamp() {
		return String
			.valueOf(this.jdbc.queryForObject("select last_value from benchmarking_values_version", Long.class));
	}

	private void valuesChanged() {
		this.jdbc.queryForObject("select nextval('benchmarking_values_version')", Long.class);
	}

	// --- peer groups

	record PeerGroup(UUID id, String name, @Nullable UUID cityId, List<UUID> members, String variables,
			String createdBy, Instant createdAt) {
	}

	void insertGroup(PeerGroup g) {
		this.jdbc.update(
				"insert into benchmarking_peer_group (id, name, city_id, members, variables, created_by, "
						+ "created_at) values (?, ?, ?, ?, ?, ?, ?)",
				g.id(), g.name(), g.cityId(), g.members().toArray(new UUID[0]), g.variables(), g.createdBy(),
				utc(g.createdAt()));
	}

	void deleteGroup(UUID id) {
		this.jdbc.update("delete from benchmarking_peer_group where id = ?", id);
	}

	Optional<PeerGroup> group(UUID id) {
		return this.jdbc
			.query("select id, name, city_id, members, variables, created_by, created_at from benchmarking_peer_group "
					+ "where id = ?", (rs, n) -> group(rs), id)
			.stream()
			.findFirst();
	}

	/** The secretariat's groups and the city's own, newest first. */
	List<PeerGroup> groupsFor(UUID cityId) {
		return this.jdbc.query(
				"select id, name, city_id, members, variables, created_by, created_at "
						+ "from benchmarking_peer_group where city_id is null or city_id = ? order by created_at desc",
				(rs, n) -> group(rs), cityId);
	}

	/**
	 * Tells every node's page cache that public pages may have changed, once the current
	 * transaction has committed. Values are written with plain SQL, which the cache's
	 * Hibernate listeners do not see; the cache polls this sequence.
	 */
	void announcePageChange() {
		Runnable announce = () -> this.jdbc.queryForObject("select nextval('page_generation')", Long.class);
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						announce.run();
					}
				});
		}
		else {
			announce.run();
		}
	}

	// --- state

	@Nullable String state(String key) {
		return this.jdbc.query("select value from benchmarking_state where key = ?", (rs, n) -> rs.getString(1), key)
			.stream()
			.findFirst()
			.orElse(null);
	}

	void putState(String key, String value) {
		this.jdbc.update("insert into benchmarking_state (key, value) values (?, ?) on conflict (key) do update "
				+ "set value = excluded.value", key, value);
	}

	// --- mapping

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static PeerGroup group(ResultSet rs) throws SQLException {
		var array = (Object[]) rs.getArray(4).getArray();
		var members = new ArrayList<UUID>();
		for (var m : array) {
			members.add((UUID) m);
		}
		return new PeerGroup(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
				List.copyOf(members), rs.getString(5), rs.getString(6),
				rs.getObject(7, OffsetDateTime.class).toInstant());
	}

	private static IndicatorValue value(ResultSet rs) throws SQLException {
		return new IndicatorValue(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
				rs.getInt(4), rs.getBigDecimal(5).stripTrailingZeros(), ValueOrigin.valueOf(rs.getString(6)),
				rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant());
	}

	private static IndicatorSystem system(ResultSet rs) throws SQLException {
		return new IndicatorSystem(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
				rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant());
	}

	private static Indicator indicator(ResultSet rs) throws SQLException {
		var names = Map.of("en", rs.getString(5), "zh", rs.getString(6), "ja", rs.getString(7), "ko", rs.getString(8),
				"ru", rs.getString(9), "mn", rs.getString(10));
		var reference = rs.getBigDecimal(20);
		return new Indicator(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
				names, rs.getString(11), rs.getString(12), Direction.valueOf(rs.getString(13)), rs.getString(14),
				rs.getString(15), IndicatorLevel.valueOf(rs.getString(16)), rs.getString(17), rs.getString(18),
				rs.getBigDecimal(19).stripTrailingZeros(), reference == null ? null : reference.stripTrailingZeros());
	}

}
