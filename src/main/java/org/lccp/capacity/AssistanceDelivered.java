package org.lccp.capacity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Capacity building or technical assistance was delivered and its need closed. The review
 * module listens so that the follow-up of the recommendation or study the need came from
 * is updated.
 *
 * @param recommendationId the peer-review recommendation the need came from, if any
 * @param studyId the analytical study the need came from, if any
 * @param gatheringId the gathering the assistance was held as, if any
 */
public record AssistanceDelivered(UUID matchId, UUID needId, String needTitle, @Nullable Long recommendationId,
		@Nullable UUID studyId, @Nullable UUID gatheringId) {
}
