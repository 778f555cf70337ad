package org.lccp.knowledge;

import java.util.UUID;

import org.lccp.shared.web.NotFoundException;

/** An item that does not exist, or that the reader may not see (an unpublished one). */
public class ItemNotFoundException extends NotFoundException {

	ItemNotFoundException(UUID id) {
		super("knowledge.notFound", id);
	}

}
