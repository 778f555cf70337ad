package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AccountView;
import org.lccp.identity.AuditLog;
import org.lccp.membership.InstitutionView;
import org.lccp.membership.MembershipManagement;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;
import org.lccp.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city registry: countries, cities, their series of facts, their focal points and the
 * profile that gathers what other modules know about a city. The secretariat creates
 * cities and names focal points; a city's focal points edit it and its facts. Every write
 * checks its role here, so a write reached from another module is as protected as one
 * reached by URL, and is audited in the same transaction.
 */
@Service
public class CityDirectory {

	private final Registry registry;

	private final CountryRecords countries;

	private final Cities cities;

	private final CityFacts facts;

	private final Targets targets;

	private final Progress progress;

	private final AuditLog audit;

	private final AccountManagement accounts;

	private final MembershipManagement membership;

	private final GatheringManagement gatherings;

	private final Clock clock;

	private final org.lccp.shared.web.CountsPerChange counts;

	CityDirectory(Registry registry, CountryRecords countries, Cities cities, CityFacts facts, Targets targets,
			Progress progress, AuditLog audit, AccountManagement accounts, MembershipManagement membership,
			GatheringManagement gatherings, Clock clock, org.lccp.shared.web.CountsPerChange counts) {
		this.counts = counts;
		this.registry = registry;
		this.countries = countries;
		this.cities = cities;
		this.facts = facts;
		this.targets = targets;
		this.progress = progress;
		this.audit = audit;
		this.accounts = accounts;
		this.membership = membership;
		this.gatherings = gatherings;
		this.clock = clock;
	}

