package org.lccp.programme;

import org.lccp.shared.web.NotFoundException;

/** A report, work-plan item or project that does not exist. */
class ProgrammeNotFoundException extends NotFoundException {

	ProgrammeNotFoundException() {
		super("programme.notFound");
	}

}
