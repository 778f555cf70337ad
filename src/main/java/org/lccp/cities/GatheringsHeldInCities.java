package org.lccp.cities;

import org.lccp.gatherings.GatheringHeld;
import org.lccp.identity.AuditLog;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A gathering held in a registry city, once its outcome is published, enters that city's
 * history (which the city's editors see on its page), with the address of the gathering.
 */
@Component
class GatheringsHeldInCities {

	private final AuditLog audit;

	private final Cities cities;

	GatheringsHeldInCities(AuditLog audit, Cities cities) {
		this.audit = audit;
		this.cities = cities;
	}

	@ApplicationModuleListener
	void on(GatheringHeld held) {
		if (held.venueCityId() == null || !this.cities.existsById(held.venueCityId())) {
			return;
		}
		this.audit.record("City", held.venueCityId(), "GATHERING_HELD",
				held.title() + " (/gatherings/" + held.gatheringId() + ")");
	}

}
