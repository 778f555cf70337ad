package org.lccp.benchmarking;

import java.time.Clock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.CityView;
import org.lccp.cities.FactKind;
import org.lccp.cities.TargetRegistry;
import org.lccp.identity.AuditLog;
import org.lccp.inventory.InventoryManagement;
import org.lccp.inventory.InventoryPublished;
import org.lccp.pathways.BauScenarioSaved;
import org.lccp.pathways.PathwaysManagement;
import org.lccp.shared.domain.ContentAbout;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmarking module's public API: indicator systems and their values, the composite
 * index, "cities like mine", clusters and saved peer groups. Computed values are worked
 * out again when an inventory is published (for that city) and when the registry's open
 * data change (for every city, only if the inputs' fingerprint moved), so a stored value
 * always says the inputs it came from. Writes check their own authorization, whatever the
 * path.
 */
@Service
public class BenchmarkingManagement {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkingManagement.class);

	/** The system the city pages and the peer finder read. */
	static final String CORE = "NEA-LCCP-CORE";

	static final String RECORD_TYPE = "IndicatorSystem";

	/** Cities whose values are recomputed in one transaction. */
	static final int RECOMPUTE_BATCH = 200;

	/** Most peers one request may ask for. */
	static final int MAX_PEERS = 50;

	private final BenchmarkRecords records;

	private final InventoryManagement inventories;

	private final CityDirectory cities;

	private final TargetRegistry targets;

	private final AuditLog audit;

	/** Read when asked: this module offers content too, so a list would be a cycle. */
	private final ObjectProvider<ContentAbout> content;

	private final TransactionTemplate transaction;

	private final AtomicReference<PeerSpace> space = new AtomicReference<>();

	private final PathwaysManagement pathways;

	private final Clock clock;

	BenchmarkingManagement(BenchmarkRecords records, InventoryManagement inventories, CityDirectory cities,
			TargetRegistry targets, PathwaysManagement pathways, AuditLog audit, ObjectProvider<ContentAbout> content,
			TransactionTemplate transaction, Clock clock) {
		this.records = records;
		this.pathways = pathways;
		this.inventories = inventories;
		this.cities = cities;
		this.targets = targets;
		this.audit = audit;
		this.content = content;
		this.transaction = transaction;
		this.clock = clock;
	}

	// --- systems

	/** Every system version, newest version of each code first. */
	@Transactional(readOnly = true)
	public List<IndicatorSystem> systems() {
		return this.records.systems();
	}

	@Transactional(readOnly = true)
	public IndicatorSystem system(UUID id) {
		return this.records.system(id).orElseThrow(() -> new BenchmarkNotFoundException(id));
	}

	/** The newest version of the NEA-LCCP core system. */
	@Transactional(readOnly = true)
	public IndicatorSystem coreSystem() {
		return this.records.latest(CORE).orElseThrow(() -> new BenchmarkNotFoundException(CORE));
	}

	@Transactional(readOnly = true)
	public List<Indicator> indicators(UUID systemId) {
		system(systemId);
		return this.records.indicators(systemId);
	}

	/** Whether the signed-in account keeps indicator systems. */
	public boolean canManage() {
		return CurrentUser.has(Role.SECRETARIAT);
	}

	/** Whether the reader may see a system's full ranking. */
	public boolean canSeeLeagueTable(IndicatorSystem system) {
		return system.leagueTable() || canManage();
	}

	/**
	 * Stores an imported system as a new version of its code (or its first version),
	 * carrying reported values over to indicators whose code stays.
	 */
	@Transactional
	public IndicatorSystem importSystem(SystemFile.Parsed parsed) {
		requireSecretariat();
		var previous = this.records.latest(parsed.code());
		var id = UUID.randomUUID();
		var by = CurrentUser.get().map(CurrentUser.AccountPrincipal::email).orElse("unknown");
		var system = new IndicatorSystem(id, parsed.code(), previous.map((p) -> p.versionNo() + 1).orElse(1),
				parsed.name(), parsed.description(), previous.map(IndicatorSystem::leagueTable).orElse(false), by,
				this.clock.instant());
		this.records.insertSystem(system);
		var oldByCode = new HashMap<String, Indicator>();
		previous.ifPresent((p) -> this.records.indicators(p.id()).forEach((i) -> oldByCode.put(i.code(), i)));
		var position = 1;
		for (var row : parsed.indicators()) {
			var indicator = new Indicator(UUID.randomUUID(), id, row.code(), position++, row.names(), row.definition(),
					row.unit(), row.direction(), row.sector(), row.category(), row.level(), row.computation(),
					row.formula(), row.weight(), row.reference());
			this.records.insertIndicator(indicator);
			var old = oldByCode.get(row.code());
			if (old != null) {
				this.records.carryReported(old.id(), indicator.id());
			}
		}
		this.audit.record(RECORD_TYPE, id, "SYSTEM_VERSION_IMPORTED",
				parsed.code() + " v" + system.versionNo() + ", " + parsed.indicators().size() + " indicators");
		// The next scheduled check computes the new version's values for every city (in
		// batches of their own, after this transaction has committed its indicators).
		this.records.putState("inputs", "stale after import of " + id);
		return system;
	}

	@Transactional
	public void setLeagueTable(UUID systemId, boolean on) {
		requireSecretariat();
		system(systemId);
		this.records.setLeagueTable(systemId, on);
		this.audit.record(RECORD_TYPE, systemId, on ? "LEAGUE_TABLE_SHOWN" : "LEAGUE_TABLE_HIDDEN", "");
	}

	// --- values

	/** Values, each filter optional, a page at a time. */
	@Transactional(readOnly = true)
	public Page<IndicatorValue> values(@Nullable UUID cityId, @Nullable UUID indicatorId, @Nullable Integer year,
			int page, int size) {
		var request = PageRequest.of(page, size);
		var total = this.records.countValues(cityId, indicatorId, year);
		var rows = this.records.values(cityId, indicatorId, year, (int) request.getOffset(), size);
		return new PageImpl<>(rows, request, total);
	}

	/** Every value, streamed (the open-data download). */
	@Transactional(readOnly = true)
	public void eachValue(java.util.function.Consumer<IndicatorValue> sink) {
		this.records.eachValue(sink);
	}

	/** Whether the signed-in account may report values for the city. */
	public boolean canReport(UUID cityId) {
		return this.cities.canEdit(cityId);
	}

	/**
	 * Stores a value reported by the city's focal point or the secretariat, with its
	 * source; only for indicators whose values are reported (a computed one says where it
	 * comes from already).
	 */
	@Transactional
	public void report(UUID indicatorId, UUID cityId, int year, BigDecimal value, String source) {
		var indicator = this.records.indicator(indicatorId)
			.orElseThrow(() -> new BenchmarkNotFoundException(indicatorId));
		this.cities.city(cityId);
		if (!canReport(cityId)) {
			throw new AccessDeniedException("not an editor of this city");
		}
		if (!indicator.reported()) {
			throw InvalidBenchmarkException.onField("indicatorId", "benchmarking.value.error.computed");
		}
		var current = java.time.Year.now(this.clock).getValue();
		if (year < 1900 || year > current + 1) {
			throw InvalidBenchmarkException.onField("year", "benchmarking.value.error.year", 1900, current + 1);
		}
		if (source.isBlank()) {
			throw InvalidBenchmarkException.onField("source", "benchmarking.value.error.source");
		}
		var by = CurrentUser.get().map(CurrentUser.AccountPrincipal::email).orElse("unknown");
		this.records.putReported(indicatorId, cityId, year, value, source.strip(), by, this.clock.instant());
		this.audit.record(RECORD_TYPE, indicator.systemId(), "VALUE_REPORTED", indicator.code() + " " + cityId + " "
				+ year + " = " + value.toPlainString() + " (" + source.strip() + ")");
		recomputeDerived(cityId, this.records.derivedIndicators());
	}

	/**
	 * Every value of a city for one system's indicators, by indicator code, ascending
	 * years.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<IndicatorValue>> cityValues(UUID systemId, UUID cityId) {
		return this.records.cityValues(systemId, cityId);
	}

	// --- computing

	/**
	 * Works out again every computed and derived value of the city. Not part of the
	 * facade: the module's listeners and timer run it; it changes only values derived
	 * from what others already wrote.
	 */
	@Transactional
	void recompute(UUID cityId) {
		recompute(cityId, this.records.derivedIndicators());
	}

	private void recompute(UUID cityId, List<Indicator> derived) {
		var published = this.inventories.publishedTotals(cityId);
		var sectors = new HashMap<UUID, Map<String, BigDecimal>>();
		for (var t : published) {
			sectors.put(t.inventoryId(), this.inventories.publishedBasicBySector(t.inventoryId()));
		}
		var targets = this.targets
			.targets(new TargetRegistry.TargetFilter(null, null, null, cityId, null), PageRequest.of(0, 500))
			.getContent();
		var inputs = new Computation.Inputs(published, sectors, this.cities.factSeries(cityId, FactKind.POPULATION),
				this.cities.factSeries(cityId, FactKind.AREA), this.cities.factSeries(cityId, FactKind.GDP),
				this.cities.factSeries(cityId, FactKind.GDP_PER_CAPITA), targets,
				published.isEmpty() ? null : this.pathways.city(cityId, null).progress());
		var rows = new LinkedHashMap<UUID, List<Computation.Computed>>();
		for (var indicator : derived) {
			if (indicator.computation() != null) {
				rows.put(indicator.id(), Computation.valueOf(indicator.computation()).compute(inputs));
			}
		}
		this.records.replaceComputed(cityId, rows, this.clock.instant());
		recomputeDerived(cityId, derived);
	}

	/** Formula indicators of the city, from the values of the indicators they read. */
	private void recomputeDerived(UUID cityId, List<Indicator> derived) {
		var now = this.clock.instant();
		var bySystem = new LinkedHashMap<UUID, List<Indicator>>();
		for (var i : derived) {
			if (i.formula() != null) {
				bySystem.computeIfAbsent(i.systemId(), (s) -> new ArrayList<>()).add(i);
			}
		}
		bySystem.forEach((systemId, formulas) -> {
			var known = new LinkedHashSet<String>();
			this.records.indicators(systemId).forEach((i) -> known.add(i.code()));
			var values = this.records.cityValues(systemId, cityId);
			var byYear = new TreeMap<Integer, Map<String, BigDecimal>>();
			values.forEach((code, list) -> list
				.forEach((v) -> byYear.computeIfAbsent(v.year(), (y) -> new HashMap<>()).put(code, v.value())));
			for (var indicator : formulas) {
				var expression = Expression.parse(indicator.formula(), known);
				var computed = new ArrayList<Computation.Computed>();
				byYear.forEach((year, inputs) -> {
					var v = expression.evaluate(inputs);
					if (v != null) {
						var from = InputTrace.of("formula", expression.text());
						expression.codes()
							.forEach((c) -> from.then(InputTrace.EQUALS, c, InputTrace.num(inputs.get(c))));
						computed.add(new Computation.Computed(year, v.stripTrailingZeros(), from.stored()));
					}
				});
				this.records.replaceComputed(cityId, Map.of(indicator.id(), computed), now);
			}
		});
	}

	/**
	 * Every city's values, a batch of cities per transaction of its own: one long
	 * transaction would keep every city, fact and target it read in Hibernate's session
	 * and slow each further query down.
	 */
	/**
	 * Works out every city's values and records the fingerprint of the inputs they were
	 * read from: the one taken before reading, so that a change committed while the
	 * values are worked out leaves a different fingerprint and is picked up next time
	 * (recording the fingerprint taken afterwards lost such a change for good).
	 */
	private void recomputeAllNow(String inputs) {
		var derived = this.records.derivedIndicators();
		var ids = new ArrayList<UUID>();
		var page = PageRequest.of(0, 2000);
		while (true) {
			var list = this.cities.cities(null, null, page);
			list.forEach((city) -> ids.add(city.id()));
			if (!list.hasNext()) {
				break;
			}
			page = page.next();
		}
		var batches = new TransactionTemplate(this.transaction.getTransactionManager());
		batches.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		for (int from = 0; from < ids.size(); from += RECOMPUTE_BATCH) {
			var batch = ids.subList(from, Math.min(ids.size(), from + RECOMPUTE_BATCH));
			batches.executeWithoutResult((status) -> batch.forEach((id) -> recompute(id, derived)));
		}
		this.records.putState("inputs", inputs);
		this.records.announcePageChange();
		this.space.set(null);
	}

	private String fingerprint() {
		// The last part names the form in which inputs are written: a new form recomputes
		// the values once, so that none keeps the old one.
		return this.cities.dataVersion() + "|" + this.inventories.publishedTotalsStamp() + "|"
				+ this.records.derivedIndicators().size() + "|traces-1";
	}

	/**
	 * Works out every city's values again when their inputs changed since the last time
	 * (a cheap fingerprint check otherwise). Runs on a timer rather than on each registry
	 * event: an import of a thousand targets is one recomputation, and a change made on
	 * another node is seen too.
	 */
	// Public for the scheduler only; like recompute(UUID) it writes nothing anyone
	// decided.
	@Scheduled(initialDelayString = "${lccp.benchmarking.recompute-initial-delay:5s}",
			fixedDelayString = "${lccp.benchmarking.recompute-interval:15s}")
	public synchronized void recomputeIfChanged() {
		var fingerprint = this.transaction.execute((status) -> fingerprint());
		if (!java.util.Objects.equals(fingerprint, this.records.state("inputs"))) {
			var started = System.nanoTime();
			recomputeAllNow(fingerprint);
			log.info("Benchmarking values recomputed for every city in {} ms",
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	@ApplicationModuleListener
	void on(BauScenarioSaved event) {
		recompute(event.cityId());
		this.records.announcePageChange();
		this.space.set(null);
	}

	@ApplicationModuleListener
	void on(InventoryPublished event) {
		recompute(event.cityId());
		this.records.announcePageChange();
		this.space.set(null);
	}

	// --- index

	/**
	 * The index settings a reader asks for.
	 *
	 * @param weights weight per indicator code in per cent, or null for the system's own
	 */
	public record IndexRequest(CompositeIndex.Normalisation normalisation, CompositeIndex.Aggregation aggregation,
			@Nullable Map<String, BigDecimal> weights, BigDecimal minimumCoverage) {

		public static IndexRequest standard() {
			return new IndexRequest(CompositeIndex.Normalisation.MIN_MAX, CompositeIndex.Aggregation.ARITHMETIC, null,
					new BigDecimal("0.5"));
		}

	}

	/** The index of a system for every city with values, with the indicators it used. */
	public record IndexView(IndicatorSystem system, List<Indicator> indicators, List<CompositeIndex.Part> parts,
			CompositeIndex.Result result) {
	}

	/** The latest numbers of the system read last, kept until a value changes. */
	private record Numbers(UUID systemId, String stamp, Map<UUID, Map<String, BigDecimal>> values) {
	}

	private final AtomicReference<Numbers> numbers = new AtomicReference<>();

	/**
	 * The latest value of every city and indicator of a system: read once per change of
	 * the values (a sort of every value in the database), then reused by every reader's
	 * index.
	 */
	private Map<UUID, Map<String, BigDecimal>> latestNumbers(UUID systemId) {
		var stamp = this.records.valuesStamp();
		var current = this.numbers.get();
		if (current != null && current.systemId().equals(systemId) && current.stamp().equals(stamp)) {
			return current.values();
		}
		var values = this.records.latestNumbers(systemId);
		this.numbers.set(new Numbers(systemId, stamp, values));
		return values;
	}

	/**
	 * The standard index of a system, kept until a value changes (city pages all read
	 * it).
	 */
	private record CachedIndex(UUID systemId, String stamp, IndexView view) {
	}

	private final AtomicReference<CachedIndex> standardIndex = new AtomicReference<>();

	/**
	 * Indexes a reader asked for with settings of their own, the most recent first: a
	 * page reloaded or shared recomputes nothing while no value changes.
	 */
	private final Map<String, IndexView> customIndexes = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, IndexView> eldest) {
				return size() > 8;
			}
		});

	@Transactional(readOnly = true)
	public IndexView index(UUID systemId, IndexRequest request) {
		if (!request.equals(IndexRequest.standard())) {
			var key = systemId + "|" + this.records.valuesStamp() + "|" + request;
			var cached = this.customIndexes.get(key);
			if (cached != null) {
				return cached;
			}
			// One reader's index is computed at a time: many distinct settings at once
			// queue
			// here instead of taking every core from the pages.
			synchronized (this.customIndexes) {
				var again = this.customIndexes.get(key);
				if (again != null) {
					return again;
				}
				var view = computeIndex(systemId, request);
				this.customIndexes.put(key, view);
				return view;
			}
		}
		var stamp = this.records.valuesStamp() + "|"
				+ this.records.system(systemId).map(IndicatorSystem::leagueTable).orElse(false);
		var cached = this.standardIndex.get();
		if (cached != null && cached.systemId().equals(systemId) && cached.stamp().equals(stamp)) {
			return cached.view();
		}
		var view = computeIndex(systemId, request);
		this.standardIndex.set(new CachedIndex(systemId, stamp, view));
		return view;
	}

	private IndexView computeIndex(UUID systemId, IndexRequest request) {
		var system = system(systemId);
		var indicators = this.records.indicators(systemId);
		var parts = new ArrayList<CompositeIndex.Part>();
		for (var i : indicators) {
			var weight = request.weights() == null ? i.weight()
					: request.weights().getOrDefault(i.code(), BigDecimal.ZERO);
			if (weight.signum() == 0) {
				continue;
			}
			if (i.direction() == Direction.NEUTRAL) {
				throw InvalidBenchmarkException.onField("w_" + i.code(), "benchmarking.index.error.neutral", i.code());
			}
			parts.add(new CompositeIndex.Part(i.code(), i.direction(), weight, i.reference()));
		}
		if (request.weights() != null) {
			for (var code : request.weights().keySet()) {
				if (indicators.stream().noneMatch((i) -> i.code().equals(code))) {
					throw new InvalidBenchmarkException("benchmarking.formula.error.unknown", code);
				}
			}
		}
		var values = latestNumbers(systemId);
		var settings = new CompositeIndex.Settings(request.normalisation(), request.aggregation(),
				request.minimumCoverage());
		var result = CompositeIndex.compute(parts, values, settings);
		// Kept in caches: without each city's normalised scores, which no page shows and
		// which
		// are most of the memory (10,000 cities × 50 indicators).
		var slim = result.cities()
			.stream()
			.map((c) -> new CompositeIndex.CityResult(c.cityId(), c.index(), c.coverage(), c.missing(), Map.of(),
					c.rank(), c.bestRank(), c.worstRank()))
			.toList();
		return new IndexView(system, indicators, parts,
				new CompositeIndex.Result(result.settings(), slim, result.scenarios()));
	}

	// --- peers

	/**
	 * All cities as the peer finder sees them, rebuilt when values or the registry
	 * change.
	 */
	private record PeerSpace(String stamp, List<PeerFinder.Point> points, Map<UUID, PeerFinder.Point> byId,
			Map<PeerFinder.Variable, Double> spreads, Instant built) {
	}

	/** Longest the peer space is kept while no value changes. */
	static final java.time.Duration SPACE_LIFETIME = java.time.Duration.ofMinutes(5);

	private PeerSpace space() {
		// Values are stamped by a sequence; the registry's own changes (a city's country
		// or
		// level, a new city) are picked up within a few minutes, or at once for a city
		// the
		// space does not know yet.
		var stamp = this.records.valuesStamp();
		var current = this.space.get();
		if (current != null && current.stamp().equals(stamp)
				&& current.built().isAfter(this.clock.instant().minus(SPACE_LIFETIME))) {
			return current;
		}
		var core = coreSystem();
		var latest = this.records.latestNumbers(core.id());
		var points = new ArrayList<PeerFinder.Point>();
		var page = PageRequest.of(0, 2000);
		while (true) {
			var list = this.cities.cities(null, null, page);
			for (var city : list) {
				var numbers = new EnumMap<PeerFinder.Variable, BigDecimal>(PeerFinder.Variable.class);
				var own = latest.getOrDefault(city.id(), Map.of());
				put(numbers, PeerFinder.Variable.POPULATION, own.get("POPULATION"));
				put(numbers, PeerFinder.Variable.GDP_PER_CAPITA, own.get("GDP_PER_CAPITA"));
				put(numbers, PeerFinder.Variable.EMISSIONS_PER_INHABITANT, own.get("EMISSIONS_PER_INHABITANT"));
				put(numbers, PeerFinder.Variable.EMISSION_TREND, own.get("EMISSIONS_ANNUAL_CHANGE"));
				if (city.latitude() != null) {
					numbers.put(PeerFinder.Variable.LATITUDE, city.latitude());
				}
				points.add(new PeerFinder.Point(city.id(), city.countryCode(), city.adminLevel().name(), numbers));
			}
			if (!list.hasNext()) {
				break;
			}
			page = page.next();
		}
		var byId = new HashMap<UUID, PeerFinder.Point>();
		points.forEach((p) -> byId.put(p.cityId(), p));
		var built = new PeerSpace(stamp, List.copyOf(points), byId, PeerFinder.spreads(points), this.clock.instant());
		this.space.set(built);
		return built;
	}

	private static void put(Map<PeerFinder.Variable, BigDecimal> numbers, PeerFinder.Variable v,
			@Nullable BigDecimal value) {
		if (value != null) {
			numbers.put(v, value);
		}
	}

	/** A city's nearest peers, with the city as the finder sees it. */
	public record PeersView(CityView city, PeerFinder.Point own, Set<PeerFinder.Variable> variables,
			List<PeerView> peers, int compared) {
	}

	/** A peer with its city record. */
	public record PeerView(CityView city, PeerFinder.Peer peer) {
	}

	/**
	 * A city like another, for other modules (peer review suggests their focal points):
	 * the distance over the finder's default variables and the variables it is close on.
	 */
	public record SimilarCity(CityView city, BigDecimal distance, List<String> closeOn) {
	}

	/** The {@code k} cities most like one, nearest first, on the default variables. */
	@Transactional(readOnly = true)
	public List<SimilarCity> similarCities(UUID cityId, int k) {
		return peers(cityId, PeerFinder.Variable.DEFAULT, Math.max(1, Math.min(k, MAX_PEERS))).peers()
			.stream()
			.map((p) -> new SimilarCity(p.city(), p.peer().shownDistance(),
					p.peer().closeOn().stream().map((d) -> d.variable().name()).toList()))
			.toList();
	}

	@Transactional(readOnly = true)
	public PeersView peers(UUID cityId, Set<PeerFinder.Variable> variables, int k) {
		var city = this.cities.city(cityId);
		if (k < 1 || k > MAX_PEERS) {
			throw InvalidBenchmarkException.onField("k", "benchmarking.peers.error.k", MAX_PEERS);
		}
		var space = space();
		var own = space.byId().get(cityId);
		if (own == null) {
			// A city created since the space was built.
			this.space.set(null);
			space = space();
			own = space.byId()
				.getOrDefault(cityId,
						new PeerFinder.Point(cityId, city.countryCode(), city.adminLevel().name(), Map.of()));
		}
		var found = PeerFinder.nearest(own, space.points(), variables, k, space.spreads());
		var views = new ArrayList<PeerView>();
		for (var p : found) {
			views.add(new PeerView(this.cities.city(p.cityId()), p));
		}
		return new PeersView(city, own, variables, List.copyOf(views), space.points().size() - 1);
	}

	// --- clusters

	@Transactional(readOnly = true)
	public Clusters.Result clusters(int k) {
		if (k < 1 || k > 10) {
			throw InvalidBenchmarkException.onField("k", "benchmarking.clusters.error.k");
		}
		var latest = this.records.latestNumbers(coreSystem().id());
		var inputs = new ArrayList<Clusters.Input>();
		latest.forEach((city, byCode) -> {
			var gdp = byCode.get("GDP_PER_CAPITA");
			var emissions = byCode.get("EMISSIONS_PER_INHABITANT");
			if (gdp != null && emissions != null) {
				inputs.add(new Clusters.Input(city, gdp, emissions));
			}
		});
		inputs.sort(Comparator.comparing((Clusters.Input i) -> i.cityId().toString()));
		return Clusters.of(inputs, k);
	}

	// --- peer groups

	/** A saved group as pages show it. */
	public record GroupView(UUID id, String name, boolean secretariat, List<CityView> members, String variables,
			String createdBy, Instant createdAt, boolean deletable) {
	}

	@Transactional(readOnly = true)
	public List<GroupView> groupsFor(UUID cityId) {
		return this.records.groupsFor(cityId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public GroupView group(UUID id) {
		return view(this.records.group(id).orElseThrow(() -> new BenchmarkNotFoundException(id)));
	}

	private GroupView view(BenchmarkRecords.PeerGroup g) {
		var members = new ArrayList<CityView>();
		for (var m : g.members()) {
			try {
				members.add(this.cities.city(m));
			}
			catch (CityDirectory.CityNotFoundException ex) {
				// A city removed since the group was saved drops out of it.
			}
		}
		var deletable = canManage() || (g.cityId() != null && this.cities.canEdit(g.cityId()));
		return new GroupView(g.id(), g.name(), g.cityId() == null, List.copyOf(members), g.variables(), g.createdBy(),
				g.createdAt(), deletable);
	}

	/**
	 * Saves a peer group: the secretariat's (shared with every city) or the city's own
	 * (its focal points).
	 */
	@Transactional
	public UUID saveGroup(UUID cityId, boolean forAllCities, String name, List<UUID> members, String variables) {
		this.cities.city(cityId);
		if (forAllCities ? !canManage() : !this.cities.canEdit(cityId)) {
			throw new AccessDeniedException("may not save this peer group");
		}
		var cleanName = name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 200) {
			throw InvalidBenchmarkException.onField("name", "benchmarking.group.error.name");
		}
		var distinct = new LinkedHashSet<>(members);
		distinct.remove(cityId);
		if (distinct.isEmpty() || distinct.size() > MAX_PEERS) {
			throw InvalidBenchmarkException.onField("members", "benchmarking.group.error.members", MAX_PEERS);
		}
		for (var m : distinct) {
			this.cities.city(m);
		}
		var by = CurrentUser.get().map(CurrentUser.AccountPrincipal::email).orElse("unknown");
		var id = UUID.randomUUID();
		var all = new ArrayList<UUID>();
		all.add(cityId);
		all.addAll(distinct);
		this.records
			.insertGroup(new BenchmarkRecords.PeerGroup(id, cleanName, forAllCities ? null : cityId, List.copyOf(all),
					variables.length() > 200 ? variables.substring(0, 200) : variables, by, this.clock.instant()));
		this.audit.record("PeerGroup", id, "PEER_GROUP_SAVED", cleanName + ": " + all.size() + " cities");
		return id;
	}

	@Transactional
	public void deleteGroup(UUID id) {
		var group = this.records.group(id).orElseThrow(() -> new BenchmarkNotFoundException(id));
		if (!canManage() && (group.cityId() == null || !this.cities.canEdit(group.cityId()))) {
			throw new AccessDeniedException("may not delete this peer group");
		}
		this.records.deleteGroup(id);
		this.audit.record("PeerGroup", id, "PEER_GROUP_DELETED", group.name());
	}

	// --- what peers do better

	/**
	 * Published entries about a peer city (case studies, policies…) from other modules.
	 */
	public List<ContentAbout.Entry> contentAbout(UUID cityId, Locale reader) {
		var out = new ArrayList<ContentAbout.Entry>();
		this.content.orderedStream()
			.filter((source) -> !(source instanceof BenchmarkingAbout))
			.forEach((source) -> out.addAll(source.about(ContentAbout.Subject.CITY, cityId, reader)));
		return out;
	}

	/** Cities by id, for pages that name them. */
	@Transactional(readOnly = true)
	public Map<UUID, CityView> citiesById(java.util.Collection<UUID> ids) {
		var out = new LinkedHashMap<UUID, CityView>();
		for (var id : ids) {
			try {
				out.put(id, this.cities.city(id));
			}
			catch (CityDirectory.CityNotFoundException ex) {
				// values of a removed city are not shown
			}
		}
		return out;
	}

	@Transactional(readOnly = true)
	public CityView city(UUID id) {
		return this.cities.city(id);
	}

	private static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

}
