package org.lccp.gatherings;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.LccpApplication;
import org.lccp.files.FileStore;
import org.lccp.identity.AccountManagement;
import org.lccp.identity.AuditLog;
import org.lccp.mail.Mailer;
import org.lccp.shared.domain.CitiesRegistered;
import org.lccp.shared.domain.CityRegistry;
import org.lccp.support.ModuleTest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lccp.gatherings.GatheringBuilder.aGathering;
import static org.lccp.gatherings.GatheringBuilder.asSecretariat;
import static org.mockito.BDDMockito.given;

/**
 * The gatherings module keeps Spring Modulith's boundaries, and works on its own
 * (accounts, audit log, mail, files and the city registry stand in as mocks): publishing
 * a gathering's outcome announces it as {@link GatheringHeld} with its venue's registry
 * city, and when the registry announces {@link CitiesRegistered}, a venue typed by name
 * is linked to the new city.
 */
@ModuleTest
class GatheringsModuleTest {

	@MockitoBean
	AccountManagement accounts;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	Mailer mailer;

	@MockitoBean
	FileStore files;

	@MockitoBean
	CityRegistry registry;

	private final GatheringManagement gatherings;

	private final GatheringProgramme programme;

	private final JdbcTemplate jdbc;

	GatheringsModuleTest(GatheringManagement gatherings, GatheringProgramme programme, JdbcTemplate jdbc) {
		this.gatherings = gatherings;
		this.programme = programme;
		this.jdbc = jdbc;
	}

	@Test
	void staysWithinTheModuleBoundaries() {
		var modules = ApplicationModules.of(LccpApplication.class);
		assertThat(modules.getModuleByName("gatherings")).isPresent();
		modules.verify();
	}

	@Test
	void aPublishedOutcomeIsAnnouncedWithTheVenuesRegistryCity(Scenario scenario) {
		var incheon = new CityRegistry.CityChoice(UUID.randomUUID(), "KR", "Incheon", "Incheon");
		given(this.registry.named("KR", "Incheon")).willReturn(Optional.of(incheon));
		var id = aGathering().createWith(this.programme);
		var version = this.gatherings.gathering(id).version();

		scenario.stimulate(() -> asSecretariat(() -> {
			this.programme.publishOutcome(id, "Cities agreed on a shared inventory format.", version);
			return id;
		}))
			.andWaitForEventOfType(GatheringHeld.class)
			.matching((event) -> event.gatheringId().equals(id))
			.toArriveAndVerify((event) -> {
				assertThat(event.venueCityId()).isEqualTo(incheon.id());
				assertThat(event.type()).isEqualTo(GatheringType.WORKSHOP);
				assertThat(event.outcomePublishedAt()).isNotNull();
			});
	}

	@Test
	void aVenueTypedByNameIsLinkedOnceTheRegistryAnnouncesItsCity(Scenario scenario) {
		var id = aGathering().createWith(this.programme);
		assertThat(venueCity(id)).isNull();
		var incheon = new CityRegistry.CityChoice(UUID.randomUUID(), "KR", "Incheon", "Incheon");
		given(this.registry.named("KR", "Incheon")).willReturn(Optional.of(incheon));

		scenario.publish(new CitiesRegistered())
			.andWaitForStateChange(() -> venueCity(id))
			.andVerify((city) -> assertThat(city).isEqualTo(incheon.id()));
	}

	private UUID venueCity(UUID gathering) {
		return this.jdbc.queryForObject("select venue_city_id from gathering where id = ?", UUID.class, gathering);
	}

}
