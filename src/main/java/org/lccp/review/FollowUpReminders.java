package org.lccp.review;

import java.time.Clock;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks a few times a day for recommendations whose follow-up is a year old and reminds
 * the host city by mail (the issue asks for at least a yearly update).
 */
@Component
class FollowUpReminders {

	private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

	private final ReviewManagement reviews;

	private final Clock clock;

	FollowUpReminders(ReviewManagement reviews, Clock clock) {
		this.reviews = reviews;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${lccp.review.reminder-initial-delay:10m}",
			fixedDelayString = "${lccp.review.reminder-interval:6h}")
	void remind() {
		try {
			var sent = this.reviews.sendDueReminders(OffsetDateTime.now(this.clock));
			if (sent > 0) {
				log.info("Sent {} follow-up reminder(s) for peer-review recommendations", sent);
			}
		}
		catch (DataAccessException ex) {
			// the next run tries again; a database outage must not stop the scheduler
			log.warn("Follow-up reminders postponed: {}", ex.getMessage());
		}
	}

}
