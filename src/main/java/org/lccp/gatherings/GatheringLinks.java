package org.lccp.gatherings;

import java.util.Set;
import java.util.UUID;

import org.lccp.shared.domain.LinkableRecords;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gatherings as other modules point at them by id (the work plan's links). */
@Component
class GatheringLinks implements LinkableRecords {

	private final Gatherings gatherings;

	GatheringLinks(Gatherings gatherings) {
		this.gatherings = gatherings;
	}

	@Override
	public Set<Kind> kinds() {
		return Set.of(Kind.GATHERING);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(Kind kind, UUID id) {
		return kind == Kind.GATHERING && this.gatherings.existsById(id);
	}

}
