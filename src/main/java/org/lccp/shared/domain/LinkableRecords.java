package org.lccp.shared.domain;

import java.util.Set;
import java.util.UUID;

/**
 * The records a module keeps that another module may point at by id, as the module that
 * keeps them answers: a work-plan item names the gathering, review or publication that
 * delivers it, and the programme must know that record exists without reading another
 * module's tables or depending on modules that depend on it.
 */
public interface LinkableRecords {

	/** What can be pointed at; each kind is kept by exactly one module. */
	enum Kind {

		GATHERING, REVIEW, STUDY, COMPARATIVE_STUDY, PUBLICATION, CASE_STUDY, CAPACITY_NEED

	}

	/** The kinds this module keeps. */
	Set<Kind> kinds();

	/**
	 * Whether a record of this kind (one of {@link #kinds()}) exists with this id; false
	 * for a kind the module does not keep.
	 */
	boolean exists(Kind kind, UUID id);

}
