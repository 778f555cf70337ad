package org.lccp.review;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form records of the review pages; entities never reach a page. Criteria, scores,
 * dates and choices are typed: a value that does not convert is the binder's
 * {@code typeMismatch} field error, shown where the step's refusal would be.
 */
public final class ReviewForms {

	private ReviewForms() {
	}

	/** A city's request for a review. */
	public record RequestForm(@Nullable String scope, @Nullable String languages, @Nullable String period) {
	}

	/** The secretariat's decision; a decline needs a reason. */
	public record DecisionForm(@Nullable Decision decision, @Nullable String reason) {
	}

	/**
	 * The secretariat's answer to a request, posted as {@code accept} or {@code decline}.
	 */
	public enum Decision {

		ACCEPT, DECLINE

	}

	/** A proposed team member, by account email. */
	public record MemberForm(@Nullable String email, @Nullable Boolean lead, @Nullable Boolean declaredConflict) {

		boolean isLead() {
			return Boolean.TRUE.equals(this.lead);
		}

		boolean hasDeclaredConflict() {
			return Boolean.TRUE.equals(this.declaredConflict);
		}

	}

	/** One reviewer's score on one criterion. */
	public record AssessmentForm(@Nullable Integer criterion, @Nullable Integer score, @Nullable String finding,
			@Nullable String privateNote, @Nullable Boolean evidencePrivate) {

		boolean isEvidencePrivate() {
			return Boolean.TRUE.equals(this.evidencePrivate);
		}

	}

	/** A recommendation of the team. */
	public record RecommendationForm(@Nullable Integer criterion, @Nullable String sector,
			@Nullable RecommendationPriority priority, @Nullable String timeline, @Nullable String text) {
	}

	/**
	 * Opening the right of reply until a deadline (ISO date; the step checks that it lies
	 * ahead, so no further bounds).
	 */
	public record ReplyStageForm(@DateTimeFormat(pattern = "yyyy-MM-dd") @Nullable LocalDate deadline) {
	}

	/** The host city's reply to one recommendation. */
	public record ReplyForm(@Nullable ReplyAnswer answer, @Nullable String comment) {
	}

	/** A follow-up status change; dropping needs a reason. */
	public record FollowUpForm(@Nullable FollowUpStatus status, @Nullable String reason) {
	}

	/** The host city's self-assessment of one criterion. */
	public record SelfAssessmentForm(@Nullable Integer criterion, @Nullable Integer score, @Nullable String narrative,
			@Nullable String evidence) {
	}

	/** The lead's reconciled team finding on one criterion. */
	public record TeamFindingForm(@Nullable Integer criterion, @Nullable Integer score, @Nullable String finding) {
	}

	/** An invited reviewer's answer: accept, decline or conflict (with a reason). */
	public record InvitationForm(@Nullable InvitationAnswer answer, @Nullable String reason) {
	}

	/**
	 * What an invited reviewer answers, posted as {@code accept}, {@code decline} or
	 * {@code conflict}.
	 */
	public enum InvitationAnswer {

		ACCEPT, DECLINE, CONFLICT

	}

	/** The host city's objection to a proposed reviewer. */
	public record ObjectionForm(@Nullable String reason) {
	}

}
