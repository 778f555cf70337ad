package org.lccp.inventory;

import java.time.Clock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.identity.AuditLog;
import org.lccp.shared.web.ConflictException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single lines of a draft changed on its page, and the recalculation a published
 * inventory is offered when the factor library changed after it was calculated. Every
 * change names the version of the inventory it was read at: the change and the new totals
 * are written only if nobody changed the inventory meanwhile, so two editors never
 * overwrite each other. A published version is never changed; a recalculation is a new
 * draft version with a reason.
 */
@Service
class InventoryEditing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InventoryRecords records;

	private final CityDirectory cities;

	private final AuditLog audit;

	private final FactorLibrary factors;

	private final EmissionCalculator calculator = new EmissionCalculator(ReferenceLibrary.shipped());

	private final Clock clock;

	InventoryEditing(InventoryRecords records, CityDirectory cities, AuditLog audit, FactorLibrary factors,
			Clock clock) {
		this.clock = clock;
		this.records = records;
		this.cities = cities;
		this.audit = audit;
		this.factors = factors;
	}

	/** A line or notation key as the form gives it, already checked field by field. */
	sealed interface Change permits LineChange, KeyChange {

		String gpcRef();

	}

	/**
	 * An activity line or gases emitted directly; {@code line.factors()} holds only the
	 * line's own factors (empty: the library's).
	 */
	record LineChange(String gpcRef, ActivityLine line, @Nullable String description, @Nullable String dataQuality,
			@Nullable String sourceDocument) implements Change {
	}

	/** A row's notation key with its explanation. */
	record KeyChange(String gpcRef, NotationKey key, @Nullable String explanation) implements Change {
	}

	/** A change the engine refused, naming the engine's field. */
	static class RefusedChange extends RuntimeException {

		private final transient InvalidCalculationException cause;

		RefusedChange(InvalidCalculationException cause) {
			super(cause.getMessage(), cause);
			this.cause = cause;
		}

		InvalidCalculationException reason() {
			return this.cause;
		}

	}

	/**
	 * Adds a line or sets a row's notation key.
	 * @return the number of the new entry
	 */
	@Transactional
	int add(UUID id, long version, Change change) {
		var h = requireDraft(id);
		var entries = new ArrayList<>(this.records.entries(id));
		var n = entries.stream().mapToInt(InventoryRecords.Entry::lineNo).max().orElse(0) + 1;
		fitsRow(entries, change, -1);
		var removed = new ArrayList<Integer>();
		if (change instanceof KeyChange) {
			// A row has one notation key: setting it again replaces the earlier one.
			entries.removeIf((e) -> {
				var replaced = !e.isLine() && e.gpcRef().equals(change.gpcRef());
				if (replaced) {
					removed.add(e.lineNo());
				}
				return replaced;
			});
		}
		var entry = entry(h, n, change);
		entries.add(entry);
		save(h, version, entries, removed, List.of(entry));
		this.audit.record(InventoryManagement.RECORD_TYPE, id, "INVENTORY_LINE_ADDED", describe(entry));
		return n;
	}

	/** Replaces one entry. */
	@Transactional
	void update(UUID id, long version, int lineNo, Change change) {
		var h = requireDraft(id);
		var entries = new ArrayList<>(this.records.entries(id));
		var at = indexOf(entries, lineNo);
		fitsRow(entries, change, lineNo);
		var before = entries.get(at);
		var entry = entry(h, lineNo, change);
		entries.set(at, entry);
		var removed = new ArrayList<Integer>(List.of(lineNo));
		if (change instanceof KeyChange) {
			entries.removeIf((e) -> {
				var replaced = !e.isLine() && e.gpcRef().equals(change.gpcRef()) && e.lineNo() != lineNo;
				if (replaced) {
					removed.add(e.lineNo());
				}
				return replaced;
			});
		}
		save(h, version, entries, removed, List.of(entry));
		this.audit.record(InventoryManagement.RECORD_TYPE, id, "INVENTORY_LINE_CHANGED",
				describe(before) + " → " + describe(entry));
	}

	/** Deletes one entry. */
	@Transactional
	void delete(UUID id, long version, int lineNo) {
		var h = requireDraft(id);
		var entries = new ArrayList<>(this.records.entries(id));
		var removed = entries.remove(indexOf(entries, lineNo));
		save(h, version, entries, List.of(lineNo), List.of());
		this.audit.record(InventoryManagement.RECORD_TYPE, id, "INVENTORY_LINE_DELETED", describe(removed));
	}

	/** One entry of a draft the reader may edit, for the edit form. */
	@Transactional(readOnly = true)
	InventoryRecords.Entry entry(UUID id, int lineNo) {
		var h = requireDraft(id);
		return this.records.entries(h.id())
			.stream()
			.filter((e) -> e.lineNo() == lineNo)
			.findFirst()
			.orElseThrow(() -> new InventoryManagement.InventoryNotFoundException(id));
	}

	/** The draft the reader may edit; refused when it is not a draft any more. */
	@Transactional(readOnly = true)
	InventoryRecords.Header requireDraft(UUID id) {
		var h = this.records.find(id).orElseThrow(() -> new InventoryManagement.InventoryNotFoundException(id));
		if (!this.cities.canEdit(h.cityId())) {
			throw new AccessDeniedException("not an editor of city " + h.cityId());
		}
		if (h.status() != InventoryStatus.DRAFT) {
			throw new ConflictException("inventory.workflow.frozen");
		}
		return h;
	}

	private static int indexOf(List<InventoryRecords.Entry> entries, int lineNo) {
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).lineNo() == lineNo) {
				return i;
			}
		}
		throw new ConflictException("inventory.line.gone");
	}

	/** A row holds either a notation key or lines (GPC), never both. */
	private static void fitsRow(List<InventoryRecords.Entry> entries, Change change, int replacing) {
		for (var e : entries) {
			if (e.lineNo() == replacing || !e.gpcRef().equals(change.gpcRef())) {
				continue;
			}
			if (change instanceof KeyChange && e.isLine()) {
				throw new RefusedChange(
						new InvalidCalculationException("notationKey", "inventory.line.rowHasLines", change.gpcRef()));
			}
			if (change instanceof LineChange && !e.isLine()) {
				throw new RefusedChange(new InvalidCalculationException("gpcRef", "inventory.line.rowHasKey",
						change.gpcRef(), e.notationKey()));
			}
		}
	}

	private InventoryRecords.Entry entry(InventoryRecords.Header h, int n, Change change) {
		if (change instanceof KeyChange key) {
			return new InventoryRecords.Entry(n, key.gpcRef(), key.key().name(), key.explanation(), null, null, null,
					null, null, null, null, null, null, null, null, false);
		}
		var c = (LineChange) change;
		var given = c.line();
		var library = given.factors().isEmpty() && given.amount() != null;
		var line = given;
		if (library) {
			var row = this.calculator.library().row(c.gpcRef()).orElseThrow();
			line = new ActivityLine(
					given.gpcRef(), given.fuel(), given.amount(), given.unit(), given.density(), this.factors
						.storedFactors(h.cityId(), h.countryCode(), h.gridRegion(), h.year(), row, given.fuel()),
					given.gases());
		}
		LineResult result;
		try {
			result = this.calculator.calculate(line, h.gwpSet());
		}
		catch (InvalidCalculationException ex) {
			throw new RefusedChange(ex);
		}
		return new InventoryRecords.Entry(n, c.gpcRef(), null, null, c.description(), given.fuel(), given.amount(),
				given.unit(), given.density(), result.co2eTonnes(), result.biogenicCo2Tonnes(),
				JSON.writeValueAsString(result), c.dataQuality(), c.sourceDocument(),
				LineInput.write(given.factors(), given.gases()), library);
	}

	/**
	 * Writes one change: the draft's totals (from all its entries, read in this
	 * transaction) and only the entries changed, under the version check that makes the
	 * whole change atomic against a concurrent editor.
	 */
	private void save(InventoryRecords.Header h, long version, List<InventoryRecords.Entry> entries,
			List<Integer> removed, List<InventoryRecords.Entry> added) {
		if (!this.records.changeEntries(h.id(), version, removed, added, totals(entries, this.calculator.library()),
				this.clock.instant())) {
			var now = this.records.find(h.id()).orElseThrow();
			throw new ConflictException(
					now.status() == InventoryStatus.DRAFT ? "inventory.line.stale" : "inventory.workflow.frozen");
		}
	}

	/**
	 * The totals of stored entries: each line's gases as calculated, figures as given.
	 */
	static InventoryTotals totals(List<InventoryRecords.Entry> entries, ReferenceLibrary library) {
		var contributions = new ArrayList<InventoryTotals.Contribution>();
		for (var e : entries) {
			var row = library.row(e.gpcRef()).orElseThrow();
			if (e.calculation() != null) {
				var result = JSON.readValue(e.calculation(), LineResult.class);
				for (var gas : result.gases()) {
					contributions
						.add(new InventoryTotals.Contribution(row, gas.gas(), gas.co2eTonnes(), gas.biogenic()));
				}
			}
			else if (e.co2e() != null) {
				contributions.add(new InventoryTotals.Contribution(row, "CO2e", e.co2e(), false));
			}
		}
		return InventoryTotals.of(contributions);
	}

	private static String describe(InventoryRecords.Entry e) {
		if (!e.isLine()) {
			return "line " + e.lineNo() + ", " + e.gpcRef() + ": " + e.notationKey()
					+ (e.explanation() == null ? "" : " (" + e.explanation() + ")");
		}
		return "line " + e.lineNo() + ", " + e.gpcRef() + ": "
				+ (e.amount() == null ? "direct" : e.amount().toPlainString() + " " + e.unit())
				+ (e.fuel() == null ? "" : " " + e.fuel()) + " = " + (e.co2e() == null ? "0" : e.co2e().toPlainString())
				+ " tCO2e";
	}

	// --- recalculation when the library changed

	/** A factor a line used and the one the library gives now. */
	record FactorChange(String gas, CalculationStep.@Nullable Figure before, @Nullable String sourceBefore,
			CalculationStep.@Nullable Figure now, @Nullable String sourceNow) {
	}

	/** A line whose result the library's present factors change. */
	record ChangedLine(int lineNo, String gpcRef, @Nullable String description, @Nullable String fuel,
			List<FactorChange> factors, BigDecimal before, BigDecimal now) {

		public BigDecimal difference() {
			return this.now.subtract(this.before);
		}

	}

	/** What a recalculation would change: the lines, and the totals before and after. */
	record Recalculation(List<ChangedLine> lines, InventoryTotals before, InventoryTotals after,
			Map<Integer, InventoryRecords.Entry> recalculated) {

		public boolean offered() {
			return !this.lines.isEmpty();
		}

	}

	/**
	 * Calculates again, with the library's present factors, every line of a version that
	 * took the library's factors, and names those whose factors or results differ. Lines
	 * with factors of their own keep them. Changes nothing.
	 */
	@Transactional(readOnly = true)
	Recalculation recalculation(InventoryRecords.Header h, List<InventoryRecords.Entry> entries) {
		var library = this.calculator.library();
		var changed = new ArrayList<ChangedLine>();
		var after = new ArrayList<InventoryRecords.Entry>();
		var recalculated = new LinkedHashMap<Integer, InventoryRecords.Entry>();
		// The stored factors depend on the row only through its scope: ask once per kind.
		var asked = new HashMap<String, Map<String, ActivityLine.Factor>>();
		for (var e : entries) {
			if (!e.isLine() || !e.libraryFactors() || e.calculation() == null || e.amount() == null) {
				after.add(e);
				continue;
			}
			var row = library.row(e.gpcRef()).orElseThrow();
			var stored = asked.computeIfAbsent(row.scope() + "|" + e.fuel(), (k) -> this.factors
				.storedFactors(h.cityId(), h.countryCode(), h.gridRegion(), h.year(), row, e.fuel()));
			var input = LineInput.read(e.input());
			var before = JSON.readValue(e.calculation(), LineResult.class);
			LineResult now;
			try {
				// The columns keep 12 (amount) and 8 (density) decimals: without the
				// trailing zeros they are the figures as given, and the steps show them
				// so.
				now = this.calculator.calculate(
						new ActivityLine(e.gpcRef(), e.fuel(), CalculationApi.plain(e.amount()), e.unit(),
								e.density() == null ? null : CalculationApi.plain(e.density()), stored, input.gases()),
						h.gwpSet());
			}
			catch (InvalidCalculationException ex) {
				// The library no longer fits this line (a factor's unit changed kind): it
				// keeps its values; the editors see it unchanged.
				after.add(e);
				continue;
			}
			var factorChanges = factorChanges(before, now);
			if (factorChanges.isEmpty() && before.co2eTonnes().compareTo(now.co2eTonnes()) == 0
					&& before.biogenicCo2Tonnes().compareTo(now.biogenicCo2Tonnes()) == 0) {
				after.add(e);
				continue;
			}
			var entry = new InventoryRecords.Entry(e.lineNo(), e.gpcRef(), null, null, e.description(), e.fuel(),
					e.amount(), e.unit(), e.density(), now.co2eTonnes(), now.biogenicCo2Tonnes(),
					JSON.writeValueAsString(now), e.dataQuality(), e.sourceDocument(), e.input(), true);
			after.add(entry);
			recalculated.put(e.lineNo(), entry);
			changed.add(new ChangedLine(e.lineNo(), e.gpcRef(), e.description(), e.fuel(), factorChanges,
					before.co2eTonnes(), now.co2eTonnes()));
		}
		return new Recalculation(changed, totals(entries, library), totals(after, library), recalculated);
	}

	private static List<FactorChange> factorChanges(LineResult before, LineResult now) {
		var was = emissionFactors(before);
		var is = emissionFactors(now);
		var out = new ArrayList<FactorChange>();
		var gases = new java.util.LinkedHashSet<String>(was.keySet());
		gases.addAll(is.keySet());
		for (var gas : gases) {
			var a = was.get(gas);
			var b = is.get(gas);
			var same = a != null && b != null && a.operands().get(1).value().compareTo(b.operands().get(1).value()) == 0
					&& a.operands().get(1).unit().equals(b.operands().get(1).unit());
			if (!same) {
				out.add(new FactorChange(gas, a == null ? null : a.operands().get(1), a == null ? null : a.source(),
						b == null ? null : b.operands().get(1), b == null ? null : b.source()));
			}
		}
		return out;
	}

	private static Map<String, CalculationStep> emissionFactors(LineResult result) {
		var out = new LinkedHashMap<String, CalculationStep>();
		for (var step : result.steps()) {
			if ("emission".equals(step.kind()) && step.gas() != null && step.operands().size() == 2) {
				out.put(step.gas(), step);
			}
		}
		return out;
	}

	/**
	 * Calculates again, with the library's present factors, the lines that took the
	 * library's: for a published version as a new draft version (the published one stays
	 * as it is); for a draft (after its grid region changed, or the library) in place, if
	 * it is still at the version read.
	 * @return the id of the version holding the recalculated lines
	 */
	@Transactional
	UUID recalculate(UUID id, String reason, @Nullable Long version) {
		var h = this.records.find(id).orElseThrow(() -> new InventoryManagement.InventoryNotFoundException(id));
		if (!this.cities.canEdit(h.cityId())) {
			throw new AccessDeniedException("not an editor of city " + h.cityId());
		}
		if (h.status() != InventoryStatus.PUBLISHED && h.status() != InventoryStatus.DRAFT) {
			throw new ConflictException("inventory.workflow.notAllowed", h.status().name());
		}
		if (reason.isBlank()) {
			throw new ConflictException("inventory.workflow.reasonMissing");
		}
		var entries = this.records.entries(id);
		var offer = recalculation(h, entries);
		if (!offer.offered()) {
			throw new ConflictException("inventory.recalculation.nothing");
		}
		if (h.status() == InventoryStatus.DRAFT) {
			// Only the lines whose result changes are written again.
			var changed = List.copyOf(offer.recalculated().values());
			if (version == null || !this.records.changeEntries(id, version, List.copyOf(offer.recalculated().keySet()),
					changed, offer.after(), this.clock.instant())) {
				throw new ConflictException("inventory.line.stale");
			}
			this.audit.record(InventoryManagement.RECORD_TYPE, id, "INVENTORY_RECALCULATED",
					"in place, " + offer.lines().size() + " lines, BASIC " + offer.before().basic().toPlainString()
							+ " → " + offer.after().basic().toPlainString() + ", grid region " + h.gridRegion() + ": "
							+ reason.strip());
			return id;
		}
		var lines = new ArrayList<InventoryRecords.Entry>();
		for (var e : entries) {
			lines.add(offer.recalculated().getOrDefault(e.lineNo(), e));
		}
		var t = offer.after();
		var now = this.clock.instant();
		var copy = UUID.randomUUID();
		this.records.insert(new InventoryRecords.Header(copy, h.cityId(), h.countryCode(), h.year(),
				this.records.nextVersionNo(h.cityId(), h.year()), InventoryStatus.DRAFT, h.gwpSet(), h.gpcVersion(),
				h.reportingLevel(), h.boundary(), h.boundaryDescription(), h.population(), h.populationSource(),
				h.gdp(), h.gdpUnit(), h.gdpSource(), h.source(), reason.strip(), t.basic(), t.basicPlus(),
				t.territorial(), t.otherScope3(), t.biogenicCo2(), now, now, null, 0, h.fictitious(), h.gridRegion()));
		this.records.insertEntries(copy, lines);
		this.audit.record(InventoryManagement.RECORD_TYPE, copy, "INVENTORY_RECALCULATED",
				"of " + id + ", " + offer.lines().size() + " lines, BASIC " + offer.before().basic().toPlainString()
						+ " → " + t.basic().toPlainString() + ": " + reason.strip());
		return copy;
	}

}
