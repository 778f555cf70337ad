package org.lccp.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.domain.ContentAbout;

import org.springframework.stereotype.Component;

/**
 * The published items that name a city (case studies, policies, networks, news) or a
 * gathering (the case studies presented there), for their pages.
 */
@Component
class KnowledgeAbout implements ContentAbout {

	private final KnowledgeManagement knowledge;

	KnowledgeAbout(KnowledgeManagement knowledge) {
		this.knowledge = knowledge;
	}

	@Override
	public List<Entry> about(Subject subject, UUID id, Locale reader) {
		var items = switch (subject) {
			case CITY -> this.knowledge.aboutCity(id, reader);
			case GATHERING -> this.knowledge.presentedAt(id, reader);
		};
		return items.stream()
			.map((s) -> new Entry("knowledge.kinds." + s.kind().name(), "knowledge.kind." + s.kind().name(), s.title(),
					s.path(), s.language()))
			.toList();
	}

}
