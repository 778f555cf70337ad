package org.lccp.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A peer review was published: its report, recommendations and the city's replies are now
 * public. Announced after the publishing transaction commits; the review's report becomes
 * a knowledge-hub publication in reaction to it.
 *
 * @param reviewId the review
 * @param cityId the reviewed city
 * @param publishedBy the secretariat account that published it (the report is published
 * in the hub in its name)
 * @param publishedAt when
 */
public record ReviewPublished(UUID reviewId, UUID cityId, UUID publishedBy, Instant publishedAt) {
}