	// --- reading
	// --------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<CountryView> countries() {
		// Counting reads every city (a third of the list page's time at 100,000 cities);
		// the counts change only with the records.
		Map<String, Long> counts = this.counts.value(List.of("cities.byCountry"), () -> {
			var byCountry = new LinkedHashMap<String, Long>();
			for (var row : this.cities.countByCountry()) {
				byCountry.put((String) row[0], (Long) row[1]);
			}
			return Map.copyOf(byCountry);
		});
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
		var national = this.registry.views(this.targets.national(country.getCode()));
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
		// The page is read through the name or country index; its total, the one part
		// that grows with the registry, is counted once per change of records.
		var spec = Queries.cities(country, like(query));
		var shown = this.cities.findBy(spec, (q) -> q.slice(page)).getContent().stream().map(City::view).toList();
		var total = this.counts.count(java.util.Arrays.asList("cities", country, like(query)),
				() -> this.cities.count(spec));
		return new org.springframework.data.domain.PageImpl<>(shown, page, total);
	}

	/**
	 * The reader's names of the cities known by these English names (the English name
	 * where a city has none in the reader's language), for lists that hold a city's
	 * English name only, such as the search facets; names of no city are left out.
	 */
	public java.util.Map<String, String> namesOf(java.util.Collection<String> namesEn, java.util.Locale reader) {
		// Kept per change of records: every search page asks for the names of the cities
		// in its facets (a query and a transaction, a fourteenth of the demo search
		// page's time), and a name changes only with a change of records.
		var language = reader.getLanguage();
		var keys = new java.util.HashSet<NameOf>();
		namesEn.forEach((name) -> keys.add(new NameOf(name, language)));
		var known = this.counts.values(keys, (missing) -> {
			var asked = new java.util.HashSet<String>();
			missing.forEach((key) -> asked.add(key.nameEn()));
			var found = new java.util.HashMap<NameOf, String>();
			this.cities.byEnglishNames(asked)
				.forEach((city) -> found.putIfAbsent(new NameOf(city.getNameEn(), language), city.view().name(reader)));
			return found;
		});
		var names = new java.util.HashMap<String, String>();
		known.forEach((key, name) -> names.put(key.nameEn(), name));
		return names;
	}

	/** A city's English name and the language its name is asked in. */
	private record NameOf(String nameEn, String language) {
	}

	@Transactional(readOnly = true)
	public CityView city(UUID id) {
		return this.registry.city(id).view();
	}

	/**
	 * The registry city of this name in a country, for the demo loaders of other modules
	 * that attach their records to the demo cities; null when there is none.
	 */
	@Transactional(readOnly = true)
	public @Nullable UUID findCity(String countryCode, String nameEn) {
		return this.cities.byName(countryCode, nameEn).stream().map(City::getId).findFirst().orElse(null);
	}

	/** Everything the profile page shows about a city. */
	@Transactional(readOnly = true)
	public CityProfile profile(UUID id) {
		var city = this.registry.city(id);
		var view = city.view();
		var series = this.facts.series(id).stream().map(CityFact::view).toList();
		var targetViews = this.registry.views(this.targets.ofCity(id));
		List<InstitutionView> members = this.membership.activeMembersIn(view.countryCode(), view.nameEn());
		var editable = canEdit(id);
		List<AuditLog.Entry> history = editable ? this.registry.history("City", id) : List.of();
		var editors = editable
				? this.cities.editors(id).stream().map((a) -> this.accounts.find(a).email()).sorted().toList()
				: List.<String>of();
		var held = this.gatherings.heldIn(id);
		return new CityProfile(view, series, targetViews, members, held, editable, history, editors);
	}

	@Transactional(readOnly = true)
	public List<CityProfile> compare(List<UUID> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().limit(5).map(this::profile).toList();
	}

	/** Whether the signed-in account may edit this city and its targets. */
	@Transactional(readOnly = true)
	public boolean canEdit(UUID cityId) {
		return this.registry.canEdit(cityId);
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
			return this.cities.findAll(Sort.by("nameEn")).stream().map(City::view).toList();
		}
		if (!CurrentUser.has(Role.CITY_FOCAL_POINT) || CurrentUser.get().isEmpty()) {
			return List.of();
		}
		return this.cities.findAllById(this.cities.editedBy(CurrentUser.id()))
			.stream()
			.map(City::view)
			.sorted(Comparator.comparing(CityView::nameEn))
			.toList();
	}

	/**
	 * A fingerprint of all registry data (cities, facts, targets), changed by every
	 * write.
	 */
	@Transactional(readOnly = true)
	public String dataVersion() {
		return this.cities.count() + "-" + this.targets.count() + "-" + this.progress.count() + "-" + this.facts.count()
				+ "-" + this.cities.lastUpdate() + "-" + this.targets.lastUpdate();
	}

	/** The stored values of a city's series, for its editors. */
	@Transactional(readOnly = true)
	public List<CityFact.FactRecord> factsOf(UUID cityId) {
		this.registry.city(cityId);
		this.registry.requireEditor(cityId);
		return this.facts.series(cityId).stream().map(CityFact::record).toList();
	}

	/** One stored value of a city's series, for its editors. */
	@Transactional(readOnly = true)
	public CityFact.FactRecord fact(UUID cityId, long factId) {
		this.registry.requireEditor(cityId);
		return loadFact(cityId, factId).record();
	}

	/**
	 * A city's value of a series in a year, with its unit and source, for other modules
	 * (the inventory takes population and GDP of its year from here).
	 */
	@Transactional(readOnly = true)
	public Optional<YearValue> factValue(UUID cityId, FactKind kind, int year) {
		this.registry.city(cityId);
		return this.facts.series(cityId)
			.stream()
			.map(CityFact::record)
			.filter((f) -> f.kind() == kind && f.year() == year)
			.findFirst()
			.map((f) -> new YearValue(f.quantity(), f.source()));
	}

	/**
	 * A city's values of one series by year, with unit and source, for other modules (the
	 * pathways of intensity and per-capita targets follow GDP and population).
	 */
	@Transactional(readOnly = true)
	public SortedMap<Integer, YearValue> factSeries(UUID cityId, FactKind kind) {
		this.registry.city(cityId);
		var series = new TreeMap<Integer, YearValue>();
		this.facts.series(cityId)
			.stream()
			.map(CityFact::record)
			.filter((f) -> f.kind() == kind)
			.forEach((f) -> series.put(f.year(), new YearValue(f.quantity(), f.source())));
		return series;
	}

	// --- writing
	// --------------------------------------------------------------------------------------------

	/** Adds a city; secretariat only. */
	@Transactional
	public UUID createCity(CityDetails details) {
		Registry.requireSecretariat();
		this.registry.requireCountry(details.countryCode());
		if (!this.cities.byName(details.countryCode(), details.nameEn()).isEmpty()) {
			throw new CityExistsException(details.nameEn());
		}
		var city = this.cities.save(new City(details, this.clock.instant()));
		this.audit.record("City", city.getId(), "CREATED", details.nameEn());
		this.registry.added();
		this.registry.changed();
		return city.getId();
	}

	/**
	 * Edits a city; its editors may, but only the secretariat moves it to another country
	 * (its targets move with it). A stale version answers 409.
	 */
	@Transactional
	public void updateCity(UUID id, CityDetails details, long version) {
		var city = this.registry.city(id);
		this.registry.requireEditor(id);
		this.registry.requireCountry(details.countryCode());
		Registry.checkVersion(city.getVersion(), version);
		var before = city.details();
		var moved = !details.countryCode().equals(before.countryCode());
		if (moved && !CurrentUser.has(Role.SECRETARIAT)) {
			// A city's country is the secretariat's to correct; its targets, national
			// commitments and members are filed under it.
			throw new InvalidInputException(
					List.of(new TargetRules.Violation("countryCode", "cities.city.error.countryBySecretariat")));
		}
		city.edit(details, this.clock.instant());
		this.audit.record("City", id, "EDITED", Registry.diff(before, details));
		if (moved) {
			for (var target : this.targets.ofCity(id)) {
				target.moveTo(details.countryCode());
				this.audit.record("ClimateTarget", target.getId(), "EDITED",
						"country: " + before.countryCode() + " → " + details.countryCode() + " (with its city)");
			}
		}
		this.registry.changed();
	}

	/** Adds a value to one of the city's series; one value per kind and year. */
	@Transactional
	public long addFact(UUID cityId, FactDetails details) {
		this.registry.city(cityId);
		this.registry.requireEditor(cityId);
		validate(cityId, details, null);
		var fact = this.facts.save(new CityFact(cityId, details.kind(), details.year(), details.value(), details.unit(),
				details.source().strip()));
		this.audit.record("City", cityId, "FACT_ADDED", details.describe());
		this.registry.changed();
		return fact.getId();
	}

	/** Corrects a stored value; a stale version answers 409. */
	@Transactional
	public void correctFact(UUID cityId, long factId, FactDetails details, long version) {
		this.registry.requireEditor(cityId);
		var fact = loadFact(cityId, factId);
		Registry.checkVersion(fact.getVersion(), version);
		validate(cityId, details, factId);
		var before = fact.details();
		fact.correct(details);
		this.facts.flush();
		this.audit.record("City", cityId, "FACT_CORRECTED", before.describe() + " → " + details.describe());
		this.registry.changed();
	}

	/** Deletes a stored value; a stale version answers 409. */
	@Transactional
	public void deleteFact(UUID cityId, long factId, long version) {
		this.registry.requireEditor(cityId);
		var fact = loadFact(cityId, factId);
		Registry.checkVersion(fact.getVersion(), version);
		var before = fact.details();
		this.facts.delete(fact);
		this.audit.record("City", cityId, "FACT_DELETED", before.describe());
		this.registry.changed();
	}

	/**
	 * Names an account with the focal-point role as an editor of a city; secretariat
	 * only.
	 */
	@Transactional
	public void addFocalPoint(UUID cityId, @Nullable String email) {
		Registry.requireSecretariat();
		var city = this.registry.city(cityId);
		var account = (email == null ? Optional.<AccountView>empty() : this.accounts.findByEmail(email.strip()))
			.orElseThrow(() -> new InvalidInputException(
					List.of(new TargetRules.Violation("email", "cities.focal.error.unknown"))));
		if (!account.roles().contains(Role.CITY_FOCAL_POINT)) {
			throw new InvalidInputException(
					List.of(new TargetRules.Violation("email", "cities.focal.error.notFocalPoint")));
		}
		this.cities.addEditor(cityId, account.id());
		this.audit.record("City", cityId, "FOCAL_POINT_ADDED", account.email() + " for " + city.getNameEn());
	}

	/** Takes an account off a city's editors; secretariat only. */
	@Transactional
	public void removeFocalPoint(UUID cityId, @Nullable String email) {
		Registry.requireSecretariat();
		this.registry.city(cityId);
		if (email == null || email.isBlank()) {
			throw new InvalidInputException(List.of(new TargetRules.Violation("email", "cities.focal.error.unknown")));
		}
		this.accounts.findByEmail(email.strip()).ifPresent((a) -> {
			this.cities.removeEditor(cityId, a.id());
			this.audit.record("City", cityId, "FOCAL_POINT_REMOVED", a.email());
		});
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
	public void importCities(List<CityDetails> list, IntConsumer stored) {
		Registry.requireSecretariat();
		var n = 0;
		for (var details : list) {
			this.registry.requireCountry(details.countryCode());
			if (!this.cities.byName(details.countryCode(), details.nameEn()).isEmpty()) {
				throw new CityExistsException(details.nameEn());
			}
			var city = this.cities.save(new City(details, this.clock.instant()));
			this.audit.record("City", city.getId(), "IMPORTED", details.nameEn());
			stored.accept(++n);
		}
		this.registry.added();
		this.registry.changed();
	}

	// --- helpers
	// --------------------------------------------------------------------------------------------

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

	private static String like(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return "";
		}
		return "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
	}

	// --- views
	// ----------------------------------------------------------------------------------------------

	/** A value of a city's series in one year, with its unit and source. */
	public record YearValue(Quantity quantity, String source) {

		public BigDecimal value() {
			return this.quantity.value();
		}

		public RegistryUnit unit() {
			return this.quantity.unit();
		}

	}

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
