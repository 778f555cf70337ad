package org.lccp.experts;

/**
 * The maintained list of capacity-building topics: experts on the roster, needs and
 * offers are matched on it.
 */
public enum Topic {

	GHG_INVENTORY, MITIGATION_PLANNING, ADAPTATION, ENERGY_EFFICIENCY, RENEWABLE_ENERGY, LOW_CARBON_TRANSPORT,
	WASTE_MANAGEMENT, CLIMATE_FINANCE, GIS_AND_DATA, HEALTH_AND_CLIMATE

}
