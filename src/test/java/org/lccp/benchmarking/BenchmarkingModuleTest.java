package org.lccp.benchmarking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.TargetRegistry;
import org.lccp.cities.Units;
import org.lccp.identity.AuditLog;
import org.lccp.inventory.GwpSet;
import org.lccp.inventory.InventoryManagement;
import org.lccp.inventory.InventoryPublished;
import org.lccp.inventory.PublishedTotals;
import org.lccp.pathways.CityPathways;
import org.lccp.pathways.PathwaysManagement;
import org.lccp.support.ModuleTest;

import org.springframework.data.domain.Page;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Benchmarking on its own (cities and their units, inventory, pathways and audit log
 * stand in as mocks): when inventory announces {@link InventoryPublished}, benchmarking
 * works out the city's core indicators from the published totals by itself, exactly
 * (48,825,000 t CO2e over 9,765,000 inhabitants are 5 t each).
 */
@ModuleTest
class BenchmarkingModuleTest {

	@MockitoBean
	CityDirectory cities;

	@MockitoBean
	TargetRegistry targets;

	@MockitoBean
	Units units;

	@MockitoBean
	InventoryManagement inventories;

	@MockitoBean
	PathwaysManagement pathways;

	@MockitoBean
	AuditLog audit;

	private final BenchmarkingManagement benchmarking;

	BenchmarkingModuleTest(BenchmarkingManagement benchmarking) {
		this.benchmarking = benchmarking;
	}

	@BeforeEach
	void otherModulesKnowNothingMoreOfTheCity() {
		given(this.targets.targets(any(), any())).willReturn(Page.empty());
		given(this.pathways.city(any(), any())).willReturn(mock(CityPathways.class));
	}

	@Test
	void aPublishedInventoryGivesTheCityItsEmissionsPerInhabitant(Scenario scenario) {
		var city = UUID.randomUUID();
		var inventory = UUID.randomUUID();
		given(this.inventories.publishedTotals(city))
			.willReturn(List.of(new PublishedTotals(inventory, city, 2018, GwpSet.AR5, new BigDecimal("48825000"),
					new BigDecimal("48825000"), new BigDecimal("50000000"), new BigDecimal("9765000"), null, null)));
		given(this.inventories.publishedBasicBySector(inventory)).willReturn(Map.of("I", new BigDecimal("30000000")));
		var core = this.benchmarking.coreSystem().id();

		scenario.publish(new InventoryPublished(inventory, city, 2018))
			.andWaitForStateChange(() -> this.benchmarking.cityValues(core, city).get("EMISSIONS_PER_INHABITANT"),
					(values) -> values != null && !values.isEmpty())
			.andVerify((values) -> {
				assertThat(values).singleElement().satisfies((value) -> {
					assertThat(value.year()).isEqualTo(2018);
					assertThat(value.value()).isEqualByComparingTo("5");
				});
			});
	}

}
