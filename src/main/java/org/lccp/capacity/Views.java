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
			@Nullable String sourceNote, @Nullable UUID postedBy, Instant createdAt) {
	}

	public record Offer(UUID id, String title, String provider, @Nullable String description, List<String> topics,
			List<String> kinds, List<String> languages, List<String> countries, @Nullable LocalDate availableFrom,
			@Nullable LocalDate availableUntil, boolean costShared, String status, @Nullable String sourceNote,
			@Nullable UUID postedBy, Instant createdAt) {
	}

	public record Match(UUID id, UUID needId, String needTitle, UUID offerId, String offerTitle, int score,
			String status, boolean needAccepted, boolean offerAccepted, @Nullable UUID gatheringId,
			@Nullable LocalDate plannedOn, @Nullable Integer participants, @Nullable String outcome, int version) {
	}

}
