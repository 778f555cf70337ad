package org.lccp.gatherings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A forum, workshop, training, field visit or meeting, with its seats. Registrations are
 * decided while the gathering row is locked, so the seat rules below see every earlier
 * registration.
 */
@Entity
@Table(name = "gathering")
class Gathering {

	@Id
	private UUID id;

	private String title;

	@Enumerated(EnumType.STRING)
	private GatheringType type;

	@Enumerated(EnumType.STRING)
	private GatheringFormat format;

	private @Nullable String theme;

	private @Nullable String summary;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "venue_city")
	private @Nullable String venueCity;

	/** The venue's city in the registry; null for a venue outside it. */
	@Column(name = "venue_city_id")
	private @Nullable UUID venueCityId;

	@Column(name = "venue_country")
	private @Nullable String venueCountry;

	@Column(name = "venue_address")
	private @Nullable String venueAddress;

	@Column(name = "online_link")
	private @Nullable String onlineLink;

	private @Nullable String organisers;

	private @Nullable String partners;

	private @Nullable String languages;

	private @Nullable String interpretation;

	@Column(name = "capacity_in_person")
	private @Nullable Integer capacityInPerson;

	@Column(name = "capacity_online")
	private @Nullable Integer capacityOnline;

	@Column(name = "registration_deadline")
	private @Nullable Instant registrationDeadline;

	@Column(name = "reported_in_person")
	private @Nullable Integer reportedInPerson;

	@Column(name = "reported_online")
	private @Nullable Integer reportedOnline;

	@Column(name = "outcome_summary")
	private @Nullable String outcomeSummary;

	@Column(name = "outcome_published_at")
	private @Nullable Instant outcomePublishedAt;

	private boolean demo;

	/** Proposed in the sources, which do not confirm that it was held. */
	private boolean unconfirmed;

	@Column(name = "source_note")
	private @Nullable String sourceNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Gathering() {
	}

	Gathering(GatheringDetails details, boolean demo, @Nullable String sourceNote, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.demo = demo;
		this.sourceNote = sourceNote;
		this.createdAt = createdAt;
		edit(details);
	}

	/**
	 * Replaces the description; refuses an end before the start or negative capacities.
	 */
	void edit(GatheringDetails d) {
		var zone = d.timeZone();
		var start = d.startsAt().atZone(zone).toInstant();
		var end = d.endsAt().atZone(zone).toInstant();
		if (end.isBefore(start)) {
			throw new InvalidGatheringException("gatherings.validation.endBeforeStart");
		}
		if (negative(d.capacityInPerson()) || negative(d.capacityOnline())) {
			throw new InvalidGatheringException("gatherings.validation.negativeCapacity");
		}
		this.title = d.title();
		this.type = d.type();
		this.format = d.format();
		this.theme = d.theme();
		this.summary = d.summary();
		this.startsAt = start;
		this.endsAt = end;
		this.timeZone = zone.getId();
		this.venueCity = d.venueCity();
		this.venueCityId = d.venueCityId();
		this.venueCountry = d.venueCountry();
		this.venueAddress = d.venueAddress();
		this.onlineLink = d.onlineLink();
		this.organisers = d.organisers();
		this.partners = d.partners();
		this.languages = d.languages();
		this.interpretation = d.interpretation();
		this.capacityInPerson = d.capacityInPerson();
		this.capacityOnline = d.capacityOnline();
		this.registrationDeadline = d.registrationDeadline() == null ? null
				: d.registrationDeadline().atZone(zone).toInstant();
	}

	private static boolean negative(@Nullable Integer value) {
		return value != null && value < 0;
	}

	/**
	 * Decides a new registration: a seat while there is one, the waiting list once they
	 * are taken.
	 * @param confirmed registrations already holding a seat of this mode
	 */
	RegistrationStatus admit(AttendanceMode mode, long confirmed, Instant now) {
		if (!this.format.offers(mode)) {
			throw new RegistrationRefusedException("gatherings.registration.modeNotOffered");
		}
		if (!registrationOpen(now)) {
			throw new RegistrationRefusedException("gatherings.registration.closed");
		}
		return hasSeat(mode, confirmed) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
	}

	boolean hasSeat(AttendanceMode mode, long confirmed) {
		var capacity = capacity(mode);
		return capacity == null || confirmed < capacity;
	}

	@Nullable Integer capacity(AttendanceMode mode) {
		return mode == AttendanceMode.IN_PERSON ? this.capacityInPerson : this.capacityOnline;
	}

	boolean registrationOpen(Instant now) {
		var closes = this.registrationDeadline == null ? this.startsAt : this.registrationDeadline;
		return now.isBefore(closes) && now.isBefore(this.startsAt);
	}

	boolean isPast(Instant now) {
		return !this.endsAt.isAfter(now);
	}

	boolean hasStarted(Instant now) {
		return !this.startsAt.isAfter(now);
	}

	void publishOutcome(String summary, Instant at) {
		this.outcomeSummary = summary;
		this.outcomePublishedAt = at;
	}

	void recordReportedFigures(@Nullable Integer inPerson, @Nullable Integer online) {
		this.reportedInPerson = inPerson;
		this.reportedOnline = online;
	}

	UUID getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	GatheringType getType() {
		return this.type;
	}

	GatheringFormat getFormat() {
		return this.format;
	}

	@Nullable String getTheme() {
		return this.theme;
	}

	@Nullable String getSummary() {
		return this.summary;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	Instant getEndsAt() {
		return this.endsAt;
	}

	String getTimeZone() {
		return this.timeZone;
	}

	@Nullable String getVenueCity() {
		return this.venueCity;
	}

	@Nullable UUID getVenueCityId() {
		return this.venueCityId;
	}

	/** Links the venue, kept as a name, to the registry's city of that name. */
	void locateIn(UUID cityId) {
		this.venueCityId = cityId;
	}

	@Nullable String getVenueCountry() {
		return this.venueCountry;
	}

	@Nullable String getVenueAddress() {
		return this.venueAddress;
	}

	@Nullable String getOnlineLink() {
		return this.onlineLink;
	}

	@Nullable String getOrganisers() {
		return this.organisers;
	}

	@Nullable String getPartners() {
		return this.partners;
	}

	@Nullable String getLanguages() {
		return this.languages;
	}

	@Nullable String getInterpretation() {
		return this.interpretation;
	}

	@Nullable Integer getCapacityInPerson() {
		return this.capacityInPerson;
	}

	@Nullable Integer getCapacityOnline() {
		return this.capacityOnline;
	}

	@Nullable Instant getRegistrationDeadline() {
		return this.registrationDeadline;
	}

	@Nullable Integer getReportedInPerson() {
		return this.reportedInPerson;
	}

	@Nullable Integer getReportedOnline() {
		return this.reportedOnline;
	}

	@Nullable String getOutcomeSummary() {
		return this.outcomeSummary;
	}

	@Nullable Instant getOutcomePublishedAt() {
		return this.outcomePublishedAt;
	}

	boolean isDemo() {
		return this.demo;
	}

	boolean isUnconfirmed() {
		return this.unconfirmed;
	}

	void markUnconfirmed() {
		this.unconfirmed = true;
	}

	@Nullable String getSourceNote() {
		return this.sourceNote;
	}

	long getVersion() {
		return this.version;
	}

}
