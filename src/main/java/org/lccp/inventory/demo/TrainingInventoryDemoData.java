package org.lccp.inventory.demo;

import java.io.IOException;
import java.io.UncheckedIOException;

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
 * Loads, once per database (its own demo dataset), the illustrative training inventory
 * the guide walks through: an invented city, Sampleton, in a user-assigned country code
 * (XX) so that it never mixes with a real country's comparisons, with a 2022 inventory of
 * activity lines calculated by the engine from the IPCC 2006 defaults. Every line and the
 * city's name say it is fictitious; the inventory is marked fictitious, which every page
 * and the API show.
 */
@Component
@Order(41)
@ConditionalOnBooleanProperty(name = "lccp.demo.enabled")
class TrainingInventoryDemoData implements ApplicationRunner {

	static final String DATASET = "inventory-training";

	static final String COUNTRY = "XX";

	static final String NAME = "Sampleton (fictitious training city)";

	static final String SOURCE = "Fictitious training data set of the platform (illustrative, not a real city); "
			+ "factors: IPCC 2006 Guidelines defaults, AR5 GWP";

	private static final Logger log = LoggerFactory.getLogger(TrainingInventoryDemoData.class);

	private final DemoDatasets datasets;

	private final CityDirectory cities;

	private final InventoryManagement inventories;

	private final TransactionTemplate transaction;

	TrainingInventoryDemoData(DemoDatasets datasets, CityDirectory cities, InventoryManagement inventories,
			PlatformTransactionManager transactions) {
		this.datasets = datasets;
		this.cities = cities;
		this.inventories = inventories;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		var loaded = this.transaction.execute((status) -> {
			if (!this.datasets.claim(DATASET)) {
				return false;
			}
			// The cities module's demo data registers the fictitious city (at a lower
			// order).
			var city = this.cities.findCity(COUNTRY, NAME);
			if (city == null) {
				throw new IllegalStateException("training city missing: the cities demo data registers it first");
			}
			this.inventories.registerFictitious(city,
					new InventoryDetails(2022, GwpSet.AR5, "BASIC+", Boundary.ADMINISTRATIVE,
							"Administrative boundary of the fictitious city", SOURCE, null, null, null, null, null),
					file());
			return true;
		});
		if (Boolean.TRUE.equals(loaded)) {
			log.info("Demo inventory loaded: Sampleton 2022 (fictitious, for training)");
		}
	}

	static byte[] file() {
		try (var in = TrainingInventoryDemoData.class.getClassLoader()
			.getResourceAsStream("inventory/demo/training_sampleton_2022.csv")) {
			if (in == null) {
				throw new IllegalStateException("training inventory file missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
