package org.lccp.cities;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cities and the map. (The bulk download's settings, once
 * {@code lccp.cities.bulk-*}, are the opendata module's {@code lccp.opendata.bulk-*}; the
 * old names are still read there.)
 *
 * @param mapTiles URL template of online map tiles, e.g.
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}; empty (the default) shows only
 * the country layer shipped with the platform, so the map works with no internet
 * @param mapAttribution attribution shown with online tiles
 */
@ConfigurationProperties("lccp.cities")
record CitiesProperties(@DefaultValue("") String mapTiles, @DefaultValue("") String mapAttribution) {
}
