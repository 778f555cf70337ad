package org.lccp.opendata;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Settings of the open data. The bulk download's settings were named
 * {@code lccp.cities.*} while the cities module built it; those names still work when the
 * new ones are not set.
 *
 * @param bulkDebounce how long after a change of the open data the bulk download is
 * rebuilt; further changes within this time share the rebuild (3 s when neither this nor
 * {@code lccp.cities.bulk-debounce} is set)
 * @param bulkCheckInterval how often the data's fingerprint is compared with that of the
 * built download, to notice changes made through other nodes (1 min when neither this nor
 * {@code lccp.cities.bulk-check-interval} is set)
 */
@ConfigurationProperties("lccp.opendata")
record OpenDataProperties(@Nullable Duration bulkDebounce, @Nullable Duration bulkCheckInterval) {

	static final Duration DEBOUNCE = Duration.ofSeconds(3);

	static final Duration CHECK_INTERVAL = Duration.ofMinutes(1);

	/** These settings with the former names filled in, then the defaults. */
	OpenDataProperties withFormerNames(Environment environment) {
		var binder = Binder.get(environment);
		return new OpenDataProperties(
				(this.bulkDebounce != null) ? this.bulkDebounce
						: binder.bind("lccp.cities.bulk-debounce", Duration.class).orElse(DEBOUNCE),
				(this.bulkCheckInterval != null) ? this.bulkCheckInterval
						: binder.bind("lccp.cities.bulk-check-interval", Duration.class).orElse(CHECK_INTERVAL));
	}

}
