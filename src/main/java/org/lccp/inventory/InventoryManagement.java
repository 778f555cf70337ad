package org.lccp.inventory;

import java.time.Clock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.FactKind;
import org.lccp.cities.RegistryUnit;
import org.lccp.shared.domain.OpenDataChanged;
import org.lccp.identity.AuditLog;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory module's facade: the calculator and the inventory check anyone may use,
 * stored inventories with their workflow (draft → submitted → checked → published), and
 * the published totals other modules read. The city's focal points and the secretariat
 * compile and submit; the secretariat or an expert checks; the secretariat publishes. A
 * published version is frozen: a correction is a new version with a reason. Every change
 * is audited in its transaction; every change of a version names the version it was read
 * at (a stale change is refused with 409).
 */
@Service
public class InventoryManagement {

	static final String RECORD_TYPE = "Inventory";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EmissionCalculator calculator;

	private final InventoryFile files;

	private final InventoryRecords records;

	private final CityDirectory cities;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final FactorLibrary factors;

	private final Clock clock;

	InventoryManagement(InventoryRecords records, CityDirectory cities, AuditLog audit,
			ApplicationEventPublisher events, FactorLibrary factors, Clock clock) {
		this.factors = factors;
		this.clock = clock;
		this.calculator = new EmissionCalculator(ReferenceLibrary.shipped());
		this.files = new InventoryFile(this.calculator);
		this.records = records;
		this.cities = cities;
		this.audit = audit;
		this.events = events;
	}

	/** The shipped reference library: GPC rows, fuels, gases and GWP sets. */
	public ReferenceLibrary library() {
		return this.calculator.library();
	}

	/**
	 * Calculates one line with the library's factors or its own.
	 * @throws InvalidCalculationException naming the field at fault
	 */
	public LineResult calculate(ActivityLine line, GwpSet set) {
		return this.calculator.calculate(line, set);
	}

	/** Checks a file in either layout; stores nothing. */
	InventoryFile.Checked check(byte[] content, GwpSet set) {
		return this.files.check(content, set);
	}

	// --- published totals, for other modules

	/** The totals of a city's published inventories, one per year, in ascending years. */
	@Transactional(readOnly = true)
	public List<PublishedTotals> publishedTotals(UUID cityId) {
		return this.records.published(cityId).stream().map(InventoryManagement::totals).toList();
	}

	/** A fingerprint of all published inventories, changed by every publication. */
	@Transactional(readOnly = true)
	public String publishedTotalsStamp() {
		return this.records.publishedStamp();
	}

