package org.lccp.inventory;

/**
 * Where an inventory version stands: compiled (draft), handed in (submitted), checked by
 * the secretariat or an expert, published (frozen), or replaced by a published
 * correction.
 */
public enum InventoryStatus {

	DRAFT, SUBMITTED, CHECKED, PUBLISHED, SUPERSEDED

}
