package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.CitiesRegistered;
import org.lccp.shared.domain.OpenDataChanged;
import org.lccp.shared.i18n.Countries;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.ConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the city registry, the target registry and the demo seeds share: who may edit a
 * city, the country check, target views with their city and progress, and the
 * announcements every write makes. Package-private so that the two facades stay the only
 * way in; callers run inside their transactions.
 */
@Component
class Registry {

	private final CountryRecords countries;

	private final Cities cities;

	private final Targets targets;

	private final Progress progress;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registry(CountryRecords countries, Cities cities, Targets targets, Progress progress, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.countries = countries;
		this.cities = cities;
		this.targets = targets;
		this.progress = progress;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the signed-in account may edit this city and its targets. */
	boolean canEdit(UUID cityId) {
		if (CurrentUser.has(Role.SECRETARIAT)) {
			return true;
		}
		return CurrentUser.has(Role.CITY_FOCAL_POINT) && CurrentUser.get().isPresent()
				&& this.cities.isEditor(cityId, CurrentUser.id());
	}

	void requireEditor(UUID cityId) {
		if (!canEdit(cityId)) {
			throw new AccessDeniedException("not an editor of city " + cityId);
		}
	}

	void requireTargetEditor(ClimateTarget target) {
		if (target.getCityId() == null) {
			requireSecretariat();
		}
		else {
			requireEditor(target.getCityId());
		}
	}

	static void requireSecretariat() {
		if (!CurrentUser.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("secretariat only");
		}
	}

	static void checkVersion(long current, long expected) {
		if (current != expected) {
			throw new ConflictException("error.conflict.stale");
		}
	}

	/** A country known to ISO 3166 is added on first use; an unknown code is refused. */
	void requireCountry(String code) {
		if (!this.countries.existsById(code)) {
			if (!Countries.isKnown(code)) {
				throw new InvalidInputException(
						List.of(new TargetRules.Violation("countryCode", "cities.city.error.country")));
			}
			this.countries.save(new Country(code, Countries.name(code, Locale.ENGLISH), null));
		}
	}

	City city(UUID id) {
		return this.cities.findById(id).orElseThrow(() -> new CityDirectory.CityNotFoundException(id));
	}

	ClimateTarget target(UUID id) {
		return this.targets.findById(id).orElseThrow(() -> new TargetRegistry.TargetNotFoundException(id));
	}

	/**
	 * Checks a target's rules, and that the target it is superseded by exists and is not
	 * itself.
	 */
	void validate(TargetDetails details, @Nullable UUID self) {
		var violations = new ArrayList<>(TargetRules.check(details));
		if (details.supersededBy() != null
				&& (details.supersededBy().equals(self) || !this.targets.existsById(details.supersededBy()))) {
			violations.add(new TargetRules.Violation("supersededBy", "cities.target.error.supersededBy"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/**
	 * Views of targets with their cities and progress, in three queries for the batch.
	 */
	List<TargetView> views(List<ClimateTarget> list) {
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

	List<AuditLog.Entry> history(String type, UUID id) {
		return this.audit.search(new AuditLog.Filter(null, type, id.toString(), null, null, null), 0).getContent();
	}

	/**
	 * Announced within the transaction, so that modules keeping city names (gatherings'
	 * venues) link them to the new cities at once.
	 */
	void added() {
		this.events.publishEvent(new CitiesRegistered());
	}

	void changed() {
		this.events.publishEvent(new OpenDataChanged(this.clock.instant()));
	}

	static String plain(@Nullable BigDecimal value) {
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

	private static @Nullable Object normal(@Nullable Object value) {
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros();
		}
		if (value instanceof String s) {
			return s.isBlank() ? null : s.strip();
		}
		return value;
	}

}