	/** The totals of a city's latest published inventory. */
	@Transactional(readOnly = true)
	public Optional<PublishedTotals> latestPublishedTotals(UUID cityId) {
		var all = publishedTotals(cityId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * A published inventory's BASIC emissions by GPC sector (roman numeral → tCO2e,
	 * exact), for comparisons sector by sector; empty for an inventory that is not
	 * published.
	 */
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> publishedBasicBySector(UUID inventoryId) {
		var header = this.records.find(inventoryId).orElse(null);
		if (header == null || header.status() != InventoryStatus.PUBLISHED) {
			return Map.of();
		}
		var library = library();
		var out = new java.util.TreeMap<String, BigDecimal>();
		for (var e : this.records.entries(inventoryId)) {
			var row = library.row(e.gpcRef()).orElse(null);
			if (row == null || !row.basic()) {
				continue;
			}
			if (e.calculation() != null) {
				var result = JSON.readValue(e.calculation(), LineResult.class);
				for (var gas : result.gases()) {
					if (!gas.biogenic()) {
						out.merge(row.sector(), gas.co2eTonnes(), BigDecimal::add);
					}
				}
			}
			else if (e.co2e() != null) {
				out.merge(row.sector(), e.co2e(), BigDecimal::add);
			}
		}
		return out;
	}

	static PublishedTotals totals(InventoryRecords.Header h) {
		return new PublishedTotals(h.id(), h.cityId(), h.year(), h.gwpSet(), h.basic(), h.basicPlus(), h.territorial(),
				h.population(), h.gdp(), h.gdpUnit());
	}

	// --- stored inventories

	/** The result of an import: the check, and the new version when it was stored. */
	record ImportOutcome(InventoryFile.Checked checked, @Nullable UUID storedId) {
	}

	/**
	 * Imports a file with the national grid factors; see the method with a grid region.
	 */
	@Transactional
	ImportOutcome importFile(UUID cityId, InventoryDetails details, byte[] content, boolean dryRun) {
		return importFile(cityId, details, null, content, dryRun);
	}

	/**
	 * Imports a file as a new draft version of the city's inventory of that year: a dry
	 * run only checks; otherwise every row is stored, or, when any row has an error,
	 * none. With a grid region (one of the country's in the factor library), scope-2 grid
	 * electricity lines without a factor of their own take that region's factor, as on a
	 * draft whose grid region is set.
	 * @throws InvalidCalculationException for a grid region the country has no factor for
	 */
	@Transactional
	ImportOutcome importFile(UUID cityId, InventoryDetails details, @Nullable String gridRegion, byte[] content,
			boolean dryRun) {
		requireEditor(cityId);
		var country = this.cities.city(cityId).countryCode();
		if (gridRegion != null && !this.factors.regions(country).contains(gridRegion)) {
			throw new InvalidCalculationException("gridRegion", "inventory.detail.gridRegionInvalid");
		}
		var checked = this.files.check(content, details.gwpSet(),
				(row, fuel) -> this.factors.storedFactors(cityId, country, gridRegion, details.year(), row, fuel));
		if (dryRun || checked.hasErrors()) {
			return new ImportOutcome(checked, null);
		}
		var id = store(cityId, details, checked, InventoryStatus.DRAFT, null, false, gridRegion);
		this.audit.record(RECORD_TYPE, id, "INVENTORY_IMPORTED",
				checked.layout() + " " + checked.rows().size() + " rows, year " + details.year());
		return new ImportOutcome(checked, id);
	}

	/**
	 * Stores a published inventory without a signed-in account (demo data and seeding);
	 * refuses a file with errors. Only the platform itself (start-up) or the secretariat
	 * may; {@code ArchitectureTests} keeps the callers to {@code ..demo..} packages.
	 */
	@Transactional
	public UUID registerPublished(UUID cityId, InventoryDetails details, byte[] content) {
		requireSystemOrSecretariat();
		return registerPublished(cityId, details, content, false);
	}

	/**
	 * Stores the illustrative training inventory of an invented city as published, marked
	 * fictitious on every page and in the API. Demo data only, as
	 * {@link #registerPublished(UUID, InventoryDetails, byte[])}.
	 */
	@Transactional
	public UUID registerFictitious(UUID cityId, InventoryDetails details, byte[] content) {
		requireSystemOrSecretariat();
		return registerPublished(cityId, details, content, true);
	}

	private static void requireSystemOrSecretariat() {
		if (!CurrentUser.isSystemWork() && !CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("demo data or the secretariat only");
		}
	}

	private UUID registerPublished(UUID cityId, InventoryDetails details, byte[] content, boolean fictitious) {
		var checked = this.files.check(content, details.gwpSet());
		if (checked.hasErrors()) {
			throw new IllegalArgumentException("The inventory has errors: " + checked.problems());
		}
		var now = this.clock.instant();
		this.records.supersedePublished(cityId, details.year(), now);
		var id = store(cityId, details, checked, InventoryStatus.PUBLISHED, null, fictitious, null);
		this.records.changeStatus(id, 0, InventoryStatus.PUBLISHED, now);
		this.events.publishEvent(new InventoryPublished(id, cityId, details.year()));
		this.events.publishEvent(new OpenDataChanged(now));
		return id;
	}

	private UUID store(UUID cityId, InventoryDetails details, InventoryFile.Checked checked, InventoryStatus status,
			@Nullable String reason, boolean fictitious, @Nullable String gridRegion) {
		var city = this.cities.city(cityId);
		var population = details.population();
		var populationSource = details.populationSource();
		var gdp = details.gdp();
		var gdpUnit = details.gdpUnit();
		var gdpSource = details.gdpSource();
		if (population == null) {
			var fact = this.cities.factValue(cityId, FactKind.POPULATION, details.year())
				.filter((f) -> f.unit() == RegistryUnit.PERSONS);
			if (fact.isPresent()) {
				population = fact.get().value();
				populationSource = fact.get().source();
			}
		}
		if (gdp == null) {
			var fact = this.cities.factValue(cityId, FactKind.GDP, details.year());
			if (fact.isPresent()) {
				gdp = fact.get().value();
				gdpUnit = fact.get().unit().code();
				gdpSource = fact.get().source();
			}
		}
		var now = this.clock.instant();
		var id = UUID.randomUUID();
		var t = checked.totals();
		this.records.insert(new InventoryRecords.Header(id, cityId, city.countryCode(), details.year(),
				this.records.nextVersionNo(cityId, details.year()), status, details.gwpSet(), "GPC 1.1",
				details.reportingLevel(), details.boundary(), details.boundaryDescription(), population,
				populationSource, gdp, gdpUnit, gdpSource, details.source(), reason, t.basic(), t.basicPlus(),
				t.territorial(), t.otherScope3(), t.biogenicCo2(), now, now, null, 0, fictitious, gridRegion));
		var entries = new ArrayList<InventoryRecords.Entry>();
		var n = 0;
		for (var row : checked.rows()) {
			entries.add(entry(++n, row));
		}
		this.records.insertEntries(id, entries);
		return id;
	}

	private static InventoryRecords.Entry entry(int n, InventoryFile.CheckedRow row) {
		var a = row.activity();
		var r = row.result();
		return new InventoryRecords.Entry(n, row.row().ref(), row.key() == null ? null : row.key().key().name(),
				row.explanation(), row.description(), a == null ? null : a.fuel(), a == null ? null : a.amount(),
				a == null ? null : a.unit(), a == null ? null : a.density(), row.co2e(),
				r == null ? null : r.biogenicCo2Tonnes(), r == null ? null : JSON.writeValueAsString(r),
				row.dataQuality(), row.sourceDocument(),
				a == null ? null : LineInput.write(row.libraryFactors() ? java.util.Map.of() : a.factors(), a.gases()),
				row.libraryFactors());
	}

	/**
	 * The published training inventory of the fictitious city the guide walks through.
	 */
	@Transactional(readOnly = true)
	Optional<UUID> trainingInventory() {
		return this.records.publishedFictitious();
	}

	/** One version with its entries. */
	record StoredInventory(InventoryRecords.Header header, List<InventoryRecords.Entry> entries) {
	}

	@Transactional(readOnly = true)
	StoredInventory inventory(UUID id) {
		var header = this.records.find(id).orElseThrow(() -> new InventoryNotFoundException(id));
		if (header.status() != InventoryStatus.PUBLISHED && header.status() != InventoryStatus.SUPERSEDED
				&& !canSeeDrafts(header.cityId())) {
			throw new InventoryNotFoundException(id);
		}
		return new StoredInventory(header, this.records.entries(id));
	}

	@Transactional(readOnly = true)
	List<InventoryRecords.Header> search(@Nullable UUID cityId, @Nullable String country, @Nullable Integer year,
			@Nullable InventoryStatus status, int page, int size) {
		return this.records.search(cityId, country, year, status, page * size, size);
	}

	@Transactional(readOnly = true)
	long count(@Nullable UUID cityId, @Nullable String country, @Nullable Integer year,
			@Nullable InventoryStatus status) {
		return this.records.count(cityId, country, year, status);
	}

	/** Every version of a city's inventory of a year that the reader may see. */
	@Transactional(readOnly = true)
	List<InventoryRecords.Header> versions(UUID cityId, int year) {
		var drafts = canSeeDrafts(cityId);
		return this.records.versions(cityId, year)
			.stream()
			.filter((h) -> drafts || h.status() == InventoryStatus.PUBLISHED
					|| h.status() == InventoryStatus.SUPERSEDED)
			.toList();
	}

	/**
	 * What a version changes, line by line, against the published version it corrects:
	 * the latest version before it that was published (now published or superseded).
	 * Empty for a first version.
	 */
	@Transactional(readOnly = true)
	Optional<VersionDifference.Difference> difference(StoredInventory file) {
		var h = file.header();
		return this.records.versions(h.cityId(), h.year())
			.stream()
			.filter((v) -> v.versionNo() < h.versionNo()
					&& (v.status() == InventoryStatus.PUBLISHED || v.status() == InventoryStatus.SUPERSEDED))
			.reduce((a, b) -> b)
			.map((v) -> VersionDifference.of(v, this.records.entries(v.id()), file.entries(), library()));
	}

	/** Hands a draft in for checking (the city's editors). */
	@Transactional
	void submit(UUID id, long version) {
		var h = require(id);
		requireEditor(h.cityId());
		move(h, version, InventoryStatus.DRAFT, InventoryStatus.SUBMITTED, "INVENTORY_SUBMITTED");
	}

	/** Marks a submitted version checked (the secretariat or an expert). */
	@Transactional
	void markChecked(UUID id, long version) {
		var h = require(id);
		if (!CurrentUser.has(Role.SECRETARIAT) && !CurrentUser.has(Role.EXPERT)) {
			throw new AccessDeniedException("checking needs the secretariat or an expert");
		}
		move(h, version, InventoryStatus.SUBMITTED, InventoryStatus.CHECKED, "INVENTORY_CHECKED");
	}

	/**
	 * Publishes a checked version (the secretariat); an earlier published one is
	 * superseded.
	 */
	@Transactional
	void publish(UUID id, long version) {
		var h = require(id);
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("publishing needs the secretariat");
		}
		if (h.status() != InventoryStatus.CHECKED) {
			throw new ConflictException("inventory.workflow.notAllowed", h.status().name());
		}
		if (h.version() != version) {
			throw new ConflictException("error.conflict.stale");
		}
		this.records.supersedePublished(h.cityId(), h.year(), this.clock.instant());
		move(h, version, InventoryStatus.CHECKED, InventoryStatus.PUBLISHED, "INVENTORY_PUBLISHED");
		this.events.publishEvent(new InventoryPublished(id, h.cityId(), h.year()));
		// The bulk download carries the published inventories.
		this.events.publishEvent(new OpenDataChanged(this.clock.instant()));
	}

