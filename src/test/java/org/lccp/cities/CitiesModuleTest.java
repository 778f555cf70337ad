package org.lccp.cities;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.gatherings.GatheringHeld;
import org.lccp.gatherings.GatheringManagement;
import org.lccp.gatherings.GatheringType;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.membership.MembershipManagement;
import org.lccp.opendata.ImportJobs;
import org.lccp.shared.domain.CitiesRegistered;
import org.lccp.shared.security.Role;
import org.lccp.support.ModuleTest;
import org.lccp.support.SignedIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The city registry on its own (accounts, audit log, membership and gatherings stand in
 * as mocks), through what it announces and hears: a city the secretariat registers is
 * announced as {@link CitiesRegistered}, and a gathering announced as held in a registry
 * city enters that city's history (its audit trail), while one held elsewhere does not.
 */
@ModuleTest
class CitiesModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	MembershipManagement membership;

	@MockitoBean
	GatheringManagement gatherings;

	@MockitoBean
	ImportJobs importJobs;

	private final CityDirectory cities;

	private final SignedIn officer = SignedIn.account("Secretariat officer");

	private final JdbcTemplate jdbc;

	CitiesModuleTest(CityDirectory cities, JdbcTemplate jdbc) {
		this.cities = cities;
		this.jdbc = jdbc;
	}

	@Test
	void aCityTheSecretariatRegistersIsAnnounced(Scenario scenario) {
		scenario.stimulate(() -> this.officer.as(() -> this.cities.createCity(city("Darkhan")), Role.SECRETARIAT))
			.andWaitForEventOfType(CitiesRegistered.class)
			.toArriveAndVerify((event, id) -> assertThat(id).isNotNull());
	}

	@Test
	void onlyTheSecretariatRegistersACity() {
		SignedIn.account("Member")
			.run(() -> assertThatThrownBy(() -> this.cities.createCity(city("Erdenet")))
				.isInstanceOf(AccessDeniedException.class), Role.MEMBER, Role.CITY_FOCAL_POINT);
	}

	@Test
	void aGatheringHeldInARegistryCityEntersItsHistory(Scenario scenario) {
		var city = this.officer.as(() -> this.cities.createCity(city("Choibalsan")), Role.SECRETARIAT);
		var gathering = UUID.randomUUID();
		var start = Instant.parse("2026-10-01T01:00:00Z");

		scenario
			.publish(new GatheringHeld(gathering, "Heating reform workshop", GatheringType.WORKSHOP, start,
					start.plusSeconds(7200), city, start.plusSeconds(86400)))
			.andWaitForStateChange(() -> mockingDetails(this.audit).getInvocations()
				.stream()
				.anyMatch((call) -> "GATHERING_HELD".equals(call.getArgument(2))));

		verify(this.audit).record(eq("City"), eq(city), eq("GATHERING_HELD"), contains("/gatherings/" + gathering));
	}

	@Test
	void aGatheringHeldOutsideTheRegistryLeavesNoHistory(Scenario scenario) {
		var elsewhere = UUID.randomUUID();
		var gathering = UUID.randomUUID();
		var start = Instant.parse("2026-11-01T01:00:00Z");

		scenario
			.publish(new GatheringHeld(gathering, "Online webinar", GatheringType.WEBINAR, start,
					start.plusSeconds(3600), elsewhere, start.plusSeconds(86400)))
			.andWaitForStateChange(() -> heard(gathering));

		verify(this.audit, never()).record(eq("City"), eq(elsewhere), eq("GATHERING_HELD"), contains("/gatherings/"));
	}

	/** Whether the registry's listener has finished with the announcement. */
	private boolean heard(UUID gathering) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where event_type like '%GatheringHeld' "
						+ "and serialized_event like ? and completion_date is not null",
				Integer.class, "%" + gathering + "%") == 1;
	}

	private static CityDetails city(String name) {
		return new CityDetails("MN", null, name + " " + UUID.randomUUID().toString().substring(0, 8), null, null, null,
				null, null, null, AdminLevel.MUNICIPALITY, null, null, "module test");
	}

}
