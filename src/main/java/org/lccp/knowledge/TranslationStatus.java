package org.lccp.knowledge;

/**
 * How a language version came to be, shown to readers beside the text.
 */
public enum TranslationStatus {

	ORIGINAL, HUMAN, MACHINE, UNREVIEWED

}
