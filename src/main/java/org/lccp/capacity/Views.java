package org.lccp.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What pages and the API read of needs, offers and matches.
 */
public final class Views {

	private Views() {
	}

	public record Need(UUID id, String title, @Nullable String description, List<String> topics,
			@Nullable String sector, String kind, List<String> languages, String country, @Nullable String audience,
			@Nullable String funding, @Nullable LocalDate wantedFrom, @Nullable LocalDate wantedUntil, String status,
			@Nullable String sourceNote, @Nullable UUID postedBy, Instant createdAt, @Nullable Long recommendationId,
			@Nullable UUID studyId) {
	}

	public record Offer(UUID id, String title, String provider, @Nullable String description, List<String> topics,
			List<String> kinds, List<String> languages, List<String> countries, @Nullable LocalDate availableFrom,
			@Nullable LocalDate availableUntil, boolean costShared, String status, @Nullable String sourceNote,
			@Nullable UUID postedBy, Instant createdAt) {
	}

	/**
	 * A match of a need with an offer or an expert of the roster ({@code offerId} or
	 * {@code expertId} is set); {@code offerTitle} names the offer or the expert.
	 */
	public record Match(UUID id, UUID needId, String needTitle, @Nullable UUID offerId, String offerTitle,
			@Nullable UUID expertId, @Nullable UUID expertAccount, int score, String status, boolean needAccepted,
			boolean offerAccepted, @Nullable UUID gatheringId, @Nullable LocalDate plannedOn,
			@Nullable Integer participants, @Nullable String outcome, @Nullable String feedback,
			@Nullable Integer rating, @Nullable String changes, @Nullable String evidenceUrl, int version) {
	}

}
