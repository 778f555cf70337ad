package org.lccp.shared.domain;

/**
 * Sectors of low-carbon city work, used by membership interests, case studies and
 * capacity offers alike.
 */
public enum Sector {

	ENERGY_SUPPLY, BUILDINGS, TRANSPORT, WASTE, WATER, INDUSTRY, LAND_USE_GREEN_SPACE, DISASTER_RISK_REDUCTION, FINANCE,
	GOVERNANCE

}
