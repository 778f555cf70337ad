package org.lccp.capacity;

import org.lccp.shared.web.NotFoundException;

/** No such need, offer or match (or not visible to the reader). */
class CapacityNotFoundException extends NotFoundException {

	CapacityNotFoundException() {
		super("capacity.notFound");
	}

}
