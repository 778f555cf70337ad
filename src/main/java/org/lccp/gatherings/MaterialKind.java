package org.lccp.gatherings;

/** Kinds of outcome material linked from a gathering. */
public enum MaterialKind {

	DOCUMENT, PRESENTATION, RECORDING, PHOTO, CASE_STUDY

}
