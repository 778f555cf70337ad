package org.lccp.pathways;

import java.time.Clock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.FactKind;
import org.lccp.cities.RegistryUnit;
import org.lccp.shared.domain.OpenDataChanged;
import org.lccp.cities.TargetRegistry;
import org.lccp.cities.TargetStatus;
import org.lccp.identity.AuditLog;
import org.lccp.inventory.InventoryManagement;
import org.lccp.inventory.PublishedTotals;
import org.lccp.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathways module's facade: a city's BAU scenarios (every save a new version; the
 * city's focal points and the secretariat edit, everyone reads), the pathways of its
 * targets and its progress. Emissions are the BASIC totals of the published inventories
 * (GPC), the level the city-target frameworks compare.
 */
@Service
public class PathwaysManagement {

	/** Years a scenario may reach. */
	static final int LAST_YEAR = 2100;

	private static final BigDecimal RATE_LIMIT = BigDecimal.valueOf(50);

	private static final int NOTE_LIMIT = 2000;

	private final CityDirectory cities;

	private final TargetRegistry targets;

	private final InventoryManagement inventories;

	private final ScenarioRecords scenarios;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PathwaysManagement(CityDirectory cities, TargetRegistry targets, InventoryManagement inventories,
			ScenarioRecords scenarios, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.cities = cities;
		this.targets = targets;
		this.inventories = inventories;
		this.scenarios = scenarios;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A city's inventories, BAU (the given version, else the latest), target pathways and
	 * progress.
	 */
	@Transactional(readOnly = true)
	public CityPathways city(UUID cityId, @Nullable Integer version) {
		var profile = this.cities.profile(cityId);
		var published = this.inventories.publishedTotals(cityId);
		var inventoryYears = published.stream()
			.map((t) -> new CityPathways.InventoryYear(t.inventoryId(), t.year(), t.basic(), t.gwpSet().label()))
			.toList();
		var latestVersion = this.scenarios.latestVersion(cityId);
		BauScenario scenario = null;
		if (latestVersion > 0) {
			var wanted = version == null ? latestVersion : version;
			scenario = this.scenarios.find(cityId, wanted).orElseThrow(() -> new ScenarioNotFoundException(wanted));
		}
		else if (version != null) {
			throw new ScenarioNotFoundException(version);
		}
		var bau = scenario == null ? null : scenario.projection();
		var byYear = new TreeMap<Integer, BigDecimal>();
		published.forEach((t) -> byYear.put(t.year(), t.basic()));
		var inputs = new PathwayRules.Inputs(byYear, bau, scenario == null ? 0 : scenario.versionNo(),
				series(cityId, published, FactKind.POPULATION), series(cityId, published, FactKind.GDP));
		var pathways = profile.targets()
			.stream()
			.filter((t) -> PathwayRules.isEmissionsTarget(t.type()) && t.status() != TargetStatus.SUPERSEDED)
			.map((t) -> PathwayRules.of(t, inputs))
			.toList();
		CityPathways.Progress progress = null;
		if (!published.isEmpty()) {
			var latest = published.get(published.size() - 1);
			var bauVerdict = bau == null || bau.at(latest.year()) == null ? null
					: Verdict.of(latest.year(), latest.basic(), bau.at(latest.year()));
			var verdicts = pathways.stream().map((p) -> {
				var expected = p.at(latest.year());
				return new CityPathways.TargetProgress(p,
						expected == null ? null : Verdict.of(latest.year(), latest.basic(), expected));
			}).toList();
			progress = new CityPathways.Progress(latest.year(), latest.basic(), bauVerdict, verdicts);
		}
		var baseCorrected = false;
		if (scenario != null) {
			var baseYear = scenario.baseYear();
			var baseId = scenario.baseInventoryId();
			baseCorrected = published.stream().anyMatch((t) -> t.year() == baseYear && !t.inventoryId().equals(baseId));
		}
		return new CityPathways(profile.city(), inventoryYears, scenario, bau, latestVersion,
				this.scenarios.versions(cityId), pathways, progress, this.cities.canEdit(cityId), baseCorrected);
	}

	/** The pathway of one target with its city's figures; empty for a national target. */
	@Transactional(readOnly = true)
	public Optional<CityPathways> target(UUID targetId) {
		var target = this.targets.target(targetId);
		if (target.cityId() == null || !PathwayRules.isEmissionsTarget(target.type())) {
			return Optional.empty();
		}
		return Optional.of(city(target.cityId(), null).onlyTarget(targetId));
	}

	/** Whether the signed-in account may save scenarios of the city. */
	@Transactional(readOnly = true)
	public boolean canEdit(UUID cityId) {
		return this.cities.canEdit(cityId);
	}

	/**
	 * The published years a scenario may start from, with the sectors each splits into.
	 */
	@Transactional(readOnly = true)
	public List<Integer> baseYears(UUID cityId) {
		return this.inventories.publishedTotals(cityId).stream().map(PublishedTotals::year).toList();
	}

	/** The form for a new version: the latest version's assumptions, or defaults. */
	@Transactional(readOnly = true)
	public BauForm form(UUID cityId) {
		this.cities.city(cityId);
		requireEditor(cityId);
		var latest = this.scenarios.latest(cityId);
		if (latest.isPresent()) {
			var s = latest.get();
			var sectors = s.sectors()
				.stream()
				.map((a) -> new BauForm.SectorForm(a.sector(), a.method(), a.annualRatePercent(),
						a.driver() == null ? BauDriver.GDP : a.driver(), a.intensityChangePercent()))
				.toList();
			var form = new BauForm(s.baseYear(), s.endYear(), s.populationGrowthPercent(), s.gdpGrowthPercent(),
					s.note(), Integer.toString(s.versionNo()), sectors);
			var published = this.inventories.publishedTotals(cityId);
			// the base year's split may have changed since (a corrected inventory)
			return form.withSectors(sectorNames(published, s.baseYear()));
		}
		var published = this.inventories.publishedTotals(cityId);
		var base = published.isEmpty() ? null : published.get(published.size() - 1).year();
		var form = new BauForm(base, 2050, BigDecimal.ZERO, BigDecimal.ZERO, null, "0", List.of());
		return form.withSectors(base == null ? List.of() : sectorNames(published, base));
	}

	/** The sectors the base year splits into, for the form. */
	@Transactional(readOnly = true)
	public List<String> sectors(UUID cityId, @Nullable Integer baseYear) {
		if (baseYear == null) {
			return List.of();
		}
		return sectorNames(this.inventories.publishedTotals(cityId), baseYear);
	}

	/**
	 * The form with the sectors of the base year it names (after the editor changed it).
	 */
	@Transactional(readOnly = true)
	public BauForm withBaseYearSectors(UUID cityId, BauForm form) {
		var year = form.baseYear();
		return year == null ? form : form.withSectors(sectorNames(this.inventories.publishedTotals(cityId), year));
	}

	/**
	 * What the scenario rules refuse in the form, stored nowhere: for a form some of
	 * whose values did not even convert, so that the editor sees every problem at once.
	 */
	@Transactional(readOnly = true)
	public List<InvalidScenarioException.Violation> check(UUID cityId, BauForm form) {
		this.cities.city(cityId);
		requireEditor(cityId);
		return draft(cityId, form).violations();
	}

	/**
	 * Saves a new version of the city's scenario and returns its number. Refuses broken
	 * rules with field violations (nothing stored), and a save based on an older version
	 * than the latest.
	 */
	@Transactional
	public int save(UUID cityId, BauForm form) {
		this.cities.city(cityId);
		requireEditor(cityId);
		var draft = draft(cityId, form);
		if (!draft.violations().isEmpty()) {
			throw new InvalidScenarioException(draft.violations());
		}
		var base = java.util.Objects.requireNonNull(draft.base());
		var latest = draft.latest();
		var note = draft.note();
		var sectors = draft.sectors();
		var scenario = new BauScenario(UUID.randomUUID(), cityId, latest + 1, base.year(), base.inventoryId(),
				base.basic(), form.populationGrowth(), form.gdpGrowth(),
				java.util.Objects.requireNonNull(form.endYear()), note == null || note.isEmpty() ? null : note,
				List.copyOf(sectors), author(), this.clock.instant());
		try {
			this.scenarios.insert(scenario);
		}
		catch (DuplicateKeyException ex) {
			// someone saved the same next version a moment earlier
			throw new InvalidScenarioException(List
				.of(new InvalidScenarioException.Violation("", "pathways.error.stale", Integer.toString(latest + 1))));
		}
		this.audit.record("BauScenario", cityId, "BAU_SAVED", "version " + scenario.versionNo() + ", base "
				+ scenario.baseYear() + ", end " + scenario.endYear() + ", " + sectors.size() + " sector(s)");
		this.events.publishEvent(new OpenDataChanged(this.clock.instant()));
		this.events.publishEvent(new BauScenarioSaved(cityId, scenario.versionNo()));
		return scenario.versionNo();
	}

	/**
	 * The form checked against the rules: the violations, and what a save stores when
	 * there are none. A value the binder could not convert is null here, which every rule
	 * of its field refuses.
	 */
	private Draft draft(UUID cityId, BauForm form) {
		var published = this.inventories.publishedTotals(cityId);
		var violations = new ArrayList<InvalidScenarioException.Violation>();
		var baseYear = form.baseYear();
		var endYear = form.endYear();
		PublishedTotals base = null;
		if (baseYear == null) {
			addOnce(violations, "baseYear", "pathways.error.baseYear");
		}
		else {
			base = published.stream().filter((t) -> t.year() == baseYear).findFirst().orElse(null);
			if (base == null) {
				addOnce(violations, "baseYear", "pathways.error.baseYear");
			}
		}
		if (endYear == null || (baseYear != null && endYear <= baseYear) || endYear > LAST_YEAR) {
			addOnce(violations, "endYear", "pathways.error.endYear");
		}
		rate(form.populationGrowth(), "populationGrowth", violations);
		rate(form.gdpGrowth(), "gdpGrowth", violations);
		var note = form.note() == null ? null : form.note().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
		if (note != null && note.length() > NOTE_LIMIT) {
			violations.add(new InvalidScenarioException.Violation("note", "pathways.error.note",
					Integer.toString(NOTE_LIMIT)));
		}
		var sectors = new ArrayList<SectorAssumption>();
		if (base != null) {
			var split = split(base);
			var entered = form.sectorList();
			if (entered.size() != split.size()) {
				violations.add(new InvalidScenarioException.Violation("baseYear", "pathways.error.sectorsChanged"));
			}
			else {
				int i = 0;
				for (var e : split.entrySet()) {
					sector(entered.get(i), "sectors[" + i + "]", e.getKey(), e.getValue(), violations)
						.ifPresent(sectors::add);
					i++;
				}
			}
		}
		var latest = this.scenarios.latestVersion(cityId);
		Integer basedOn;
		try {
			basedOn = BauForm.integer(form.basedOnVersion());
		}
		catch (NumberFormatException ex) {
			basedOn = null;
		}
		if (violations.isEmpty() && (basedOn == null ? 0 : basedOn) != latest) {
			violations
				.add(new InvalidScenarioException.Violation("", "pathways.error.stale", Integer.toString(latest)));
		}
		return new Draft(violations, base, note, sectors, latest);
	}

	private static String author() {
		return CurrentUser.get().map(CurrentUser.AccountPrincipal::email).orElse("system");
	}

	/** A checked form: its violations, or what a save stores. */
	private record Draft(List<InvalidScenarioException.Violation> violations, @Nullable PublishedTotals base,
			@Nullable String note, List<SectorAssumption> sectors, int latest) {
	}

	private static Optional<SectorAssumption> sector(BauForm.SectorForm s, String field, String name,
			BigDecimal baseEmissions, List<InvalidScenarioException.Violation> violations) {
		var method = s.method();
		if (method == null) {
			violations.add(new InvalidScenarioException.Violation(field + ".method", "pathways.error.method"));
			return Optional.empty();
		}
		if (method == BauMethod.CAGR) {
			var rate = rate(s.annualRate(), field + ".annualRate", violations);
			return rate == null ? Optional.empty()
					: Optional.of(new SectorAssumption(name, baseEmissions, BauMethod.CAGR, rate, null, null));
		}
		var driver = s.driver();
		if (driver == null) {
			violations.add(new InvalidScenarioException.Violation(field + ".driver", "pathways.error.driver"));
		}
		var change = rate(s.intensityChange(), field + ".intensityChange", violations);
		return driver == null || change == null ? Optional.empty()
				: Optional.of(new SectorAssumption(name, baseEmissions, BauMethod.DRIVER, null, driver, change));
	}

	private static void addOnce(List<InvalidScenarioException.Violation> violations, String field, String key) {
		if (violations.stream().noneMatch((v) -> v.field().equals(field))) {
			violations.add(new InvalidScenarioException.Violation(field, key, Integer.toString(LAST_YEAR)));
		}
	}

	/** A yearly rate in per cent: a number within ±50 with at most four decimals. */
	private static @Nullable BigDecimal rate(@Nullable BigDecimal rate, String field,
			List<InvalidScenarioException.Violation> violations) {
		if (rate == null || rate.abs().compareTo(RATE_LIMIT) > 0 || rate.stripTrailingZeros().scale() > 4) {
			violations.add(new InvalidScenarioException.Violation(field, "pathways.error.rate", "50"));
			return null;
		}
		return rate;
	}

	/**
	 * The base-year split by sector. The inventory module offers only the BASIC total of
	 * a published inventory so far, so the split is one row for all sectors.
	 */
	static Map<String, BigDecimal> split(PublishedTotals base) {
		return Map.of("ALL", base.basic());
	}

	private static List<String> sectorNames(List<PublishedTotals> published, int year) {
		return published.stream()
			.filter((t) -> t.year() == year)
			.findFirst()
			.map((t) -> List.copyOf(split(t).keySet()))
			.orElse(List.of());
	}

	private void requireEditor(UUID cityId) {
		if (!this.cities.canEdit(cityId)) {
			throw new AccessDeniedException("not an editor of city " + cityId);
		}
	}

	/**
	 * A city's population (in persons) or GDP by year: its facts, and where a year has
	 * none, the figure its published inventory states.
	 */
	private Map<Integer, PathwayRules.Fact> series(UUID cityId, List<PublishedTotals> published, FactKind kind) {
		var series = new HashMap<Integer, PathwayRules.Fact>();
		this.cities.factSeries(cityId, kind).forEach((year, f) -> {
			if (kind == FactKind.POPULATION) {
				series.put(year, new PathwayRules.Fact(f.quantity().to(RegistryUnit.PERSONS).value(), "persons"));
			}
			else {
				series.put(year, new PathwayRules.Fact(f.value(), f.unit().code()));
			}
		});
		for (var t : published) {
			if (kind == FactKind.POPULATION && t.population() != null) {
				series.putIfAbsent(t.year(), new PathwayRules.Fact(t.population(), "persons"));
			}
			if (kind == FactKind.GDP && t.gdp() != null && t.gdpUnit() != null) {
				series.putIfAbsent(t.year(), new PathwayRules.Fact(t.gdp(), t.gdpUnit()));
			}
		}
		return series;
	}

	/** No saved scenario with this version. */
	public static class ScenarioNotFoundException extends org.lccp.shared.web.NotFoundException {

		ScenarioNotFoundException(int version) {
			super("pathways.error.noVersion", Integer.toString(version));
		}

	}

}
