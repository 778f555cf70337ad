package org.lccp.inventory;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AuditLog;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Factors besides the IPCC defaults: grid electricity factors per country, grid region
 * and year (the secretariat enters them with their source) and a city's own factors (its
 * editors enter them with a citation). A factor is checked by the engine before it is
 * stored: its unit must be a mass per unit of activity, its value not negative.
 */
@Service
public class FactorLibrary {

	private final JdbcTemplate jdbc;

	private final CityDirectory cities;

	private final AuditLog audit;

	private final EmissionCalculator calculator = new EmissionCalculator(ReferenceLibrary.shipped());

	private final Clock clock;

	FactorLibrary(JdbcTemplate jdbc, CityDirectory cities, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cities = cities;
		this.audit = audit;
	}

	/** A stored factor. */
	public record StoredFactor(long id, String kind, @Nullable String countryCode, @Nullable String region,
			@Nullable UUID cityId, int year, String name, String gas, BigDecimal value, String unit, String source,
			long version) {
	}

	/** A factor to store. */
	record NewFactor(@Nullable String countryCode, @Nullable String region, @Nullable UUID cityId, int year,
			String name, String gas, BigDecimal value, String unit, String source) {
	}

	/** Adds a grid electricity factor (the secretariat). */
	@Transactional
	long addGridFactor(NewFactor factor) {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("grid factors are entered by the secretariat");
		}
		if (factor.countryCode() == null || !factor.countryCode().matches("[A-Z]{2}")) {
			throw new InvalidCalculationException("countryCode", "inventory.factor.countryMissing");
		}
		return store("GRID", factor);
	}

	/** Adds a city's own factor with its citation (the city's editors). */
	@Transactional
	long addCityFactor(NewFactor factor) {
		if (factor.cityId() == null || !this.cities.canEdit(factor.cityId())) {
			throw new AccessDeniedException("city factors are entered by the city's editors");
		}
		return store("CITY", factor);
	}

	private long store(String kind, NewFactor f) {
		if (f.source().isBlank()) {
			throw new InvalidCalculationException("source", "inventory.problem.factorWithoutSource", f.gas());
		}
		if (f.name().isBlank() || f.name().length() > 200) {
			throw new InvalidCalculationException("name", "inventory.factor.nameMissing");
		}
		if (f.year() < 1990 || f.year() > 2100) {
			throw new InvalidCalculationException("year", "inventory.import.yearInvalid");
		}
		var gas = ReferenceLibrary.shipped()
			.gas(f.gas())
			.orElseThrow(() -> new InvalidCalculationException("gas", "inventory.problem.unknownGas", f.gas()));
		if (f.value().signum() < 0) {
			throw new InvalidCalculationException("value", "inventory.problem.negativeFactor", gas);
		}
		var unit = this.calculator.factorUnit(f.unit())
			.orElseThrow(() -> new InvalidCalculationException("unit", "inventory.problem.badFactorUnit", f.unit()));
		var id = this.jdbc.queryForObject(
				"insert into emission_factor (kind, country_code, region, city_id, year, name, gas, value, unit, source, "
						+ "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
				Long.class, kind, f.countryCode(), blank(f.region()), f.cityId(), f.year(), f.name().strip(), gas,
				f.value(), unit.text(), f.source().strip(),
				OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		this.audit.record("EmissionFactor", id, "FACTOR_ADDED", kind + " " + gas + " " + f.value().toPlainString() + " "
				+ unit.text() + " (" + f.source().strip() + ")");
		return id == null ? 0 : id;
	}

	/**
	 * Whether the reader may change a stored factor: grid ones the secretariat, a city's
	 * its editors.
	 */
	boolean canChange(StoredFactor f) {
		return "GRID".equals(f.kind()) ? CurrentUser.has(Role.SECRETARIAT)
				: f.cityId() != null && this.cities.canEdit(f.cityId());
	}

	/**
	 * Changes a stored factor's value, unit and source, if it is still at the version
	 * read. Inventories that used the old value keep it; a published one is offered a
	 * recalculation.
	 */
	@Transactional
	void change(long id, long version, BigDecimal value, String unitText, String source) {
		var f = all().stream()
			.filter((x) -> x.id() == id)
			.findFirst()
			.orElseThrow(() -> new InvalidCalculationException("id", "inventory.factor.gone"));
		if (!canChange(f)) {
			throw new AccessDeniedException("not allowed to change factor " + id);
		}
		if (source.isBlank()) {
			throw new InvalidCalculationException("source", "inventory.problem.factorWithoutSource", f.gas());
		}
		if (value.signum() < 0) {
			throw new InvalidCalculationException("value", "inventory.problem.negativeFactor", f.gas());
		}
		if (!org.lccp.shared.web.Decimals.fits(value, 18, 12)) {
			throw new InvalidCalculationException("value", "inventory.problem.tooLarge", f.gas());
		}
		var unit = this.calculator.factorUnit(unitText)
			.orElseThrow(() -> new InvalidCalculationException("unit", "inventory.problem.badFactorUnit", unitText));
		if (this.jdbc.update("update emission_factor set value = ?, unit = ?, source = ?, version = version + 1 "
				+ "where id = ? and version = ?", value, unit.text(), source.strip(), id, version) != 1) {
			throw new org.lccp.shared.web.ConflictException("error.conflict.stale");
		}
		this.audit.record("EmissionFactor", id, "FACTOR_CHANGED",
				f.kind() + " " + f.gas() + " " + f.value().toPlainString() + " " + f.unit() + " (" + f.source() + ") → "
						+ value.toPlainString() + " " + unit.text() + " (" + source.strip() + ")");
	}

	/** Every factor, grid factors first, newest year first. */
	@Transactional(readOnly = true)
	public List<StoredFactor> all() {
		return this.jdbc.query(
				"select id, kind, country_code, region, city_id, year, name, gas, value, unit, source, version "
						+ "from emission_factor order by kind desc, country_code, year desc, id",
				(rs, n) -> new StoredFactor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, UUID.class), rs.getInt(6), rs.getString(7), rs.getString(8),
						rs.getBigDecimal(9).stripTrailingZeros(), rs.getString(10), rs.getString(11), rs.getLong(12)));
	}

	/**
	 * The grid factor of a country (and region, when one is named) for a year: the latest
	 * one entered for exactly that year.
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFactor> gridFactor(String countryCode, @Nullable String region, int year) {
		return all().stream()
			.filter((f) -> "GRID".equals(f.kind()) && countryCode.equals(f.countryCode()) && f.year() == year
					&& (region == null ? f.region() == null : region.equals(f.region())))
			.reduce((a, b) -> b);
	}

	/** The grid regions of a country that hold stored grid factors, in order. */
	@Transactional(readOnly = true)
	public List<String> regions(String countryCode) {
		return this.jdbc.queryForList("select distinct region from emission_factor where kind = 'GRID' "
				+ "and country_code = ? and region is not null order by region", String.class, countryCode);
	}

	/** The name under which a city's own grid electricity factor is entered. */
	static final String ELECTRICITY = "Electricity";

	/**
	 * The factors a line without its own takes before the IPCC defaults: the city's own
	 * factors for the line's fuel (by the fuel's IPCC name; {@value #ELECTRICITY} for
	 * scope-2 lines without a fuel), each gas from the latest year not after the
	 * inventory's; failing those, for scope-2 electricity, the country's grid factor of
	 * that year.
	 */
	@Transactional(readOnly = true)
	Map<String, ActivityLine.Factor> storedFactors(UUID cityId, String countryCode, @Nullable String region, int year,
			GpcRow row, @Nullable String fuel) {
		var name = fuel != null ? fuel : (row.scope() == 2 ? ELECTRICITY : null);
		var result = new LinkedHashMap<String, ActivityLine.Factor>();
		if (name != null) {
			this.jdbc.query("select distinct on (gas) gas, value, unit, name, source, year from emission_factor "
					+ "where kind = 'CITY' and city_id = ? and lower(name) = lower(?) and year <= ? "
					+ "order by gas, year desc, id desc", (rs) -> {
						result.put(rs.getString(1), new ActivityLine.Factor(rs.getBigDecimal(2).stripTrailingZeros(),
								rs.getString(3), rs.getString(4) + " " + rs.getInt(6) + " — " + rs.getString(5)));
					}, cityId, name.strip(), year);
		}
		if (result.isEmpty() && fuel == null && row.scope() == 2) {
			// The inventory's grid region first; a region without a factor for the year
			// falls back to the country's national one.
			var regional = region == null ? Optional.<StoredFactor>empty()
					: gridFactor(countryCode, region, year).filter((f) -> "CO2".equals(f.gas()));
			regional.or(() -> gridFactor(countryCode, null, year).filter((f) -> "CO2".equals(f.gas())))
				.ifPresent(
						(f) -> result.put("CO2",
								new ActivityLine.Factor(f.value(), f.unit(), f.name()
										+ (f.region() == null ? "" : " [" + f.countryCode() + " " + f.region() + "]")
										+ " — " + f.source())));
		}
		return result;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
