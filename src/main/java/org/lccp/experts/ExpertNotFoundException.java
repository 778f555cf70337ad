package org.lccp.experts;

import org.lccp.shared.web.NotFoundException;

/** No such roster entry, or not one the reader may see. */
class ExpertNotFoundException extends NotFoundException {

	ExpertNotFoundException() {
		super("experts.notFound");
	}

}
