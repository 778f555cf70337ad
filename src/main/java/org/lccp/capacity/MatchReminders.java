package org.lccp.capacity;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks a few times a day for proposals unanswered for a week and reminds their sides
 * once.
 */
@Component
class MatchReminders {

	private static final Logger log = LoggerFactory.getLogger(MatchReminders.class);

	private final CapacityManagement capacity;

	private final Clock clock;

	MatchReminders(CapacityManagement capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${lccp.capacity.reminder-initial-delay:10m}",
			fixedDelayString = "${lccp.capacity.reminder-interval:6h}")
	void remind() {
		try {
			var sent = this.capacity.sendDueReminders(OffsetDateTime.now(this.clock));
			if (sent > 0) {
				log.info("Reminded the sides of {} unanswered capacity-building proposal(s)", sent);
			}
		}
		catch (DataAccessException ex) {
			// the next run tries again; a database outage must not stop the scheduler
			log.warn("Capacity reminders postponed: {}", ex.getMessage());
		}
	}

}
