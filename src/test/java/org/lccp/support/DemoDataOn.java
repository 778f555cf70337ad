package org.lccp.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Turns the demo data on for a test context (after {@link TestDatabase.Initializer},
 * which turns it off): cities, targets, knowledge items, gatherings and applications give
 * page tests real pages of every kind.
 */
public class DemoDataOn implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("lccp.demo.enabled=true").applyTo(context);
	}

}
