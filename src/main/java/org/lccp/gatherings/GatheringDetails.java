package org.lccp.gatherings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the secretariat says about a gathering. Times are wall-clock times in the
 * gathering's own time zone, as the invitation states them.
 *
 * @param organisers institutions organising it, one per line
 * @param partners partner institutions, one per line
 * @param capacityInPerson seats in the room; null means no limit
 * @param capacityOnline places online; null means no limit
 * @param registrationDeadline last moment to register; null means until the start
 * @param venueCityId the venue's city in the registry; null for a venue outside it, or to
 * let the module find the city the venue's name and country designate
 */
public record GatheringDetails(String title, GatheringType type, GatheringFormat format, @Nullable String theme,
		@Nullable String summary, LocalDateTime startsAt, LocalDateTime endsAt, ZoneId timeZone,
		@Nullable String venueCity, @Nullable String venueCountry, @Nullable String venueAddress,
		@Nullable String onlineLink, @Nullable String organisers, @Nullable String partners, @Nullable String languages,
		@Nullable String interpretation, @Nullable Integer capacityInPerson, @Nullable Integer capacityOnline,
		@Nullable LocalDateTime registrationDeadline, @Nullable UUID venueCityId) {

	/** A gathering whose venue city is found by its name. */
	public GatheringDetails(String title, GatheringType type, GatheringFormat format, @Nullable String theme,
			@Nullable String summary, LocalDateTime startsAt, LocalDateTime endsAt, ZoneId timeZone,
			@Nullable String venueCity, @Nullable String venueCountry, @Nullable String venueAddress,
			@Nullable String onlineLink, @Nullable String organisers, @Nullable String partners,
			@Nullable String languages, @Nullable String interpretation, @Nullable Integer capacityInPerson,
			@Nullable Integer capacityOnline, @Nullable LocalDateTime registrationDeadline) {
		this(title, type, format, theme, summary, startsAt, endsAt, timeZone, venueCity, venueCountry, venueAddress,
				onlineLink, organisers, partners, languages, interpretation, capacityInPerson, capacityOnline,
				registrationDeadline, null);
	}

	/** The same description with the venue in the given registry city. */
	GatheringDetails inCity(@Nullable UUID cityId, @Nullable String cityName, @Nullable String country) {
		return new GatheringDetails(this.title, this.type, this.format, this.theme, this.summary, this.startsAt,
				this.endsAt, this.timeZone, cityName, country, this.venueAddress, this.onlineLink, this.organisers,
				this.partners, this.languages, this.interpretation, this.capacityInPerson, this.capacityOnline,
				this.registrationDeadline, cityId);
	}

}
