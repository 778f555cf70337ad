package org.lccp.capacity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lccp.shared.domain.ContentAbout;

import org.springframework.stereotype.Component;

/**
 * Puts the capacity building a gathering was held for on that gathering's page, so that a
 * training links back to the need it served and the need links to the training.
 */
@Component
class CapacityAbout implements ContentAbout {

	private final CapacityManagement capacity;

	CapacityAbout(CapacityManagement capacity) {
		this.capacity = capacity;
	}

	@Override
	public List<Entry> about(Subject subject, UUID id, Locale reader) {
		if (subject != Subject.GATHERING) {
			return List.of();
		}
		return this.capacity.matchesHeldAs(id)
			.stream()
			.map((m) -> new Entry("capacity.about.gathering", "capacity.about.need", m.needTitle(),
					"/capacity/needs/" + m.needId(), ""))
			.toList();
	}

}
