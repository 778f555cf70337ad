package org.lccp.knowledge;

/** Kinds of publications in the catalogue. */
public enum PublicationKind {

	STUDY, REPORT, BOOKLET, COMPENDIUM, MEETING_DOCUMENT

}
