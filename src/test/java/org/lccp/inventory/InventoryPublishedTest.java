package org.lccp.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lccp.benchmarking.BenchmarkingManagement;
import org.lccp.cities.AdminLevel;
import org.lccp.cities.CityDetails;
import org.lccp.cities.CityFixtures;
import org.lccp.support.LccpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published inventory is announced as {@link InventoryPublished}; benchmarking reacts
 * through the event publication registry and computes the city's emissions per inhabitant
 * without anyone asking it to.
 */
@LccpTest
class InventoryPublishedTest {

	@Autowired
	InventoryManagement inventories;

	@Autowired
	CityFixtures cities;

	@Autowired
	BenchmarkingManagement benchmarking;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void benchmarkingRecomputesTheCityOnceItsInventoryIsPublished() throws Exception {
		var city = this.cities.registerCity(new CityDetails("KR", null, "Announced inventory " + UUID.randomUUID(),
				null, null, null, null, null, null, AdminLevel.MUNICIPALITY, null, null, "test"));
		var seoul = getClass().getResourceAsStream("/inventory/city_inventory_seoul_2018.csv").readAllBytes();
		var core = this.benchmarking.coreSystem().id();
		assertThat(this.benchmarking.cityValues(core, city).get("EMISSIONS_PER_INHABITANT")).isNullOrEmpty();

		var id = this.inventories
			.registerPublished(city,
					new InventoryDetails(2018, GwpSet.AR5, "BASIC", Boundary.ADMINISTRATIVE, null,
							"test file (Seoul 2018)", new BigDecimal("10000000"), "test census", null, null, null),
					seoul);

		// the registry holds the announcement for benchmarking's listener until it is
		// done
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.queryForObject("select count(*) from event_publication where event_type like '%InventoryPublished' "
						+ "and listener_id like '%BenchmarkingManagement%' and serialized_event like ? "
						+ "and completion_date is not null", Integer.class, "%" + id + "%") == 1);
		assertThat(this.benchmarking.cityValues(core, city).get("EMISSIONS_PER_INHABITANT")).isNotEmpty();
	}

}
