package org.lccp.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.benchmarking.BenchmarkingManagement;
import org.lccp.capacity.AssistanceDelivered;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.CityView;
import org.lccp.experts.ExpertRoster;
import org.lccp.files.FileStore;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AccountView;
import org.lccp.identity.AuditLog;
import org.lccp.knowledge.HubPublications;
import org.lccp.mail.Mailer;
import org.lccp.membership.MembershipManagement;
import org.lccp.programme.Stewardship;
import org.lccp.shared.i18n.Language;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Peer review on its own (the modules it uses stand in as mocks): the follow-up of a
 * published review's recommendation moves when the host city records it, and when
 * capacity building asked for on the recommendation is announced as delivered; each move
 * is announced as {@link RecommendationStatusChanged}.
 */
@ModuleTest
class ReviewModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	Mailer mailer;

	@MockitoBean
	CityDirectory cities;

	@MockitoBean
	MembershipManagement membership;

	@MockitoBean
	GatheringManagement gatherings;

	@MockitoBean
	HubPublications hub;

	@MockitoBean
	FileStore files;

	@MockitoBean
	ExpertRoster roster;

	@MockitoBean
	BenchmarkingManagement benchmarking;

	@MockitoBean
	Stewardship stewardship;

	private final ReviewManagement reviews;

	private final JdbcClient db;

	private final SignedIn focalPoint = SignedIn.account("Host focal point");

	ReviewModuleTest(ReviewManagement reviews, JdbcClient db) {
		this.reviews = reviews;
		this.db = db;
	}

	@BeforeEach
	void accountsExist() {
		given(this.accounts.find(any(UUID.class))).willAnswer((call) -> {
			UUID id = call.getArgument(0);
			return new AccountView(id, id + "@test.lccp.example", "Account " + id, Language.EN, "",
					Set.of(Role.SECRETARIAT), true, Instant.EPOCH);
		});
	}

	@Test
	void deliveredAssistanceMovesARecommendationNotStartedToInProgress(Scenario scenario) {
		var review = publishedReview(UUID.randomUUID());
		var recommendation = recommendationOf(review);
		var officer = UUID.randomUUID();

		scenario
			.publish(new AssistanceDelivered(UUID.randomUUID(), UUID.randomUUID(), "Inventory training", recommendation,
					null, null, officer))
			.andWaitForEventOfType(RecommendationStatusChanged.class)
			.matching((event) -> event.recommendationId() == recommendation)
			.toArriveAndVerify((event) -> {
				assertThat(event.reviewId()).isEqualTo(review);
				assertThat(event.from()).isEqualTo(FollowUpStatus.NOT_STARTED);
				assertThat(event.to()).isEqualTo(FollowUpStatus.IN_PROGRESS);
				assertThat(event.changedBy()).isEqualTo(officer);
			});
		assertThat(followStatus(recommendation)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theHostCitysFollowUpIsKeptAndAnnounced(Scenario scenario) {
		var city = UUID.randomUUID();
		var review = publishedReview(city);
		var recommendation = recommendationOf(review);
		given(this.cities.isFocalPoint(city, this.focalPoint.id())).willReturn(true);

		scenario
			.stimulate(() -> this.focalPoint.run(
					() -> this.reviews.followUp(review, recommendation,
							new ReviewForms.FollowUpForm(FollowUpStatus.IMPLEMENTED, "Adopted by the city council.")),
					Role.CITY_FOCAL_POINT))
			.andWaitForEventOfType(RecommendationStatusChanged.class)
			.matching((event) -> event.recommendationId() == recommendation)
			.toArriveAndVerify((event) -> {
				assertThat(event.to()).isEqualTo(FollowUpStatus.IMPLEMENTED);
				assertThat(event.reason()).isEqualTo("Adopted by the city council.");
			});
		assertThat(followStatus(recommendation)).isEqualTo("IMPLEMENTED");
	}

	@Test
	void aFocalPointOfAnotherCityCannotRecordTheFollowUp() {
		var review = publishedReview(UUID.randomUUID());
		var recommendation = recommendationOf(review);

		this.focalPoint.run(() -> assertThatThrownBy(() -> this.reviews.followUp(review, recommendation,
				new ReviewForms.FollowUpForm(FollowUpStatus.IMPLEMENTED, null)))
			.isInstanceOf(AccessDeniedException.class), Role.CITY_FOCAL_POINT);
		assertThat(followStatus(recommendation)).isEqualTo("NOT_STARTED");
	}

	private UUID publishedReview(UUID cityId) {
		var city = mock(CityView.class);
		given(city.id()).willReturn(cityId);
		given(this.cities.city(cityId)).willReturn(city);
		var id = UUID.randomUUID();
		this.db
			.sql("insert into review (id, city_id, requested_by, scope, languages, status, created_at, published_at) "
					+ "values (:id, :city, :by, 'Low-carbon city plan', 'en', 'PUBLISHED', :at, :at)")
			.param("id", id)
			.param("city", cityId)
			.param("by", this.focalPoint.id())
			.param("at", OffsetDateTime.now())
			.update();
		return id;
	}

	private long recommendationOf(UUID review) {
		return this.db
			.sql("insert into review_recommendation (review_id, position, priority, text) "
					+ "values (:review, 1, 'HIGH', 'Set a sectoral target for buildings.') returning id")
			.param("review", review)
			.query(Long.class)
			.single();
	}

	private String followStatus(long recommendation) {
		return this.db.sql("select follow_status from review_recommendation where id = :id")
			.param("id", recommendation)
			.query(String.class)
			.single();
	}

}
