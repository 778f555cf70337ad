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
 * @param sharedLimits whether the limits are counted in PostgreSQL, shared by every node
 * on the database (the default), or in each node's memory (each node then allows the full
 * budget)
 */
@ConfigurationProperties("lccp.identity.api")
record ApiAccessProperties(@DefaultValue("600") int requestsPerMinute, @DefaultValue("true") boolean sharedLimits) {
}
