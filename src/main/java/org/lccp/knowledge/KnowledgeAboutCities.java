package org.lccp.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.domain.CityContent;

import org.springframework.stereotype.Component;

/**
 * The published case studies, policies, networks and news that name a city, for its
 * profile.
 */
@Component
class KnowledgeAboutCities implements CityContent {

	private final KnowledgeManagement knowledge;

	KnowledgeAboutCities(KnowledgeManagement knowledge) {
		this.knowledge = knowledge;
	}

	@Override
	public List<Entry> about(UUID cityId, Locale reader) {
		return this.knowledge.aboutCity(cityId, reader)
			.stream()
			.map((s) -> new Entry("knowledge.kinds." + s.kind().name(), "knowledge.kind." + s.kind().name(), s.title(),
					s.path(), s.language()))
			.toList();
	}

}
