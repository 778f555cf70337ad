package org.lccp.gatherings;

import java.util.UUID;

import org.lccp.shared.web.NotFoundException;

/** No gathering (or registration of it) with this id. */
public class GatheringNotFoundException extends NotFoundException {

	GatheringNotFoundException(UUID id) {
		super("gatherings.notFound", id);
	}

}
