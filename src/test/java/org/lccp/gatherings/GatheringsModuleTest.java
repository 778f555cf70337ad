package org.lccp.gatherings;

import org.junit.jupiter.api.Test;
import org.lccp.LccpApplication;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gatherings module keeps Spring Modulith's boundaries: it uses only other modules'
 * APIs, and nothing reaches into its internals.
 */
class GatheringsModuleTest {

	@Test
	void staysWithinTheModuleBoundaries() {
		var modules = ApplicationModules.of(LccpApplication.class);
		assertThat(modules.getModuleByName("gatherings")).isPresent();
		modules.verify();
	}

}
