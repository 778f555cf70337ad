package org.lccp.gatherings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A gathering was held and its outcome report published: what other modules may record of
 * it (a city's history, an expert's past work, a programme report). Published with the
 * outcome, heard through the event publication registry.
 *
 * @param venueCityId the venue's city in the registry; null for a venue outside it or an
 * online gathering
 */
public record GatheringHeld(UUID gatheringId, String title, GatheringType type, Instant startsAt, Instant endsAt,
		@Nullable UUID venueCityId, Instant outcomePublishedAt) {
}
