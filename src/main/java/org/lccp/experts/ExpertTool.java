package org.lccp.experts;

/**
 * Tools and methods an expert works with; the first four are the ones the platform's
 * sources name (GPC inventories, HEAT+, GIS, the CASS low-carbon city index).
 */
public enum ExpertTool {

	GPC_INVENTORY, HEAT_PLUS, GIS, LOW_CARBON_CITY_INDEX, ENERGY_MODELLING, BUILDING_ENERGY_AUDIT, LIFE_CYCLE_ASSESSMENT

}
