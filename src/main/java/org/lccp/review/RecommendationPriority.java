package org.lccp.review;

/**
 * How urgent a recommendation of the team is. The constants' names are the values stored
 * in {@code review_recommendation.priority} and posted by the form.
 */
public enum RecommendationPriority {

	HIGH, MEDIUM, LOW

}
