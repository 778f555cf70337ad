package org.lccp.pathways;

/** What drives a sector's emissions in a driver-based projection. */
public enum BauDriver {

	POPULATION, GDP

}
