package org.lccp.review;

import org.lccp.identity.AccountManagement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Publishes a published review's report in the knowledge hub. It reacts to
 * {@link ReviewPublished} rather than being called by the publication itself, so the
 * report (its PDF and its search entry) is written in a transaction of its own, after the
 * decision committed, and the event publication registry keeps the announcement until the
 * report is in the hub. It lives in the review module because the knowledge hub takes
 * documents through its API and knows nothing of reviews.
 */
@Component
class ReportPublication {

	private final ReviewManagement reviews;

	private final AccountManagement accounts;

	ReportPublication(ReviewManagement reviews, AccountManagement accounts) {
		this.reviews = reviews;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(ReviewPublished published) {
		// The hub publishes in the name of a secretariat account: the one that published
		// the review, whose rights are checked again now.
		this.accounts.actingAs(published.publishedBy(), () -> this.reviews.publishReport(published.reviewId()));
	}

}
