package org.lccp.cities.demo;

import org.lccp.cities.CityFixtures;
import org.springframework.context.ApplicationContext;

/**
 * Loads the demo cities into the shared test database once (tests run with demo data
 * switched off), so that tests can check the seeds' targets.
 */
public final class CitiesDemo {

	private CitiesDemo() {
	}

	public static synchronized void ensureLoaded(ApplicationContext context) {
		CityFixtures.loadDemo(context);
	}

	/** Registers the fictitious training city once, for the training inventory. */
	public static synchronized void ensureTrainingCityLoaded(ApplicationContext context) {
		CityFixtures.loadTrainingCity(context);
	}

}
