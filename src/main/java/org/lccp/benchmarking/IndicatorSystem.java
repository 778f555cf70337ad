package org.lccp.benchmarking;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of an indicator system.
 *
 * @param leagueTable whether the public may see the full ranking (off unless the
 * secretariat chooses it)
 */
public record IndicatorSystem(UUID id, String code, int versionNo, String name, @Nullable String description,
		boolean leagueTable, String createdBy, Instant createdAt) {
}
