package org.lccp.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lccp.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFormTest {

	private static InventoryController.ImportForm ofYear(int year) {
		return new InventoryController.ImportForm(UUID.randomUUID(), year, "AR5", "BASIC", Boundary.ADMINISTRATIVE,
				null, "City energy statistics", true, null);
	}

	@Test
	void anInventoryOfTheComingYearIsRefusedUntilTheClockReachesThatYear() {
		var clock = new TestClock(Instant.parse("2030-12-31T23:59:59Z"));
		assertThat(ofYear(2030).validate(clock)).isEmpty();
		assertThat(ofYear(2031).validate(clock)).containsExactly("year");

		clock.advance(Duration.ofSeconds(1));

		assertThat(ofYear(2031).validate(clock)).isEmpty();
	}

}
