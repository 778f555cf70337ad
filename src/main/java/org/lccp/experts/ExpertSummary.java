package org.lccp.experts;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A listed expert as other modules' suggestions read it: everything the secretariat may
 * weigh when proposing people, whatever the expert shows publicly.
 *
 * @param countryCode the expert's own country (ISO 3166-1 alpha-2), if given
 * @param sectors GPC-style sector codes of {@link org.lccp.shared.domain.Sector}
 * @param languages platform language codes (en, zh, ja, ko, ru, mn)
 * @param countriesServed countries the expert works in; empty for any
 */
public record ExpertSummary(UUID id, UUID accountId, String name, @Nullable String institution,
		@Nullable String countryCode, Set<Topic> topics, Set<String> sectors, Set<ExpertTool> tools,
		Set<String> languages, Set<String> countriesServed, Availability availability) {

	public boolean available() {
		return this.availability != Availability.NOT_AVAILABLE;
	}

}
