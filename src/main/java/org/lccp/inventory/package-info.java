/**
 * Greenhouse-gas inventories of cities after the GPC: the reference library (GPC rows,
 * IPCC 2006 defaults, GWP sets), the exact calculation engine with its recorded steps,
 * the reporting totals (BASIC, BASIC+, territorial), the public calculator and inventory
 * check, and stored inventories with their workflow. Other modules read published totals
 * through {@link org.lccp.inventory.InventoryManagement} and listen to
 * {@link org.lccp.inventory.InventoryPublished}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "cities", "opendata" })
@NullMarked
package org.lccp.inventory;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
