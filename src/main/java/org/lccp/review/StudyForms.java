package org.lccp.review;

import org.jspecify.annotations.Nullable;

/** The form records of the analytical-study pages. */
public final class StudyForms {

	private StudyForms() {
	}

	/** A newcomer city's interest with its baseline information. */
	public record StudyRequestForm(@Nullable String interests, @Nullable String population, @Nullable String gdp,
			@Nullable String energyUse, @Nullable String inventory, @Nullable String existingPlans,
			@Nullable String priorities, @Nullable String capacities) {

		static StudyRequestForm empty() {
			return new StudyRequestForm("", "", "", "", "", "", "", "");
		}

	}

	/** An expert the secretariat assigns, by account email. */
	public record StudyExpertForm(@Nullable String email) {
	}

	/** The experts' delivery. */
	public record StudyDeliveryForm(@Nullable String findings, @Nullable String options,
			@Nullable String suggestedPeers) {
	}

	/**
	 * The city's comment and its choice of readers; a choice that does not convert is the
	 * binder's {@code typeMismatch} field error.
	 */
	public record StudyCommentForm(@Nullable String comment, @Nullable StudyVisibility visibility) {
	}

}