	/** Starts a correction of a published version: a new draft with the same entries. */
	@Transactional
	UUID correct(UUID id, String reason) {
		var h = require(id);
		requireEditor(h.cityId());
		if (h.status() != InventoryStatus.PUBLISHED) {
			throw new ConflictException("inventory.workflow.notAllowed", h.status().name());
		}
		if (reason.isBlank()) {
			throw new ConflictException("inventory.workflow.reasonMissing");
		}
		var now = this.clock.instant();
		var copy = UUID.randomUUID();
		this.records.insert(new InventoryRecords.Header(copy, h.cityId(), h.countryCode(), h.year(),
				this.records.nextVersionNo(h.cityId(), h.year()), InventoryStatus.DRAFT, h.gwpSet(), h.gpcVersion(),
				h.reportingLevel(), h.boundary(), h.boundaryDescription(), h.population(), h.populationSource(),
				h.gdp(), h.gdpUnit(), h.gdpSource(), h.source(), reason.strip(), h.basic(), h.basicPlus(),
				h.territorial(), h.otherScope3(), h.biogenicCo2(), now, now, null, 0, h.fictitious(), h.gridRegion()));
		this.records.insertEntries(copy, this.records.entries(id));
		this.audit.record(RECORD_TYPE, copy, "INVENTORY_CORRECTION_STARTED", "of " + id + ": " + reason.strip());
		return copy;
	}

