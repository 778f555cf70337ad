package org.lccp.gatherings;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.TestDatabase;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;

/**
 * The feedback survey: participants with a seat answer once after the start; the page
 * shows the aggregated ratings to everyone and the comments to the secretariat.
 */
@LccpTest
class FeedbackSurveyTest {

	@LocalServerPort
	int port;

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	GatheringRegistrations registrations;

	@Autowired
	AccountManagement accounts;

	@Test
	void participantsRateOnceAfterTheStartAndTheResultsAreAggregated() {
		var people = new TestAccounts(this.accounts);
		var builder = aGathering();
		var id = builder.createWith(this.programme);
		var first = people.create("Rater one", Role.MEMBER);
		var second = people.create("Rater two", Role.MEMBER);
		var outsider = people.create("Outsider", Role.MEMBER);
		for (var member : new TestAccounts.TestAccount[] { first, second }) {
			this.accounts.actingAs(member.id(),
					() -> this.registrations.register(id, RegistrationAnswers.of(AttendanceMode.ONLINE)));
		}
		var one = new WebSession(this.port).login(first.email(), first.password());
		var early = one.follow(one.post("/gatherings/" + id + "/feedback", "rating", "5", "comment", "Too early"));
		assertThat(early.html().selectFirst(".alert").text()).isEqualTo("Feedback opens when the gathering starts.");

		// The gathering took place yesterday.
		var held = builder.details();
		var yesterday = LocalDateTime.now(ZoneId.of("Asia/Seoul")).minusDays(1);
		GatheringBuilder.asSecretariat(() -> this.programme.update(id,
				new GatheringDetails(held.title(), held.type(), held.format(), held.theme(), held.summary(), yesterday,
						yesterday.plusHours(6), held.timeZone(), held.venueCity(), held.venueCountry(),
						held.venueAddress(), held.onlineLink(), held.organisers(), held.partners(), held.languages(),
						held.interpretation(), held.capacityInPerson(), held.capacityOnline(), null),
				this.gatherings.gathering(id).version()));

		assertThat(one.get("/gatherings/" + id).html().selectFirst("#feedback-form")).isNotNull();
		var invalid = one.post("/gatherings/" + id + "/feedback", "rating", "eleven");
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.html().selectFirst("#rating-error").text()).isEqualTo("Please choose a rating from 1 to 5.");
		var thanks = one.follow(one.post("/gatherings/" + id + "/feedback", "rating", "5", "comment", "Very useful"));
		assertThat(thanks.html().selectFirst(".notice").text()).isEqualTo("Thank you for your feedback.");
		assertThat(thanks.html().selectFirst("#feedback-form")).isNull();
		var again = one.follow(one.post("/gatherings/" + id + "/feedback", "rating", "1"));
		assertThat(again.html().selectFirst(".alert").text()).isEqualTo("You have given feedback already.");

		var two = new WebSession(this.port).login(second.email(), second.password());
		two.follow(two.post("/gatherings/" + id + "/feedback", "rating", "4", "comment", "Good"));
		var stranger = new WebSession(this.port).login(outsider.email(), outsider.password());
		var refused = stranger.follow(stranger.post("/gatherings/" + id + "/feedback", "rating", "1"));
		assertThat(refused.html().selectFirst(".alert").text())
			.isEqualTo("Only registered participants can give feedback.");

		var results = new WebSession(this.port).get("/gatherings/" + id).html().selectFirst("#feedback-results");
		assertThat(results.text()).contains("Average rating 4.5 of 5 from 2 answers").doesNotContain("Very useful");
		var secretariat = new WebSession(this.port).login(TestDatabase.ADMIN_EMAIL, TestDatabase.ADMIN_PASSWORD);
		assertThat(secretariat.get("/gatherings/" + id).html().selectFirst("#feedback-results").text())
			.contains("Very useful")
			.contains("Good");
		// A past gathering shows its participant figures.
		assertThat(new WebSession(this.port).get("/gatherings?when=past").mainText()).contains(held.title())
			.contains("Registered: 0 in person, 2 online");
	}

}
