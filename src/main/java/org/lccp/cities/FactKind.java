package org.lccp.cities;

/** Time series kept for each city. */
public enum FactKind {

	POPULATION, AREA, GDP, GDP_PER_CAPITA

}
