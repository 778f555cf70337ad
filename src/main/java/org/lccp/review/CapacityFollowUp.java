package org.lccp.review;

import java.time.Clock;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.lccp.capacity.AssistanceDelivered;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When capacity building that a city asked for on a peer-review recommendation has been
 * delivered, the recommendation's follow-up says so: a recommendation not started moves
 * to in progress, and the history records the assistance with a link to it, in the name
 * of the secretariat account that recorded the delivery. The city still decides when the
 * recommendation is implemented.
 */
@Component
class CapacityFollowUp {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final AccountManagement accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CapacityFollowUp(JdbcClient jdbc, AuditLog audit, AccountManagement accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AssistanceDelivered delivered) {
		var recommendation = delivered.recommendationId();
		if (recommendation == null) {
			return;
		}
		var review = this.jdbc
			.sql("select r.id from review_recommendation rec join review r on r.id = rec.review_id "
					+ "where rec.id = :id and r.status = 'PUBLISHED'")
			.param("id", recommendation)
			.query(java.util.UUID.class)
			.optional();
		if (review.isEmpty()) {
			return;
		}
		var moved = this.jdbc
			.sql("update review_recommendation set follow_status = 'IN_PROGRESS' where id = :id "
					+ "and follow_status = 'NOT_STARTED'")
			.param("id", recommendation)
			.update();
		var status = this.jdbc.sql("select follow_status from review_recommendation where id = :id")
			.param("id", recommendation)
			.query(String.class)
			.single();
		var note = "Capacity building delivered: " + delivered.needTitle() + " (/capacity/needs/" + delivered.needId()
				+ ")";
		var now = OffsetDateTime.now(this.clock);
		this.jdbc
			.sql("insert into review_follow_up (recommendation_id, status, reason, changed_by, changed_at)"
					+ " values (:r, :s, :reason, :by, :now)")
			.param("r", recommendation)
			.param("s", status)
			.param("reason", note)
			.param("by", delivered.recordedBy())
			.param("now", now)
			.update();
		if (moved > 0) {
			this.events
				.publishEvent(new RecommendationStatusChanged(review.get(), recommendation, FollowUpStatus.NOT_STARTED,
						FollowUpStatus.IN_PROGRESS, note, delivered.recordedBy(), now.toInstant()));
		}
		var actor = this.accounts.find(delivered.recordedBy());
		this.audit.recordFor(actor.id(), actor.email(), "Review", review.get(), "follow-up",
				"recommendation " + recommendation + ": " + status + " (" + note + ")");
	}

}
