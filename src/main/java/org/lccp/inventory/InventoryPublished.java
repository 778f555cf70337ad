package org.lccp.inventory;

import java.util.UUID;

/**
 * An inventory version was published (and any earlier published version of the same city
 * and year superseded). Published in the publishing transaction.
 *
 * @param inventoryId the published version
 * @param cityId the city (the cities module's id)
 * @param year the inventory year
 */
public record InventoryPublished(UUID inventoryId, UUID cityId, int year) {
}
