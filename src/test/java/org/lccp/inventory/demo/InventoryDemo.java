package org.lccp.inventory.demo;

import org.lccp.cities.CityDirectory;
import org.lccp.cities.demo.CitiesDemo;
import org.lccp.inventory.InventoryManagement;
import org.lccp.shared.demo.DemoDatasets;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Loads the demo cities and Seoul's 2018 inventory into the shared test database once
 * (tests run with demo data switched off).
 */
public final class InventoryDemo {

	private InventoryDemo() {
	}

	public static synchronized void ensureLoaded(ApplicationContext context) {
		CitiesDemo.ensureLoaded(context);
		new InventoryDemoData(context.getBean(DemoDatasets.class), context.getBean(CityDirectory.class),
				context.getBean(InventoryManagement.class), context.getBean(PlatformTransactionManager.class))
			.run(null);
	}

	/** Loads the fictitious training city and its inventory once. */
	public static synchronized void ensureTrainingLoaded(ApplicationContext context) {
		CitiesDemo.ensureTrainingCityLoaded(context);
		new TrainingInventoryDemoData(context.getBean(DemoDatasets.class), context.getBean(CityDirectory.class),
				context.getBean(InventoryManagement.class), context.getBean(PlatformTransactionManager.class))
			.run(null);
	}

	/** The training inventory as shipped, in the activity-line layout. */
	public static byte[] trainingFile() {
		return TrainingInventoryDemoData.file();
	}

}
