package org.lccp.pathways;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.TargetRegistry;
import org.lccp.identity.AuditLog;
import org.lccp.inventory.GwpSet;
import org.lccp.inventory.InventoryManagement;
import org.lccp.inventory.PublishedTotals;
import org.lccp.support.ModuleTest;

import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;

/**
 * Pathways on its own (cities, inventory and audit log stand in as mocks): a city's
 * editor saves business-as-usual scenarios from a published inventory as numbered
 * versions, each announced as {@link BauScenarioSaved}; a save based on an older version,
 * or by someone who does not edit the city, is refused.
 */
@ModuleTest
class PathwaysModuleTest {

	@MockitoBean
	CityDirectory cities;

	@MockitoBean
	TargetRegistry targets;

	@MockitoBean
	InventoryManagement inventories;

	@MockitoBean
	AuditLog audit;

	private final PathwaysManagement pathways;

	PathwaysModuleTest(PathwaysManagement pathways) {
		this.pathways = pathways;
	}

	@Test
	void anEditorsScenarioIsSavedAsTheNextVersionAndAnnounced(Scenario scenario) {
		var city = cityWithAPublished2018Inventory(true);

		scenario.stimulate(() -> this.pathways.save(city, form("0")))
			.andWaitForEventOfType(BauScenarioSaved.class)
			.matching((event) -> event.cityId().equals(city))
			.toArriveAndVerify((event, version) -> {
				assertThat(version).isEqualTo(1);
				assertThat(event.versionNo()).isEqualTo(1);
			});

		assertThat(this.pathways.save(city, form("1"))).isEqualTo(2);
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedAsStale() {
		var city = cityWithAPublished2018Inventory(true);
		this.pathways.save(city, form("0"));

		assertThatThrownBy(() -> this.pathways.save(city, form("0"))).isInstanceOfSatisfying(
				InvalidScenarioException.class,
				(refused) -> assertThat(refused.violations()).extracting(InvalidScenarioException.Violation::key)
					.containsExactly("pathways.error.stale"));
	}

	@Test
	void someoneWhoDoesNotEditTheCitySavesNothing() {
		var city = cityWithAPublished2018Inventory(false);

		assertThatThrownBy(() -> this.pathways.save(city, form("0"))).isInstanceOf(AccessDeniedException.class);
	}

	private UUID cityWithAPublished2018Inventory(boolean editable) {
		var city = UUID.randomUUID();
		given(this.cities.canEdit(city)).willReturn(editable);
		given(this.inventories.publishedTotals(city)).willReturn(List
			.of(new PublishedTotals(UUID.randomUUID(), city, 2018, GwpSet.AR5, new BigDecimal("48825000"),
					new BigDecimal("48825000"), new BigDecimal("50000000"), new BigDecimal("9765000"), null, null)));
		return city;
	}

	private static BauForm form(String basedOnVersion) {
		return new BauForm(2018, 2030, new BigDecimal("0.5"), new BigDecimal("2.0"), null, basedOnVersion,
				List.of(new BauForm.SectorForm("ALL", BauMethod.CAGR, new BigDecimal("1.5"), null, null)));
	}

}
