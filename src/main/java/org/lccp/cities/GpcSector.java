package org.lccp.cities;

/** Sectors of the Global Protocol for Community-Scale GHG Emission Inventories. */
public enum GpcSector {

	STATIONARY_ENERGY, TRANSPORTATION, WASTE, IPPU, AFOLU

}
