package org.lccp.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A roster entry as stored. Pages for the public go through {@link #shows} so that a
 * field the expert keeps private is never rendered.
 */
public record ExpertView(UUID id, UUID accountId, String name, @Nullable String headline, @Nullable String institution,
		@Nullable String country, @Nullable String biography, Set<Topic> topics, Set<String> sectors,
		Set<ExpertTool> tools, Set<String> languages, Set<String> countriesServed, Availability availability,
		@Nullable LocalDate availableFrom, @Nullable LocalDate availableUntil, Set<PublicField> publicFields,
		ExpertStatus status, @Nullable String decisionNote, @Nullable String sourceNote, Instant appliedAt,
		@Nullable Instant decidedAt, int version) {

	public boolean shows(String field) {
		return this.publicFields.contains(PublicField.valueOf(field));
	}

	ExpertSummary summary() {
		return new ExpertSummary(this.id, this.accountId, this.name, this.institution, this.country, this.topics,
				this.sectors, this.tools, this.languages, this.countriesServed, this.availability);
	}

	/** The entry as the public may see it: private fields emptied, not only hidden. */
	ExpertView forPublic() {
		return new ExpertView(this.id, this.accountId, this.name, this.headline,
				shows("INSTITUTION") ? this.institution : null, shows("COUNTRY") ? this.country : null,
				shows("BIOGRAPHY") ? this.biography : null, shows("TOPICS") ? this.topics : Set.of(),
				shows("SECTORS") ? this.sectors : Set.of(), shows("TOOLS") ? this.tools : Set.of(),
				shows("LANGUAGES") ? this.languages : Set.of(),
				shows("COUNTRIES_SERVED") ? this.countriesServed : Set.of(), this.availability,
				shows("AVAILABILITY") ? this.availableFrom : null, shows("AVAILABILITY") ? this.availableUntil : null,
				this.publicFields, this.status, null, this.sourceNote, this.appliedAt, this.decidedAt, this.version);
	}

}
