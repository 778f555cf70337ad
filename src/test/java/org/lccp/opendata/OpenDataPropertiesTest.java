package org.lccp.opendata;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk download's settings moved from {@code lccp.cities.*} to
 * {@code lccp.opendata.*}: the old names still work, the new ones win, and without either
 * the defaults hold.
 */
class OpenDataPropertiesTest {

	@Test
	void theFormerCitiesNamesStillSetTheBulkDownload() {
		var environment = new MockEnvironment().withProperty("lccp.cities.bulk-debounce", "7s")
			.withProperty("lccp.cities.bulk-check-interval", "2m");
		var settings = new OpenDataProperties(null, null).withFormerNames(environment);
		assertThat(settings.bulkDebounce()).isEqualTo(Duration.ofSeconds(7));
		assertThat(settings.bulkCheckInterval()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void theNewNamesWinOverTheFormerOnes() {
		var environment = new MockEnvironment().withProperty("lccp.cities.bulk-debounce", "7s");
		var settings = new OpenDataProperties(Duration.ofSeconds(1), Duration.ofSeconds(30))
			.withFormerNames(environment);
		assertThat(settings.bulkDebounce()).isEqualTo(Duration.ofSeconds(1));
		assertThat(settings.bulkCheckInterval()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void withoutEitherTheDefaultsHold() {
		var settings = new OpenDataProperties(null, null).withFormerNames(new MockEnvironment());
		assertThat(settings.bulkDebounce()).isEqualTo(Duration.ofSeconds(3));
		assertThat(settings.bulkCheckInterval()).isEqualTo(Duration.ofMinutes(1));
	}

}
