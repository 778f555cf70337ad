package org.lccp.knowledge;

import java.util.Set;
import java.util.UUID;

import org.lccp.shared.domain.LinkableRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publications and case studies as other modules point at them by id; an item of another
 * kind with the id does not count, so that a link's page address is right.
 */
@Component
class KnowledgeLinks implements LinkableRecords {

	private final JdbcClient jdbc;

	KnowledgeLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Kind> kinds() {
		return Set.of(Kind.PUBLICATION, Kind.CASE_STUDY);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(Kind kind, UUID id) {
		var content = switch (kind) {
			case PUBLICATION -> ContentKind.PUBLICATION;
			case CASE_STUDY -> ContentKind.CASE_STUDY;
			default -> null;
		};
		return content != null && this.jdbc.sql("select count(*) from knowledge_item where id = :id and kind = :kind")
			.param("id", id)
			.param("kind", content.name())
			.query(Long.class)
			.single() > 0;
	}

}
