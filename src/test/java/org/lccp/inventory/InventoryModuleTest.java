package org.lccp.inventory;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.cities.CityDirectory;
import org.lccp.cities.CityView;
import org.lccp.identity.AuditLog;
import org.lccp.support.ModuleTest;

import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The inventory module on its own (cities and audit log stand in as mocks): publishing an
 * inventory is announced as {@link InventoryPublished} for benchmarking and pathways, its
 * totals are offered to other modules, and a newer version of the same city and year
 * supersedes the older one.
 */
@ModuleTest
class InventoryModuleTest {

	@MockitoBean
	CityDirectory cities;

	@MockitoBean
	AuditLog audit;

	private final InventoryManagement inventories;

	InventoryModuleTest(InventoryManagement inventories) {
		this.inventories = inventories;
	}

	@Test
	void aPublishedInventoryIsAnnouncedAndItsTotalsAreOffered(Scenario scenario) throws Exception {
		var city = registryCity();
		var seoul = seoul2018();

		scenario.stimulate(() -> this.inventories.registerPublished(city, details("first"), seoul))
			.andWaitForEventOfType(InventoryPublished.class)
			.matching((event) -> event.cityId().equals(city))
			.toArriveAndVerify((event, id) -> {
				assertThat(event.inventoryId()).isEqualTo(id);
				assertThat(event.year()).isEqualTo(2018);
			});

		assertThat(this.inventories.latestPublishedTotals(city)).hasValueSatisfying((totals) -> {
			assertThat(totals.year()).isEqualTo(2018);
			assertThat(totals.basic()).isPositive();
			assertThat(totals.population()).isEqualByComparingTo("10000000");
		});
	}

	@Test
	void aNewerPublishedVersionOfTheSameYearSupersedesTheOlderOne() throws Exception {
		var city = registryCity();
		var first = this.inventories.registerPublished(city, details("first"), seoul2018());
		var second = this.inventories.registerPublished(city, details("corrected"), seoul2018());

		assertThat(this.inventories.publishedTotals(city)).extracting(PublishedTotals::inventoryId)
			.containsExactly(second)
			.doesNotContain(first);
	}

	/** A city the (mocked) registry knows, in Korea. */
	private UUID registryCity() {
		var id = UUID.randomUUID();
		var city = mock(CityView.class);
		given(city.id()).willReturn(id);
		given(city.countryCode()).willReturn("KR");
		given(this.cities.city(id)).willReturn(city);
		return id;
	}

	private byte[] seoul2018() throws Exception {
		try (var file = getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv")) {
			return file.readAllBytes();
		}
	}

	private static InventoryDetails details(String source) {
		return new InventoryDetails(2018, GwpSet.AR5, "BASIC", Boundary.ADMINISTRATIVE, null, source,
				new BigDecimal("10000000"), "test census", null, null, null);
	}

}
