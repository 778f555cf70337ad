package org.lccp.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lccp.cities.CityView;

/** What pages and the API see of reviews, already cut to what the reader may see. */
public final class ReviewViews {

	private ReviewViews() {
	}

	/** A review in lists. */
	public record Summary(UUID id, CityView city, ReviewStatus status, Instant createdAt,
			@Nullable Instant publishedAt) {

		public int year() {
			return (this.publishedAt != null ? this.publishedAt : this.createdAt).atZone(java.time.ZoneOffset.UTC)
				.getYear();
		}

	}

	/** One criterion of the pinned version. */
	public record Criterion(int position, String title, String guidance, String evidence, int scaleMax,
			BigDecimal weight, @Nullable String sector) {
	}

	/** A team member. */
	public record Member(UUID accountId, String displayName, boolean lead, boolean accepted) {
	}

	/** What an invited reviewer sees before answering. */
	public record Invitation(Summary summary, String scope, String languages, @Nullable String period) {
	}

	/** The host city's objection to a proposed reviewer. */
	public record Objection(String reviewer, String reason, Instant createdAt) {
	}

	/**
	 * A reviewer's score; the private note is null unless the reader is on the team or in
	 * the secretariat.
	 */
	public record Assessment(String reviewer, int position, int score, String finding, @Nullable String privateNote) {
	}

	/** One change of a recommendation's follow-up status. */
	public record FollowUp(FollowUpStatus status, @Nullable String reason, Instant changedAt) {
	}

	/** A recommendation with the city's reply and its follow-up history. */
	public record Recommendation(long id, int position, @Nullable String sector, String priority,
			@Nullable String timeline, String text, @Nullable ReplyAnswer reply, @Nullable String replyComment,
			FollowUpStatus followUp, List<FollowUp> history) {
	}

	/** The host city's own score and narrative on one criterion. */
	public record SelfAssessment(int position, int score, String narrative, @Nullable String evidence) {
	}

	/**
	 * The team's reconciled finding on one criterion (what the report says), with the
	 * city's reply.
	 */
	public record TeamFinding(int position, int score, String finding, @Nullable ReplyAnswer reply,
			@Nullable String replyComment) {
	}

	/** A review as the reader may see it, with what the reader may do. */
	public record Review(Summary summary, Record record, @Nullable String scope, @Nullable String languages,
			@Nullable String period, @Nullable String declineReason, int criteriaVersion, List<Criterion> criteria,
			List<Member> team, List<SelfAssessment> selfAssessments, List<Assessment> assessments,
			List<TeamFinding> teamFindings, List<Recommendation> recommendations, @Nullable LocalDate replyDeadline,
			boolean host, boolean reviewer, boolean lead, boolean secretariat, List<ReviewFile> files) {

		/** The files given for one purpose (and criterion, for evidence). */
		public List<ReviewFile> files(String purpose, @Nullable Integer position) {
			return this.files.stream()
				.filter((f) -> f.purpose().equals(purpose) && (position == null || position.equals(f.position())))
				.toList();
		}

	}

	/**
	 * A published review in the open API: city, year, status, the team's findings and the
	 * recommendations with the city's replies and follow-up.
	 */
	public record PublicReview(UUID id, UUID cityId, String city, String country, int year, ReviewStatus status,
			@Nullable Instant publishedAt, @Nullable String scope, int criteriaVersion, Record record,
			List<TeamFinding> findings, List<Recommendation> recommendations) {
	}

	/**
	 * Where a review comes from: a historical record held before the platform (with what
	 * the documents say), a demo review, or neither.
	 *
	 * @param held when it was held, as precisely as the source says
	 * @param notes co-organisers, tools discussed and other facts of the source
	 * @param gatheringId the review's workshop or field visit, if any
	 * @param publicationId the report's publication in the knowledge hub, once published
	 */
	public record Record(boolean historical, boolean demo, @Nullable String held, @Nullable String notes,
			@Nullable String sourceNote, @Nullable UUID gatheringId, @Nullable UUID publicationId) {

		/** Where the report is read in the knowledge hub, or null. */
		public @Nullable String publicationPath() {
			return this.publicationId == null ? null : "/publications/" + this.publicationId;
		}

	}

	/**
	 * A file of a review as the reader may see it.
	 *
	 * @param purpose REQUEST, SELF or ASSESSMENT
	 * @param position the criterion, for evidence
	 * @param uploader who gave it
	 * @param privateFile whether only the team and the secretariat see it
	 */
	public record ReviewFile(UUID fileId, String purpose, @Nullable Integer position, String name, String uploader,
			boolean privateFile, String path) {
	}

}
