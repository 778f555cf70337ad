package org.lccp.cities.demo;

import org.lccp.cities.CitiesManagement;
import org.lccp.identity.AccountManagement;
import org.lccp.shared.demo.DemoDatasets;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Loads the demo cities into the shared test database once (tests run with demo data
 * switched off), so that tests can check the seeds' targets.
 */
public final class CitiesDemo {

	private CitiesDemo() {
	}

	public static synchronized void ensureLoaded(ApplicationContext context) {
		new CitiesDemoData(context.getBean(DemoDatasets.class), context.getBean(CitiesManagement.class),
				context.getBean(AccountManagement.class), context.getBean(PlatformTransactionManager.class))
			.run(null);
	}

}
