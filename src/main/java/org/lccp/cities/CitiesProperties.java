package org.lccp.cities;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cities, the map and the open data.
 *
 * @param mapTiles URL template of online map tiles, e.g.
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}; empty (the default) shows only
 * the country layer shipped with the platform, so the map works with no internet
 * @param mapAttribution attribution shown with online tiles
 * @param apiRequestsPerMinute requests per minute the open-data API answers per client
 * (per API token when one is sent, else per address) before it answers 429 with
 * Retry-After
 */
@ConfigurationProperties("lccp.cities")
record CitiesProperties(@DefaultValue("") String mapTiles, @DefaultValue("") String mapAttribution,
		@DefaultValue("600") int apiRequestsPerMinute) {
}
