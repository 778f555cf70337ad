package org.lccp.cities;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cities, the map and the open data.
 *
 * @param mapTiles URL template of online map tiles, e.g.
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}; empty (the default) shows only
 * the country layer shipped with the platform, so the map works with no internet
 * @param mapAttribution attribution shown with online tiles
 * @param bulkDebounce how long after a change of the open data the bulk download is
 * rebuilt; further changes within this time share the rebuild
 * @param bulkCheckInterval how often the data's fingerprint is compared with that of the
 * built download, to notice changes made through other nodes
 */
@ConfigurationProperties("lccp.cities")
record CitiesProperties(@DefaultValue("") String mapTiles, @DefaultValue("") String mapAttribution,
		@DefaultValue("3s") Duration bulkDebounce, @DefaultValue("1m") Duration bulkCheckInterval) {
}
