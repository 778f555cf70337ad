package org.lccp.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The follow-up status of a published review's recommendation changed: the host city
 * recorded its progress, or delivered capacity building moved it to in progress.
 *
 * @param reviewId the review the recommendation belongs to
 * @param recommendationId the recommendation
 * @param from the status before
 * @param to the status now
 * @param reason the reason given, if any
 * @param changedBy the account that made or recorded the change
 * @param changedAt when
 */
public record RecommendationStatusChanged(UUID reviewId, long recommendationId, FollowUpStatus from, FollowUpStatus to,
		@Nullable String reason, UUID changedBy, Instant changedAt) {
}
