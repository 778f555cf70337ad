package org.lccp.knowledge;

/**
 * Where an item stands in its way from draft to publication. Only published items are
 * public.
 */
public enum ContentStatus {

	DRAFT, SUBMITTED, RETURNED, PUBLISHED, UNPUBLISHED;

	boolean editableByAuthor() {
		return this == DRAFT || this == RETURNED || this == UNPUBLISHED;
	}

}
