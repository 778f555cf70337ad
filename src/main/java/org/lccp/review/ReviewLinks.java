package org.lccp.review;

import java.util.Set;
import java.util.UUID;

import org.lccp.shared.domain.LinkableRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Peer reviews and studies as other modules point at them by id. */
@Component
class ReviewLinks implements LinkableRecords {

	private final JdbcClient jdbc;

	ReviewLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Kind> kinds() {
		return Set.of(Kind.REVIEW, Kind.STUDY, Kind.COMPARATIVE_STUDY);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(Kind kind, UUID id) {
		var table = switch (kind) {
			case REVIEW -> "review";
			case STUDY -> "review_study";
			case COMPARATIVE_STUDY -> "review_comparative";
			default -> null;
		};
		return table != null && this.jdbc.sql("select count(*) from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
