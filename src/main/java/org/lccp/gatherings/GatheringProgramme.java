package org.lccp.gatherings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.files.FileRules;
import org.lccp.files.FileStore;
import org.lccp.identity.AuditLog;
import org.lccp.shared.domain.CitiesRegistered;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.shared.web.ConflictException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import static org.lccp.gatherings.GatheringRoles.requireSecretariat;

/**
 * The programme of gatherings as the secretariat describes it: the gathering itself, its
 * agenda sessions, outcome materials and the outcome report, whose publication announces
 * {@link GatheringHeld}. Every public write checks the secretariat's role itself; the
 * demo loader records gatherings from the documents through package-private paths without
 * checks.
 */
@Service
public class GatheringProgramme {

	private final Gatherings gatherings;

	private final AgendaSessions sessions;

	private final Materials materials;

	private final GatheringRegistrations registrations;

	private final AuditLog audit;

	private final FileStore files;

	private final ObjectProvider<CityRegistry> cities;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	GatheringProgramme(Gatherings gatherings, AgendaSessions sessions, Materials materials,
			GatheringRegistrations registrations, AuditLog audit, FileStore files, ObjectProvider<CityRegistry> cities,
			Clock clock, ApplicationEventPublisher events) {
		this.gatherings = gatherings;
		this.sessions = sessions;
		this.materials = materials;
		this.registrations = registrations;
		this.audit = audit;
		this.files = files;
		this.cities = cities;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public UUID create(GatheringDetails details) {
		requireSecretariat();
		var gathering = this.gatherings.save(new Gathering(inRegistry(details), false, null, this.clock.instant()));
		this.audit.record("Gathering", gathering.getId(), "CREATED", details.title());
		return gathering.getId();
	}

	/**
	 * Records a gathering from the platform's documents, with the participant figures
	 * they report.
	 */
	@Transactional
	UUID recordFromDocuments(GatheringDetails details, boolean demo, String sourceNote,
			@Nullable Integer reportedInPerson, @Nullable Integer reportedOnline) {
		var gathering = new Gathering(inRegistry(details), demo, sourceNote, this.clock.instant());
		gathering.recordReportedFigures(reportedInPerson, reportedOnline);
		this.gatherings.save(gathering);
		this.audit.record("Gathering", gathering.getId(), "CREATED", sourceNote);
		return gathering.getId();
	}

	/**
	 * Marks a gathering recorded from the documents as only proposed there: its page and
	 * list entry say it is not confirmed as held.
	 */
	@Transactional
	void markUnconfirmed(UUID id) {
		load(id).markUnconfirmed();
		this.audit.record("Gathering", id, "UNCONFIRMED", "Proposed in the sources, not confirmed as held");
	}

	/**
	 * Edits a gathering; raised capacities move people up from the waiting lists.
	 * @param version the version the editor read (a
	 * {@link GatheringManagement.GatheringView#version()})
	 * @throws ConflictException when someone changed the gathering since; nothing is
	 * stored then
	 */
	@Transactional
	public void update(UUID id, GatheringDetails details, long version) {
		requireSecretariat();
		var gathering = locked(id);
		unchangedSince(gathering, version);
		gathering.edit(inRegistry(details));
		this.audit.record("Gathering", id, "EDITED", details.title());
		for (var mode : AttendanceMode.values()) {
			this.registrations.fillSeats(gathering, mode);
		}
	}

	@Transactional
	public void addSession(UUID id, SessionDetails details) {
		addSession(id, details, null);
	}

	/** An agenda session the documents describe, added by the demo loader. */
	@Transactional
	void addDocumentedSession(UUID id, SessionDetails details) {
		programmeSession(id, details, null);
	}

	/**
	 * Adds an agenda session, with an uploaded session document if one is given. Session
	 * documents are public at once, like the gathering itself.
	 * @throws org.lccp.files.InvalidFileException when the document is refused; nothing
	 * is added then
	 */
	@Transactional
	public void addSession(UUID id, SessionDetails details, @Nullable MultipartFile document) {
		requireSecretariat();
		programmeSession(id, details, document);
	}

	private void programmeSession(UUID id, SessionDetails details, @Nullable MultipartFile document) {
		var gathering = load(id);
		var zone = ZoneId.of(gathering.getTimeZone());
		var session = this.sessions.save(new AgendaSession(id, details.title(),
				details.startsAt().atZone(zone).toInstant(), details.endsAt().atZone(zone).toInstant(),
				details.speakers(), details.moderators(), details.documentUrl()));
		if (document != null) {
			var stored = this.files.store(document, FileRules.documents());
			this.files.setPublic(stored.id(), true);
			session.attachDocument(stored.id());
		}
		this.audit.record("Gathering", id, "SESSION_ADDED", "session=" + session.getId() + " " + details.title());
	}

	/** Removes an agenda session and its uploaded document. */
	@Transactional
	public void removeSession(UUID id, long sessionId) {
		requireSecretariat();
		var session = this.sessions.findById(sessionId)
			.filter((s) -> s.getGatheringId().equals(id))
			.orElseThrow(() -> new GatheringNotFoundException(id));
		this.sessions.delete(session);
		if (session.getDocumentFileId() != null) {
			this.files.delete(session.getDocumentFileId());
		}
		this.audit.record("Gathering", id, "SESSION_REMOVED", "session=" + sessionId);
	}

	@Transactional
	public void addMaterial(UUID id, MaterialKind kind, String title, String url) {
		requireSecretariat();
		load(id);
		this.materials.save(new Material(id, kind, title, url, this.clock.instant()));
		this.audit.record("Gathering", id, "MATERIAL_ADDED", kind + " " + url);
	}

	/**
	 * Adds an uploaded document, presentation or photo to the outcome. Pictures only for
	 * photos, documents otherwise. The file is public once the outcome report is (at once
	 * when it already is).
	 * @throws org.lccp.files.InvalidFileException when the file is refused; nothing is
	 * added then
	 */
	@Transactional
	public void addMaterialFile(UUID id, MaterialKind kind, String title, MultipartFile file) {
		requireSecretariat();
		var gathering = load(id);
		if (!kind.mayBeUploaded()) {
			throw new InvalidGatheringException("gatherings.material.fileNotForKind");
		}
		var stored = this.files.store(file, kind.fileRules());
		if (gathering.getOutcomePublishedAt() != null) {
			this.files.setPublic(stored.id(), true);
		}
		this.materials.save(new Material(id, kind, title, stored.id(), this.clock.instant()));
		if (kind == MaterialKind.PHOTO) {
			// Made now, so that the first visitor of the gallery does not wait for it.
			this.files.thumbnail(stored.id());
		}
		this.audit.record("Gathering", id, "MATERIAL_ADDED", kind + " file=" + stored.id() + " " + stored.name());
	}

	/** Removes an outcome material, and its file when it was uploaded. */
	@Transactional
	public void removeMaterial(UUID id, long materialId) {
		requireSecretariat();
		var material = this.materials.findById(materialId)
			.filter((m) -> m.getGatheringId().equals(id))
			.orElseThrow(() -> new GatheringNotFoundException(id));
		this.materials.delete(material);
		if (material.getFileId() != null) {
			this.files.delete(material.getFileId());
		}
		this.audit.record("Gathering", id, "MATERIAL_REMOVED", "material=" + materialId);
	}

	/**
	 * Publishes the outcome report, and with it the uploaded outcome files.
	 * @param version the version the editor read
	 * @throws ConflictException when someone changed the gathering since (another outcome
	 * published, the description edited); nothing is stored then
	 */
	@Transactional
	public void publishOutcome(UUID id, String summary, long version) {
		requireSecretariat();
		var gathering = locked(id);
		unchangedSince(gathering, version);
		var publishedAt = this.clock.instant();
		gathering.publishOutcome(summary, publishedAt);
		for (var material : this.materials.of(id)) {
			if (material.getFileId() != null) {
				this.files.setPublic(material.getFileId(), true);
			}
		}
		this.audit.record("Gathering", id, "OUTCOME_PUBLISHED", null);
		this.events.publishEvent(new GatheringHeld(id, gathering.getTitle(), gathering.getType(),
				gathering.getStartsAt(), gathering.getEndsAt(), gathering.getVenueCityId(), publishedAt));
	}

	/**
	 * Links the venues not yet linked to a city to the one city of their country whose
	 * name they use, in any language, when the registry announces new cities: a city's
	 * page then lists the gatherings held there before it was registered. Heard within
	 * the registry's transaction, so the link is there as soon as the city is; nobody's
	 * role is needed, since it only follows the registry.
	 */
	@EventListener
	void linkVenuesToRegistry(CitiesRegistered registered) {
		var registry = this.cities.getIfAvailable();
		if (registry == null) {
			return;
		}
		for (var gathering : this.gatherings.unlinkedVenues()) {
			registry.named(gathering.getVenueCountry(), gathering.getVenueCity())
				.ifPresent((city) -> gathering.locateIn(city.id()));
		}
	}

	/**
	 * The details with the venue's city taken from the registry: a chosen city gives its
	 * English name and country (the name is kept for history and for the feeds); a typed
	 * name is linked to the one city of the country that bears it.
	 * @throws InvalidGatheringException when the chosen city is not in the registry
	 */
	private GatheringDetails inRegistry(GatheringDetails details) {
		var registry = this.cities.getIfAvailable();
		if (details.venueCityId() != null) {
			var city = registry == null ? null : registry.city(details.venueCityId(), Locale.ENGLISH).orElse(null);
			if (city == null) {
				throw new InvalidGatheringException("gatherings.validation.unknownCity");
			}
			return details.inCity(city.id(), city.nameEn(), city.countryCode());
		}
		if (registry == null || details.venueCity() == null || details.venueCity().isBlank()
				|| details.venueCountry() == null) {
			return details;
		}
		var named = registry.named(details.venueCountry(), details.venueCity());
		return named.isPresent() ? details.inCity(named.get().id(), details.venueCity(), details.venueCountry())
				: details;
	}

	/**
	 * Compared under the row lock, so of two editors who read the same version only the
	 * first one's change is stored.
	 */
	private static void unchangedSince(Gathering gathering, long version) {
		if (gathering.getVersion() != version) {
			throw new ConflictException("error.conflict.stale");
		}
	}

	private Gathering load(UUID id) {
		return this.gatherings.findById(id).orElseThrow(() -> new GatheringNotFoundException(id));
	}

	private Gathering locked(UUID id) {
		return this.gatherings.lockById(id).orElseThrow(() -> new GatheringNotFoundException(id));
	}

	/** One agenda session as the secretariat enters it, in the gathering's time zone. */
	public record SessionDetails(String title, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String speakers,
			@Nullable String moderators, @Nullable String documentUrl) {
	}

}
