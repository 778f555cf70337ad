package org.lccp.gatherings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One participant's answer to a gathering's feedback survey. */
@Entity
@Table(name = "gathering_feedback")
class Feedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "gathering_id")
	private UUID gatheringId;

	@Column(name = "account_id")
	private UUID accountId;

	private int rating;

	private @Nullable String comment;

	@Column(name = "given_at")
	private Instant givenAt;

	protected Feedback() {
	}

	Feedback(UUID gatheringId, UUID accountId, int rating, @Nullable String comment, Instant givenAt) {
		this.gatheringId = gatheringId;
		this.accountId = accountId;
		this.rating = rating;
		this.comment = comment;
		this.givenAt = givenAt;
	}

	int getRating() {
		return this.rating;
	}

	@Nullable String getComment() {
		return this.comment;
	}

}
