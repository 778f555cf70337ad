package org.lccp.pathways;

import java.time.Instant;

import org.lccp.cities.OpenDataChanged;
import org.lccp.inventory.InventoryPublished;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A newly published inventory moves the city's progress and may start new pathways. Pages
 * and the API compute both when read, so nothing here is cached; what is stored is the
 * bulk download, whose pathway tables are rebuilt when the open data is announced as
 * changed.
 */
@Component
class PathwaysEvents {

	private final ApplicationEventPublisher events;

	PathwaysEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@ApplicationModuleListener
	void on(InventoryPublished published) {
		this.events.publishEvent(new OpenDataChanged(Instant.now()));
	}

}
