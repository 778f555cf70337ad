package org.lccp.inventory.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.lccp.cities.CityDirectory;
import org.lccp.inventory.Boundary;
import org.lccp.inventory.GwpSet;
import org.lccp.inventory.InventoryDetails;
import org.lccp.inventory.InventoryManagement;
import org.lccp.shared.demo.DemoDatasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads, once per database, Seoul's 2018 GPC inventory by sub-sector as published in the
 * C40 GHG Emissions Interactive Dashboard (data v30.05.2023, reported through CDP), as a
 * published inventory. Needs the demo cities (Seoul) loaded first.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class InventoryDemoData implements ApplicationRunner {

	static final String DATASET = "inventory";

	static final String SOURCE = "Seoul Metropolitan Government, 2018 GPC inventory, C40 GHG Emissions Interactive "
			+ "Dashboard (data v30.05.2023, reported through CDP)";

	private static final Logger log = LoggerFactory.getLogger(InventoryDemoData.class);

	private final DemoDatasets datasets;

	private final CityDirectory cities;

	private final InventoryManagement inventories;

	private final TransactionTemplate transaction;

	InventoryDemoData(DemoDatasets datasets, CityDirectory cities, InventoryManagement inventories,
			PlatformTransactionManager transactions) {
		this.datasets = datasets;
		this.cities = cities;
		this.inventories = inventories;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		var loaded = this.transaction.execute((status) -> {
			var seoul = this.cities.findCity("KR", "Seoul");
			if (seoul == null || !this.datasets.claim(DATASET)) {
				return false;
			}
			this.inventories.registerPublished(seoul,
					new InventoryDetails(2018, GwpSet.AR5, "BASIC", Boundary.ADMINISTRATIVE,
							"Administrative boundary of a local government", SOURCE, new BigDecimal("10124579"), SOURCE,
							null, null, null),
					seoulFile());
			return true;
		});
		if (Boolean.TRUE.equals(loaded)) {
			log.info("Demo inventory loaded: Seoul 2018 (C40 dashboard data)");
		}
	}

	static byte[] seoulFile() {
		try (var in = InventoryDemoData.class.getClassLoader()
			.getResourceAsStream("inventory/reference/city_inventory_seoul_2018.csv")) {
			if (in == null) {
				throw new IllegalStateException("Seoul 2018 inventory file missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
