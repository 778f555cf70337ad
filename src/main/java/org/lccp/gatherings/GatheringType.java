package org.lccp.gatherings;

/** What kind of meeting a gathering is. */
public enum GatheringType {

	FORUM, CONFERENCE, SYMPOSIUM, WORKSHOP, PEER_REVIEW_WORKSHOP, TRAINING, FIELD_VISIT, EXPERT_GROUP_MEETING, WEBINAR,
	SENIOR_OFFICIALS_MEETING

}
