package org.lccp.cities;

import java.time.Clock;
import java.time.Year;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.membership.InstitutionView;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.domain.CitiesRegistered;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cities module's facade: countries, cities and their facts, the target registry and
 * its comparison. City focal points edit their own cities and their targets, the
 * secretariat edits everything; every change is audited in the same transaction.
 */
@Service
public class CitiesManagement {

	private final CountryRecords countries;

	private final Cities cities;

	private final CityFacts facts;

	private final Targets targets;

	private final Progress progress;

	private final AuditLog audit;

	private final AccountManagement accounts;

	private final MembershipManagement membership;

	private final GatheringManagement gatherings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CitiesManagement(CountryRecords countries, Cities cities, CityFacts facts, Targets targets, Progress progress,
			AuditLog audit, AccountManagement accounts, MembershipManagement membership, GatheringManagement gatherings,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.gatherings = gatherings;
		this.countries = countries;
		this.cities = cities;
		this.facts = facts;
		this.targets = targets;
		this.progress = progress;
		this.audit = audit;
		this.accounts = accounts;
		this.membership = membership;
		this.events = events;
	}

	// --- reading
	// --------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<CountryView> countries() {
		var counts = new LinkedHashMap<String, Long>();
		for (var row : this.cities.countByCountry()) {
			counts.put((String) row[0], (Long) row[1]);
		}
		return this.countries.findAll()
			.stream()
			.sorted(Comparator.comparing(Country::getCode))
			.map((c) -> new CountryView(c.getCode(), c.getNameEn(), c.getNameNative(),
					counts.getOrDefault(c.getCode(), 0L)))
			.toList();
	}

	/** A country with its national commitments and aggregate facts about its cities. */
	@Transactional(readOnly = true)
	public CountryProfile country(String code) {
		var country = this.countries.findById(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new CountryNotFoundException(code));
		var cityCount = this.cities.count(Queries.cities(country.getCode(), ""));
		var national = views(this.targets.national(country.getCode()));
		var byType = new EnumMap<TargetType, Long>(TargetType.class);
		for (var type : TargetType.values()) {
			var n = this.targets.citiesWith(country.getCode(), type);
			if (n > 0) {
				byType.put(type, n);
			}
		}
		return new CountryProfile(
				new CountryView(country.getCode(), country.getNameEn(), country.getNameNative(), cityCount), national,
				byType);
	}

	@Transactional(readOnly = true)
	public Page<CityView> cities(@Nullable String country, @Nullable String query, Pageable page) {
		return this.cities.findAll(Queries.cities(country, like(query)), page).map(City::view);
	}

	@Transactional(readOnly = true)
	public CityView city(UUID id) {
		return load(id).view();
	}

	/** Everything the profile page shows about a city. */
	@Transactional(readOnly = true)
	public CityProfile profile(UUID id) {
		var city = load(id);
		var view = city.view();
		var series = this.facts.series(id).stream().map(CityFact::view).toList();
		var targetViews = views(this.targets.ofCity(id));
		List<InstitutionView> members = this.membership.activeMembersIn(view.countryCode(), view.nameEn());
		var editable = canEdit(id);
		List<AuditLog.Entry> history = editable ? history("City", id) : List.of();
		var editors = editable
				? this.cities.editors(id).stream().map((a) -> this.accounts.find(a).email()).sorted().toList()
				: List.<String>of();
		var held = this.gatherings.heldIn(id);
		return new CityProfile(view, series, targetViews, members, held, editable, history, editors);
	}

	@Transactional(readOnly = true)
	public List<CityProfile> compare(List<UUID> ids) {
		return ids.stream().filter(java.util.Objects::nonNull).distinct().limit(5).map(this::profile).toList();
	}

	@Transactional(readOnly = true)
	public Page<TargetView> targets(TargetFilter filter, Pageable page) {
		var found = this.targets.findAll(Queries.targets(filter), page);
		var views = views(found.getContent());
		return new org.springframework.data.domain.PageImpl<>(views, page, found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public TargetView target(UUID id) {
		return views(List.of(loadTarget(id))).get(0);
	}

	@Transactional(readOnly = true)
	public TargetFile targetFile(UUID id) {
		var target = loadTarget(id);
		var editable = target.getCityId() == null ? CurrentUser.has(Role.SECRETARIAT) : canEdit(target.getCityId());
		return new TargetFile(views(List.of(target)).get(0), editable,
				editable ? history("ClimateTarget", id) : List.of());
	}

	/** Whether the signed-in account may edit this city and its targets. */
	@Transactional(readOnly = true)
	public boolean canEdit(UUID cityId) {
		if (CurrentUser.has(Role.SECRETARIAT)) {
			return true;
		}
		return CurrentUser.has(Role.CITY_FOCAL_POINT) && CurrentUser.get().isPresent()
				&& this.cities.isEditor(cityId, CurrentUser.id());
	}

	/**
	 * Whether an account is a focal point of a city (peer review keeps the host city's
	 * people out of its review team).
	 */
	@Transactional(readOnly = true)
	public boolean isFocalPoint(UUID cityId, UUID accountId) {
		return this.cities.isEditor(cityId, accountId);
	}

	/**
	 * The accounts that are focal points of a city (peer review suggests the focal points
	 * of similar cities as peers).
	 */
	@Transactional(readOnly = true)
	public List<UUID> focalPointsOf(UUID cityId) {
		return List.copyOf(this.cities.editors(cityId));
	}

	/**
	 * The cities the signed-in account may edit, by name: every city for the secretariat,
	 * a focal point's own cities otherwise (one query, not one per city).
	 */
	@Transactional(readOnly = true)
	public List<CityView> editableCities() {
		if (CurrentUser.has(Role.SECRETARIAT)) {
			return this.cities.findAll(org.springframework.data.domain.Sort.by("nameEn"))
				.stream()
				.map(City::view)
				.toList();
		}
		if (!CurrentUser.has(Role.CITY_FOCAL_POINT) || CurrentUser.get().isEmpty()) {
			return List.of();
		}
		return this.cities.findAllById(this.cities.editedBy(CurrentUser.id()))
			.stream()
			.map(City::view)
			.sorted(java.util.Comparator.comparing(CityView::nameEn))
			.toList();
	}

	/** A fingerprint of all registry data, changed by every write. */
	@Transactional(readOnly = true)
	public String dataVersion() {
		return this.cities.count() + "-" + this.targets.count() + "-" + this.progress.count() + "-" + this.facts.count()
				+ "-" + this.cities.lastUpdate() + "-" + this.targets.lastUpdate();
	}

	// --- writing
	// --------------------------------------------------------------------------------------------

	@Transactional
	public UUID createCity(CityDetails details) {
		requireSecretariat();
		requireCountry(details.countryCode());
		if (!this.cities.byName(details.countryCode(), details.nameEn()).isEmpty()) {
			throw new CityExistsException(details.nameEn());
		}
		var city = this.cities.save(new City(details, this.clock.instant()));
		this.audit.record("City", city.getId(), "CREATED", details.nameEn());
		added();
		changed();
		return city.getId();
	}

	@Transactional
	public void updateCity(UUID id, CityDetails details, long version) {
		var city = load(id);
		requireEditor(id);
		requireCountry(details.countryCode());
		checkVersion(city.getVersion(), version);
		var before = city.details();
		var moved = !details.countryCode().equals(before.countryCode());
		if (moved && !CurrentUser.has(Role.SECRETARIAT)) {
			// A city's country is the secretariat's to correct; its targets, national
			// commitments and members are filed under it.
			throw new InvalidInputException(
					List.of(new TargetRules.Violation("countryCode", "cities.city.error.countryBySecretariat")));
		}
		city.edit(details, this.clock.instant());
		this.audit.record("City", id, "EDITED", diff(before, details));
		if (moved) {
			for (var target : this.targets.ofCity(id)) {
				target.moveTo(details.countryCode());
				this.audit.record("ClimateTarget", target.getId(), "EDITED",
						"country: " + before.countryCode() + " → " + details.countryCode() + " (with its city)");
			}
		}
		changed();
	}

	/** The stored values of a city's series, for its editors. */
	@Transactional(readOnly = true)
	public List<CityFact.FactRecord> factsOf(UUID cityId) {
		load(cityId);
		requireEditor(cityId);
		return this.facts.series(cityId).stream().map(CityFact::record).toList();
	}

	/**
	 * A city's value of a series in a year, with its unit and source, for other modules
	 * (the inventory takes population and GDP of its year from here).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<YearValue> factValue(UUID cityId, FactKind kind, int year) {
		load(cityId);
		return this.facts.series(cityId)
			.stream()
			.map(CityFact::record)
			.filter((f) -> f.kind() == kind && f.year() == year)
			.findFirst()
			.map((f) -> new YearValue(f.value(), f.unit(), f.source()));
	}

	/**
	 * A city's values of one series by year, with unit and source, for other modules (the
	 * pathways of intensity and per-capita targets follow GDP and population).
	 */
	@Transactional(readOnly = true)
	public java.util.SortedMap<Integer, YearValue> factSeries(UUID cityId, FactKind kind) {
		load(cityId);
		var series = new java.util.TreeMap<Integer, YearValue>();
		this.facts.series(cityId)
			.stream()
			.map(CityFact::record)
			.filter((f) -> f.kind() == kind)
			.forEach((f) -> series.put(f.year(), new YearValue(f.value(), f.unit(), f.source())));
		return series;
	}

	/** A value of a city's series in one year. */
	public record YearValue(BigDecimal value, String unit, String source) {
	}

	/** One stored value of a city's series, for its editors. */
	@Transactional(readOnly = true)
	public CityFact.FactRecord fact(UUID cityId, long factId) {
		requireEditor(cityId);
		return loadFact(cityId, factId).record();
	}

	/** Adds a value to one of the city's series; one value per kind and year. */
	@Transactional
	public long addFact(UUID cityId, FactDetails details) {
		load(cityId);
		requireEditor(cityId);
		validate(cityId, details, null);
		var fact = this.facts.save(new CityFact(cityId, details.kind(), details.year(), details.value(),
				details.unit().strip(), details.source().strip()));
		this.audit.record("City", cityId, "FACT_ADDED", details.describe());
		changed();
		return fact.getId();
	}

	/** Corrects a stored value; a stale version answers 409. */
	@Transactional
	public void correctFact(UUID cityId, long factId, FactDetails details, long version) {
		requireEditor(cityId);
		var fact = loadFact(cityId, factId);
		checkVersion(fact.getVersion(), version);
		validate(cityId, details, factId);
		var before = fact.details();
		fact.correct(details);
		this.facts.flush();
		this.audit.record("City", cityId, "FACT_CORRECTED", before.describe() + " → " + details.describe());
		changed();
	}

	/** Deletes a stored value; a stale version answers 409. */
	@Transactional
	public void deleteFact(UUID cityId, long factId, long version) {
		requireEditor(cityId);
		var fact = loadFact(cityId, factId);
		checkVersion(fact.getVersion(), version);
		var before = fact.details();
		this.facts.delete(fact);
		this.audit.record("City", cityId, "FACT_DELETED", before.describe());
		changed();
	}

	@Transactional
	public UUID addTarget(UUID cityId, TargetDetails details) {
		var city = load(cityId);
		requireEditor(cityId);
		validate(details, null);
		var target = this.targets.save(new ClimateTarget(cityId, city.getCountryCode(), details, this.clock.instant()));
		this.audit.record("ClimateTarget", target.getId(), "CREATED", city.getNameEn() + ": " + details.title());
		changed();
		return target.getId();
	}

	/** A national commitment of a country; only the secretariat records those. */
	@Transactional
	public UUID addNationalTarget(String countryCode, TargetDetails details) {
		requireSecretariat();
		requireCountry(countryCode);
		validate(details, null);
		var target = this.targets.save(new ClimateTarget(null, countryCode, details, this.clock.instant()));
		this.audit.record("ClimateTarget", target.getId(), "CREATED", countryCode + ": " + details.title());
		changed();
		return target.getId();
	}

	@Transactional
	public void updateTarget(UUID id, TargetDetails details, long version) {
		var target = loadTarget(id);
		requireTargetEditor(target);
		checkVersion(target.getVersion(), version);
		validate(details, id);
		var before = target.details();
		target.edit(details, this.clock.instant());
		this.audit.record("ClimateTarget", id, "EDITED", diff(before, details));
		changed();
	}

	@Transactional
	public void addProgress(UUID targetId, ProgressDetails details) {
		var target = loadTarget(targetId);
		requireTargetEditor(target);
		var violations = TargetRules.checkProgress(details, target);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		this.progress.save(new TargetProgress(targetId, details, this.clock.instant()));
		this.audit.record("ClimateTarget", targetId, "PROGRESS_ADDED",
				details.year() + ": value=" + plain(details.value()) + ", share=" + plain(details.shareAchieved())
						+ (details.note() == null ? "" : ", " + details.note()));
		changed();
	}

	@Transactional
	public void addFocalPoint(UUID cityId, @Nullable String email) {
		requireSecretariat();
		var city = load(cityId);
		var account = (email == null ? java.util.Optional.<org.lccp.identity.AccountView>empty()
				: this.accounts.findByEmail(email.strip()))
			.orElseThrow(() -> new InvalidInputException(
					List.of(new TargetRules.Violation("email", "cities.focal.error.unknown"))));
		if (!account.roles().contains(Role.CITY_FOCAL_POINT)) {
			throw new InvalidInputException(
					List.of(new TargetRules.Violation("email", "cities.focal.error.notFocalPoint")));
		}
		this.cities.addEditor(cityId, account.id());
		this.audit.record("City", cityId, "FOCAL_POINT_ADDED", account.email() + " for " + city.getNameEn());
	}

	@Transactional
	public void removeFocalPoint(UUID cityId, @Nullable String email) {
		requireSecretariat();
		load(cityId);
		if (email == null || email.isBlank()) {
			throw new InvalidInputException(List.of(new TargetRules.Violation("email", "cities.focal.error.unknown")));
		}
		this.accounts.findByEmail(email.strip()).ifPresent((a) -> {
			this.cities.removeEditor(cityId, a.id());
			this.audit.record("City", cityId, "FOCAL_POINT_REMOVED", a.email());
		});
	}

	// --- used by the demo loader and imports (no access checks: callers check)
	// ------------------------------

	@Transactional
	public void ensureCountry(String code, String nameEn, @Nullable String nameNative) {
		if (!this.countries.existsById(code)) {
			this.countries.save(new Country(code, nameEn, nameNative));
			this.audit.record("Country", code, "CREATED", nameEn);
		}
	}

	@Transactional
	public UUID registerCity(CityDetails details) {
		requireCountry(details.countryCode());
		var city = this.cities.save(new City(details, this.clock.instant()));
		this.audit.record("City", city.getId(), "CREATED", details.nameEn());
		added();
		return city.getId();
	}

	@Transactional
	public void registerFact(UUID cityId, FactKind kind, int year, BigDecimal value, String unit, String source) {
		this.facts.save(new CityFact(cityId, kind, year, value, unit, source));
	}

	@Transactional
	public UUID registerTarget(@Nullable UUID cityId, String countryCode, TargetDetails details) {
		validate(details, null);
		var target = this.targets.save(new ClimateTarget(cityId, countryCode, details, this.clock.instant()));
		this.audit.record("ClimateTarget", target.getId(), "CREATED", details.title());
		return target.getId();
	}

	/**
	 * Marks two targets whose sources contradict each other; both stay as their sources
	 * state them, and each page points to the other. Used by the demo data (Jilin's 2030
	 * figure) and open to an import that finds such a pair.
	 */
	@Transactional
	public void markSourcesDisagree(UUID first, UUID second) {
		var a = loadTarget(first);
		var b = loadTarget(second);
		a.sourcesDisagreeWith(b.getId());
		b.sourcesDisagreeWith(a.getId());
		this.audit.record("ClimateTarget", a.getId(), "SOURCES_DISAGREE", b.getId().toString());
		this.audit.record("ClimateTarget", b.getId(), "SOURCES_DISAGREE", a.getId().toString());
	}

	@Transactional
	public void registerFocalPoint(UUID cityId, UUID accountId) {
		this.cities.addEditor(cityId, accountId);
	}

	@Transactional(readOnly = true)
	public @Nullable UUID findCity(String countryCode, String nameEn) {
		return this.cities.byName(countryCode, nameEn).stream().map(City::getId).findFirst().orElse(null);
	}

	/** Stores imported cities, all or none; secretariat only. */
	@Transactional
	public void importCities(List<CityDetails> list) {
		importCities(list, (n) -> {
		});
	}

	/**
	 * Stores imported cities, all or none; secretariat only. {@code stored} hears how
	 * many rows are written so far (not yet committed).
	 */
	@Transactional
	public void importCities(List<CityDetails> list, java.util.function.IntConsumer stored) {
		requireSecretariat();
		var n = 0;
		for (var details : list) {
			requireCountry(details.countryCode());
			if (!this.cities.byName(details.countryCode(), details.nameEn()).isEmpty()) {
				throw new CityExistsException(details.nameEn());
			}
			var city = this.cities.save(new City(details, this.clock.instant()));
			this.audit.record("City", city.getId(), "IMPORTED", details.nameEn());
			stored.accept(++n);
		}
		added();
		changed();
	}

	/** Stores imported targets, all or none; secretariat only. */
	@Transactional
	public void importTargets(List<ImportedTarget> list) {
		importTargets(list, (n) -> {
		});
	}

	/**
	 * Stores imported targets, all or none; secretariat only. {@code stored} hears how
	 * many rows are written so far (not yet committed).
	 */
	@Transactional
	public void importTargets(List<ImportedTarget> list, java.util.function.IntConsumer stored) {
		requireSecretariat();
		var n = 0;
		for (var t : list) {
			requireCountry(t.countryCode());
			validate(t.details(), null);
			var target = this.targets
				.save(new ClimateTarget(t.cityId(), t.countryCode(), t.details(), this.clock.instant()));
			this.audit.record("ClimateTarget", target.getId(), "IMPORTED", t.details().title());
			stored.accept(++n);
		}
		changed();
	}

	// --- helpers
	// --------------------------------------------------------------------------------------------

	private void validate(TargetDetails details, @Nullable UUID self) {
		var violations = new ArrayList<>(TargetRules.check(details));
		if (details.supersededBy() != null
				&& (details.supersededBy().equals(self) || !this.targets.existsById(details.supersededBy()))) {
			violations.add(new TargetRules.Violation("supersededBy", "cities.target.error.supersededBy"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** Views of a batch of targets, for the bulk download (within its transaction). */
	List<TargetView> viewsOf(List<ClimateTarget> list) {
		return views(list);
	}

	private List<TargetView> views(List<ClimateTarget> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		var ids = list.stream().map(ClimateTarget::getId).toList();
		var byTarget = this.progress.of(ids)
			.stream()
			.collect(Collectors.groupingBy(TargetProgress::getTargetId,
					Collectors.mapping(TargetProgress::view, Collectors.toList())));
		var cityIds = list.stream().map(ClimateTarget::getCityId).filter(Objects::nonNull).distinct().toList();
		var names = this.cities.findAllById(cityIds)
			.stream()
			.collect(Collectors.toMap(City::getId, Function.identity()));
		return list.stream().map((t) -> {
			var city = t.getCityId() == null ? null : names.get(t.getCityId());
			return TargetView.of(t, city == null ? null : city.view(), byTarget.getOrDefault(t.getId(), List.of()));
		}).toList();
	}

	private List<AuditLog.Entry> history(String type, UUID id) {
		return this.audit.search(new AuditLog.Filter(null, type, id.toString(), null, null, null), 0).getContent();
	}

	private void validate(UUID cityId, FactDetails details, @Nullable Long self) {
		var violations = new ArrayList<>(FactRules.check(details, Year.now(this.clock).getValue()));
		if (violations.isEmpty() && this.facts.series(cityId)
			.stream()
			.anyMatch((f) -> !f.getId().equals(self) && f.details().kind() == details.kind()
					&& f.details().year().equals(details.year()))) {
			violations.add(new TargetRules.Violation("year", "cities.fact.error.duplicate"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private CityFact loadFact(UUID cityId, long factId) {
		return this.facts.findById(factId)
			.filter((f) -> f.getCityId().equals(cityId))
			.orElseThrow(() -> new FactNotFoundException(factId));
	}

	private City load(UUID id) {
		return this.cities.findById(id).orElseThrow(() -> new CityNotFoundException(id));
	}

	private ClimateTarget loadTarget(UUID id) {
		return this.targets.findById(id).orElseThrow(() -> new TargetNotFoundException(id));
	}

	private void requireCountry(String code) {
		if (!this.countries.existsById(code)) {
			if (!Countries.isKnown(code)) {
				throw new InvalidInputException(
						List.of(new TargetRules.Violation("countryCode", "cities.city.error.country")));
			}
			this.countries.save(new Country(code, org.lccp.shared.i18n.Countries.name(code, Locale.ENGLISH), null));
		}
	}

	private void requireEditor(UUID cityId) {
		if (!canEdit(cityId)) {
			throw new AccessDeniedException("not an editor of city " + cityId);
		}
	}

	private void requireTargetEditor(ClimateTarget target) {
		if (target.getCityId() == null) {
			requireSecretariat();
		}
		else {
			requireEditor(target.getCityId());
		}
	}

	private static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	private static void checkVersion(long current, long expected) {
		if (current != expected) {
			throw new ConflictException("error.conflict.stale");
		}
	}

	/**
	 * Announced within the transaction, so that modules keeping city names (gatherings'
	 * venues) link them to the new cities at once.
	 */
	private void added() {
		this.events.publishEvent(new CitiesRegistered());
	}

	private void changed() {
		this.events.publishEvent(new OpenDataChanged(this.clock.instant()));
	}

	private static String like(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return "";
		}
		return "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	/** The fields that changed, as {@code name: old → new}. */
	static String diff(Record before, Record after) {
		var changes = new ArrayList<String>();
		var components = before.getClass().getRecordComponents();
		for (var component : components) {
			try {
				var a = component.getAccessor().invoke(before);
				var b = component.getAccessor().invoke(after);
				if (!Objects.equals(normal(a), normal(b))) {
					changes.add(component.getName() + ": " + a + " → " + b);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return changes.isEmpty() ? "no changes" : String.join("; ", changes);
	}

	private static Object normal(Object value) {
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros();
		}
		if (value instanceof String s) {
			return s.isBlank() ? null : s.strip();
		}
		return value;
	}

	// --- views
	// ----------------------------------------------------------------------------------------------

	/** A country with the number of its cities in the registry. */
	public record CountryView(String code, String nameEn, @Nullable String nameNative, long cities) {
	}

	/**
	 * A country page: national commitments and how many of its cities set each kind of
	 * target.
	 */
	public record CountryProfile(CountryView country, List<TargetView> commitments,
			Map<TargetType, Long> citiesByTargetType) {
	}

	/** Everything about one city. */
	public record CityProfile(CityView city, List<CityFact.FactView> facts, List<TargetView> targets,
			List<InstitutionView> members, List<GatheringManagement.GatheringSummary> gatherings, boolean editable,
			List<AuditLog.Entry> history, List<String> focalPoints) {

		public List<CityFact.FactView> series(String kind) {
			return this.facts.stream().filter((f) -> f.kind().name().equals(kind)).toList();
		}

		public CityFact.@Nullable FactView latest(String kind) {
			var list = series(kind);
			return list.isEmpty() ? null : list.get(list.size() - 1);
		}

	}

	/** One target with whether the reader may edit it and, for editors, its history. */
	public record TargetFile(TargetView target, boolean editable, List<AuditLog.Entry> history) {
	}

	/** Filter of the target registry; empty parts match everything. */
	public record TargetFilter(@Nullable String country, @Nullable TargetType type, @Nullable TargetStatus status,
			@Nullable UUID city, @Nullable Scope scope) {

		/** Whose targets: all, those of cities, or national commitments. */
		public enum Scope {

			ALL, CITY, NATIONAL

		}

	}

	/** A target read from an import file; no city for a national commitment. */
	public record ImportedTarget(@Nullable UUID cityId, String countryCode, TargetDetails details) {
	}

	/** No city with this id. */
	public static class CityNotFoundException extends NotFoundException {

		CityNotFoundException(UUID id) {
			super("cities.city.notFound", id);
		}

	}

	/** No value of this city's series with this id. */
	public static class FactNotFoundException extends NotFoundException {

		FactNotFoundException(long id) {
			super("cities.fact.notFound", id);
		}

	}

	/** No target with this id. */
	public static class TargetNotFoundException extends NotFoundException {

		TargetNotFoundException(UUID id) {
			super("cities.target.notFound", id);
		}

	}

	/** No country with this code. */
	public static class CountryNotFoundException extends NotFoundException {

		CountryNotFoundException(String code) {
			super("cities.country.notFound", code);
		}

	}

	/** A city of this name already exists in that country. */
	public static class CityExistsException extends ConflictException {

		CityExistsException(String name) {
			super("cities.city.exists", name);
		}

	}

}
