package org.lccp.gatherings;

import java.time.LocalDateTime;
import java.time.ZoneId;

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
 */
public record GatheringDetails(String title, GatheringType type, GatheringFormat format, @Nullable String theme,
		@Nullable String summary, LocalDateTime startsAt, LocalDateTime endsAt, ZoneId timeZone,
		@Nullable String venueCity, @Nullable String venueCountry, @Nullable String venueAddress,
		@Nullable String onlineLink, @Nullable String organisers, @Nullable String partners, @Nullable String languages,
		@Nullable String interpretation, @Nullable Integer capacityInPerson, @Nullable Integer capacityOnline,
		@Nullable LocalDateTime registrationDeadline) {

}