	/**
	 * Changes the boundary, the population and GDP and the grid region of a draft. The
	 * grid region must be one of the regions of the inventory's country that hold stored
	 * grid factors (none: the national grid factor). Lines already calculated keep their
	 * factors; the page then offers their recalculation.
	 * @return false when the grid region is not one of the country's
	 */
	@Transactional
	boolean updateFacts(UUID id, long version, Boundary boundary, @Nullable String boundaryDescription,
			@Nullable BigDecimal population, @Nullable String populationSource, @Nullable BigDecimal gdp,
			@Nullable String gdpUnit, @Nullable String gdpSource, @Nullable String gridRegion) {
		var h = require(id);
		requireEditor(h.cityId());
		if (h.status() != InventoryStatus.DRAFT) {
			throw new ConflictException("inventory.workflow.frozen");
		}
		if (gridRegion != null && !this.factors.regions(h.countryCode()).contains(gridRegion)) {
			return false;
		}
		if (!this.records.updateFacts(id, version, boundary, boundaryDescription, population, populationSource, gdp,
				gdpUnit, gdpSource, gridRegion, this.clock.instant())) {
			throw new ConflictException("error.conflict.stale");
		}
		this.audit.record(RECORD_TYPE, id, "INVENTORY_FACTS_CHANGED", "boundary " + boundary + ", population "
				+ population + ", GDP " + gdp + " " + gdpUnit + ", grid region " + gridRegion);
		return true;
	}

	/**
	 * The grid regions of a country that hold stored grid factors, for the facts form.
	 */
	@Transactional(readOnly = true)
	List<String> gridRegions(String countryCode) {
		return this.factors.regions(countryCode);
	}

	private void move(InventoryRecords.Header h, long version, InventoryStatus from, InventoryStatus to,
			String action) {
		if (h.status() != from) {
			throw new ConflictException("inventory.workflow.notAllowed", h.status().name());
		}
		if (!this.records.changeStatus(h.id(), version, to, this.clock.instant())) {
			throw new ConflictException("error.conflict.stale");
		}
		this.audit.record(RECORD_TYPE, h.id(), action, from + " → " + to);
	}

	private InventoryRecords.Header require(UUID id) {
		return this.records.find(id).orElseThrow(() -> new InventoryNotFoundException(id));
	}

	private void requireEditor(UUID cityId) {
		if (!this.cities.canEdit(cityId)) {
			throw new AccessDeniedException("not an editor of city " + cityId);
		}
	}

	boolean canSeeDrafts(UUID cityId) {
		return CurrentUser.has(Role.SECRETARIAT) || CurrentUser.has(Role.EXPERT) || this.cities.canEdit(cityId);
	}

	/** An inventory that does not exist or that the reader may not see. */
	public static class InventoryNotFoundException extends NotFoundException {

		InventoryNotFoundException(UUID id) {
			super("inventory.notFound", id);
		}

	}

}
