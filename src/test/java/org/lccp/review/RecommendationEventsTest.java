package org.lccp.review;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host city's follow-up of a recommendation is announced as
 * {@link RecommendationStatusChanged}, once per real change of status.
 */
@LccpTest
@RecordApplicationEvents
class RecommendationEventsTest {

	@Autowired
	CityFixtures cities;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	JdbcClient db;

	@Autowired
	ApplicationEvents events;

	@Test
	void aFollowUpThatChangesTheStatusIsAnnouncedAndOneThatKeepsItIsNot() {
		var city = this.cities.registerCity(new CityDetails("KR", null, "Follow-up events city " + UUID.randomUUID(),
				null, null, null, null, null, null, AdminLevel.values()[0], null, null, "test"));
		var focal = new TestAccounts(this.accounts).create("Follow-up events focal", Role.CITY_FOCAL_POINT);
		this.cities.registerFocalPoint(city, focal.id());
		var review = UUID.randomUUID();
		this.db
			.sql("insert into review (id, city_id, requested_by, scope, languages, status, created_at, published_at) "
					+ "values (:id, :city, :by, 'whole plan', 'en', 'PUBLISHED', now(), now())")
			.param("id", review)
			.param("city", city)
			.param("by", focal.id())
			.update();
		long recommendation = this.db
			.sql("insert into review_recommendation (review_id, position, priority, text) values (:r, 1, 'HIGH', "
					+ "'Set yearly targets for electric buses') returning id")
			.param("r", review)
			.query(Long.class)
			.single();

		this.accounts.actingAs(focal.id(), () -> {
			this.reviews.followUp(review, recommendation,
					new ReviewForms.FollowUpForm(FollowUpStatus.IN_PROGRESS, "Budget line approved"));
			this.reviews.followUp(review, recommendation,
					new ReviewForms.FollowUpForm(FollowUpStatus.IN_PROGRESS, "Still going"));
			return null;
		});

		assertThat(this.events.stream(RecommendationStatusChanged.class)).singleElement().satisfies((changed) -> {
			assertThat(changed.reviewId()).isEqualTo(review);
			assertThat(changed.recommendationId()).isEqualTo(recommendation);
			assertThat(changed.from()).isEqualTo(FollowUpStatus.NOT_STARTED);
			assertThat(changed.to()).isEqualTo(FollowUpStatus.IN_PROGRESS);
			assertThat(changed.reason()).isEqualTo("Budget line approved");
			assertThat(changed.changedBy()).isEqualTo(focal.id());
		});
	}

}
