package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of the demo data, which runs at start-up with nobody signed in, so these check
 * no role. Package-private: only the module's demo loader (and tests in this package)
 * reach them; every other writer goes through {@link CityDirectory} or
 * {@link TargetRegistry}.
 */
@Component
class CitySeeds {

	private final Registry registry;

	private final CountryRecords countries;

	private final Cities cities;

	private final CityFacts facts;

	private final Targets targets;

	private final AuditLog audit;

	private final Clock clock;

	CitySeeds(Registry registry, CountryRecords countries, Cities cities, CityFacts facts, Targets targets,
			AuditLog audit, Clock clock) {
		this.registry = registry;
		this.countries = countries;
		this.cities = cities;
		this.facts = facts;
		this.targets = targets;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void ensureCountry(String code, String nameEn, @Nullable String nameNative) {
		if (!this.countries.existsById(code)) {
			this.countries.save(new Country(code, nameEn, nameNative));
			this.audit.record("Country", code, "CREATED", nameEn);
		}
	}

	@Transactional
	UUID registerCity(CityDetails details) {
		this.registry.requireCountry(details.countryCode());
		var city = this.cities.save(new City(details, this.clock.instant()));
		this.audit.record("City", city.getId(), "CREATED", details.nameEn());
		this.registry.added();
		return city.getId();
	}

	/** The city of this name in the country, registered first if it is not there yet. */
	@Transactional
	UUID ensureCity(CityDetails details) {
		return this.cities.byName(details.countryCode(), details.nameEn())
			.stream()
			.map(City::getId)
			.findFirst()
			.orElseGet(() -> registerCity(details));
	}

	@Transactional
	void registerFact(UUID cityId, FactKind kind, int year, BigDecimal value, RegistryUnit unit, String source) {
		this.facts.save(new CityFact(cityId, kind, year, value, unit, source));
	}

	@Transactional
	UUID registerTarget(@Nullable UUID cityId, String countryCode, TargetDetails details) {
		this.registry.validate(details, null);
		var target = this.targets.save(new ClimateTarget(cityId, countryCode, details, this.clock.instant()));
		this.audit.record("ClimateTarget", target.getId(), "CREATED", details.title());
		return target.getId();
	}

	/**
	 * Marks two targets whose sources contradict each other; both stay as their sources
	 * state them, and each page points to the other. Used by the demo data (Jilin's 2030
	 * figure).
	 */
	@Transactional
	void markSourcesDisagree(UUID first, UUID second) {
		var a = this.registry.target(first);
		var b = this.registry.target(second);
		a.sourcesDisagreeWith(b.getId());
		b.sourcesDisagreeWith(a.getId());
		this.audit.record("ClimateTarget", a.getId(), "SOURCES_DISAGREE", b.getId().toString());
		this.audit.record("ClimateTarget", b.getId(), "SOURCES_DISAGREE", a.getId().toString());
	}

	@Transactional
	void registerFocalPoint(UUID cityId, UUID accountId) {
		this.cities.addEditor(cityId, accountId);
	}

	@Transactional(readOnly = true)
	String countryOf(UUID cityId) {
		return this.registry.city(cityId).getCountryCode();
	}

	@Transactional(readOnly = true)
	@Nullable UUID findCity(String countryCode, String nameEn) {
		return this.cities.byName(countryCode, nameEn).stream().map(City::getId).findFirst().orElse(null);
	}

}
