package org.lccp.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * The steps of an item's way to publication: which states each may start from, where it
 * leads, whether it needs a reason, and how the history and the audit log name it.
 * {@link KnowledgeItem} takes the steps; {@link Editorial} checks who may.
 */
enum EditorialStep {

	/** An author (or a reviewer) hands in a draft, a returned or a taken-down item. */
	SUBMIT(ContentStatus.SUBMITTED, "knowledge.workflow.notSubmittable", false, Comment.Action.SUBMITTED, "submitted"),

	/** A reviewer sends a submitted item back with comments. */
	RETURN(ContentStatus.RETURNED, "knowledge.workflow.notSubmitted", true, Comment.Action.RETURNED, "returned"),

	/**
	 * A reviewer publishes an item in any state but published: reviewers may publish what
	 * they wrote themselves without submitting it first.
	 */
	PUBLISH(ContentStatus.PUBLISHED, "knowledge.workflow.alreadyPublished", false, Comment.Action.PUBLISHED,
			"published"),

	/** A reviewer takes a published item down with a reason. */
	UNPUBLISH(ContentStatus.UNPUBLISHED, "knowledge.workflow.notPublished", true, Comment.Action.UNPUBLISHED,
			"unpublished");

	/** Longest comment, note or reason, as the item page's text boxes allow. */
	static final int MAX_NOTE = 5000;

	private final ContentStatus to;

	private final String refusal;

	private final boolean needsReason;

	private final Comment.Action comment;

	private final String audited;

	EditorialStep(ContentStatus to, String refusal, boolean needsReason, Comment.Action comment, String audited) {
		this.to = to;
		this.refusal = refusal;
		this.needsReason = needsReason;
		this.comment = comment;
		this.audited = audited;
	}

	boolean allowedFrom(ContentStatus from) {
		return switch (this) {
			case SUBMIT -> from.editableByAuthor();
			case RETURN -> from == ContentStatus.SUBMITTED;
			case PUBLISH -> from != ContentStatus.PUBLISHED;
			case UNPUBLISH -> from == ContentStatus.PUBLISHED;
		};
	}

	ContentStatus to() {
		return this.to;
	}

	/** Message key of the refusal when the item's state does not allow this step. */
	String refusal() {
		return this.refusal;
	}

	boolean needsReason() {
		return this.needsReason;
	}

	/** How the item's history shows the step. */
	Comment.Action comment() {
		return this.comment;
	}

	/**
	 * A step the item took, with the state it left and the reason given (cleaned; null
	 * for the steps that take none).
	 */
	record Transition(EditorialStep step, ContentStatus from, @Nullable String reason) {

		ContentStatus to() {
			return this.step.to;
		}

		/** The audit log's action for the step. */
		String auditAction() {
			return this.step.audited;
		}

		/** The audit log's details: the reason where the step has one. */
		String auditDetails() {
			return (this.reason != null) ? this.reason : "";
		}

		/**
		 * Whether the public sees a change: the item went on or off the published lists
		 * (and the open-data download must follow).
		 */
		boolean changesWhatIsPublic() {
			return this.from == ContentStatus.PUBLISHED || to() == ContentStatus.PUBLISHED;
		}

	}

}
