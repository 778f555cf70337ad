package org.lccp.gatherings;

import org.lccp.files.FileRules;

/**
 * Kinds of outcome material of a gathering. Documents, presentations and photos may be
 * uploaded; recordings and case studies are links.
 */
public enum MaterialKind {

	DOCUMENT, PRESENTATION, RECORDING, PHOTO, CASE_STUDY;

	boolean mayBeUploaded() {
		return this == DOCUMENT || this == PRESENTATION || this == PHOTO;
	}

	/** What an upload of this kind may be: pictures for photos, documents otherwise. */
	FileRules fileRules() {
		return this == PHOTO ? FileRules.images() : FileRules.documents();
	}

}
