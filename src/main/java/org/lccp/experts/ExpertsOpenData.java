package org.lccp.experts;

import java.util.Arrays;
import java.util.List;

import org.lccp.shared.domain.OpenDataTables;

import org.springframework.stereotype.Component;

/**
 * The public part of the roster as a table of the bulk download (hidden fields empty).
 */
@Component
class ExpertsOpenData implements OpenDataTables {

	private final ExpertRoster roster;

	ExpertsOpenData(ExpertRoster roster) {
		this.roster = roster;
	}

	@Override
	public List<Table> tables() {
		return List.of(new Table("experts",
				List.of("id", "name", "headline", "institution", "country", "topics", "sectors", "tools", "languages",
						"countries_served", "availability", "url"),
				(sink) -> this.roster.publicEntries()
					.forEach((e) -> sink.accept(Arrays.asList(e.id(), e.name(), e.headline(), e.institution(),
							e.country(), String.join(" ", e.topics().stream().map(Enum::name).toList()),
							String.join(" ", e.sectors()),
							String.join(" ", e.tools().stream().map(Enum::name).toList()),
							String.join(" ", e.languages()), String.join(" ", e.countriesServed()),
							e.shows("AVAILABILITY") ? e.availability().name() : null, "/experts/" + e.id())))));
	}

}
