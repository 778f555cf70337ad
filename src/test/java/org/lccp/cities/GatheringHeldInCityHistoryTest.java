package org.lccp.cities;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.gatherings.GatheringDetails;
import org.lccp.gatherings.GatheringProgramme;
import org.lccp.gatherings.GatheringFormat;
import org.lccp.gatherings.GatheringHeld;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.security.Role;
import org.lccp.support.LccpTest;
import org.lccp.support.TestAccounts;
import org.lccp.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishing a gathering's outcome announces {@link GatheringHeld}; the cities module
 * hears it after the commit, through the event publication registry, and the city where
 * it was held shows it in its history.
 */
@LccpTest
class GatheringHeldInCityHistoryTest {

	@Autowired
	CityDirectory cities;

	@Autowired
	GatheringManagement gatherings;

	@Autowired
	GatheringProgramme programme;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void aGatheringHeldInARegistryCityEntersTheCitysHistoryOnceItsOutcomeIsPublished() {
		var officer = new TestAccounts(this.accounts).create("History officer", Role.SECRETARIAT, Role.MEMBER);
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var city = this.accounts
			.actingAs(officer.id(),
					() -> this.cities.createCity(new CityDetails("KR", null, "Byeolbit " + suffix, null, null,
							"별빛 " + suffix, null, null, null, AdminLevel.MUNICIPALITY, new BigDecimal("36.1"),
							new BigDecimal("127.1"), "test")));
		var start = LocalDateTime.now(ZoneId.of("Asia/Seoul")).minusDays(3).withNano(0);
		var title = "Held workshop " + suffix;
		var id = this.accounts.actingAs(officer.id(),
				() -> this.programme.create(new GatheringDetails(title, GatheringType.WORKSHOP,
						GatheringFormat.IN_PERSON, null, null, start, start.plusHours(6), ZoneId.of("Asia/Seoul"), null,
						"KR", null, null, null, null, null, null, null, null, null, city)));
		assertThat(historyEntries(city)).isZero();

		this.accounts.actingAs(officer.id(), () -> {
			this.programme.publishOutcome(id, "Agreed on a city network.", this.gatherings.gathering(id).version());
			return null;
		});

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(historyEntries(city)).isOne());
		assertThat(this.jdbc.queryForObject(
				"select details from audit_entry where record_type = 'City' and record_id = ? and action = 'GATHERING_HELD'",
				String.class, city.toString()))
			.isEqualTo(title + " (/gatherings/" + id + ")");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(this.jdbc.queryForObject(
							"select count(*) from event_publication where listener_id like '%GatheringsHeldInCities%' "
									+ "and serialized_event like ? and completion_date is null",
							Long.class, "%" + id + "%"))
						.as("the registry marks the publication completed")
						.isZero());

		var editor = new WebSession(this.port).login(officer.email(), officer.password());
		assertThat(editor.get("/cities/" + city).html().select(".history td").eachText())
			.contains("Gathering held here");
	}

	private long historyEntries(UUID city) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'City' and record_id = ? and action = 'GATHERING_HELD'",
				Long.class, city.toString());
	}

}
