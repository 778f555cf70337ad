package org.lccp.cities;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.lccp.identity.AuditLog;
import org.lccp.shared.security.CurrentUser;
import org.lccp.shared.security.Role;
import org.lccp.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The target registry: climate targets of cities and national commitments, their progress
 * and their comparison. A city's focal points edit its targets, the secretariat edits
 * every target and alone records national commitments and imports. Every write checks its
 * role here and is audited in the same transaction.
 */
@Service
public class TargetRegistry {

	private final Registry registry;

	private final Targets targets;

	private final Progress progress;

	private final AuditLog audit;

	private final Clock clock;

	TargetRegistry(Registry registry, Targets targets, Progress progress, AuditLog audit, Clock clock) {
		this.registry = registry;
		this.targets = targets;
		this.progress = progress;
		this.audit = audit;
		this.clock = clock;
	}

	// --- reading
	// --------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<TargetView> targets(TargetFilter filter, Pageable page) {
		var found = this.targets.findAll(Queries.targets(filter), page);
		return new PageImpl<>(this.registry.views(found.getContent()), page, found.getTotalElements());
	}

	/**
	 * The cities with a target of any of these types, each once, for work that goes city
	 * by city over the whole registry (reading every target's view a page at a time
	 * instead took minutes at 100,000 cities: each deeper page sorts and counts them all
	 * again).
	 */
	@Transactional(readOnly = true)
	public List<UUID> citiesWithTargets(java.util.Collection<TargetType> types) {
		return types.isEmpty() ? List.of() : this.targets.citiesWithAnyOf(types);
	}

	@Transactional(readOnly = true)
	public TargetView target(UUID id) {
		return this.registry.views(List.of(this.registry.target(id))).get(0);
	}

	/** A target with whether the reader may edit it and, for its editors, its history. */
	@Transactional(readOnly = true)
	public TargetFile targetFile(UUID id) {
		var target = this.registry.target(id);
		var editable = target.getCityId() == null ? CurrentUser.has(Role.SECRETARIAT)
				: this.registry.canEdit(target.getCityId());
		return new TargetFile(this.registry.views(List.of(target)).get(0), editable,
				editable ? this.registry.history("ClimateTarget", id) : List.of());
	}

	/** Views of a batch of targets, for the bulk download (within its transaction). */
	List<TargetView> viewsOf(List<ClimateTarget> list) {
		return this.registry.views(list);
	}

	// --- writing
	// --------------------------------------------------------------------------------------------

	/** A target of a city; the city's editors record those. */
	@Transactional
	public UUID addTarget(UUID cityId, TargetDetails details) {
		var city = this.registry.city(cityId);
		this.registry.requireEditor(cityId);
		this.registry.validate(details, null);
		var target = this.targets.save(new ClimateTarget(cityId, city.getCountryCode(), details, this.clock.instant()));
		this.audit.record("ClimateTarget", target.getId(), "CREATED", city.getNameEn() + ": " + details.title());
		this.registry.changed();
		return target.getId();
	}

	/** A national commitment of a country; only the secretariat records those. */
	@Transactional
	public UUID addNationalTarget(String countryCode, TargetDetails details) {
		Registry.requireSecretariat();
		this.registry.requireCountry(countryCode);
		this.registry.validate(details, null);
		var target = this.targets.save(new ClimateTarget(null, countryCode, details, this.clock.instant()));
		this.audit.record("ClimateTarget", target.getId(), "CREATED", countryCode + ": " + details.title());
		this.registry.changed();
		return target.getId();
	}

	/** Edits a target; a stale version answers 409. */
	@Transactional
	public void updateTarget(UUID id, TargetDetails details, long version) {
		var target = this.registry.target(id);
		this.registry.requireTargetEditor(target);
		Registry.checkVersion(target.getVersion(), version);
		this.registry.validate(details, id);
		var before = target.details();
		target.edit(details, this.clock.instant());
		this.audit.record("ClimateTarget", id, "EDITED", Registry.diff(before, details));
		this.registry.changed();
	}

	/** Records the progress of a target in a year. */
	@Transactional
	public void addProgress(UUID targetId, ProgressDetails details) {
		var target = this.registry.target(targetId);
		this.registry.requireTargetEditor(target);
		var violations = TargetRules.checkProgress(details, target);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		this.progress.save(new TargetProgress(targetId, details, this.clock.instant()));
		this.audit.record("ClimateTarget", targetId, "PROGRESS_ADDED",
				details.year() + ": value=" + Registry.plain(details.value()) + ", share="
						+ Registry.plain(details.shareAchieved())
						+ (details.note() == null ? "" : ", " + details.note()));
		this.registry.changed();
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
	public void importTargets(List<ImportedTarget> list, IntConsumer stored) {
		Registry.requireSecretariat();
		var n = 0;
		for (var t : list) {
			this.registry.requireCountry(t.countryCode());
			this.registry.validate(t.details(), null);
			var target = this.targets
				.save(new ClimateTarget(t.cityId(), t.countryCode(), t.details(), this.clock.instant()));
			this.audit.record("ClimateTarget", target.getId(), "IMPORTED", t.details().title());
			stored.accept(++n);
		}
		this.registry.changed();
	}

	// --- views
	// ----------------------------------------------------------------------------------------------

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

	/** No target with this id. */
	public static class TargetNotFoundException extends NotFoundException {

		TargetNotFoundException(UUID id) {
			super("cities.target.notFound", id);
		}

	}

}
