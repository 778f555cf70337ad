package org.lccp.capacity;

import java.util.Set;
import java.util.UUID;

import org.lccp.shared.domain.LinkableRecords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Capacity needs as other modules point at them by id. */
@Component
class CapacityLinks implements LinkableRecords {

	private final JdbcClient jdbc;

	CapacityLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Kind> kinds() {
		return Set.of(Kind.CAPACITY_NEED);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(Kind kind, UUID id) {
		return kind == Kind.CAPACITY_NEED && this.jdbc.sql("select count(*) from capacity_need where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
