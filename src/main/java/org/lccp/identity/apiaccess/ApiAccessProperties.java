package org.lccp.identity.apiaccess;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of API access.
 *
 * @param requestsPerMinute requests per minute the API answers per client (per API token
 * when one is sent, else per client address) before it answers 429 with Retry-After; the
 * former setting {@code lccp.cities.api-requests-per-minute} still sets it (see
 * application.yml)
 */
@ConfigurationProperties("lccp.identity.api")
record ApiAccessProperties(@DefaultValue("600") int requestsPerMinute) {
}
