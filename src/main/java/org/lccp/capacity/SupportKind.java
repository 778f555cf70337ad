package org.lccp.capacity;

/**
 * Kinds of assistance the issue names.
 */
public enum SupportKind {

	TRAINING, WORKSHOP, EXPERT_ADVICE, TECHNICAL_ASSISTANCE, STUDY_VISIT, MENTORING, DATA_TOOL_SUPPORT

}
