package org.lccp.pathways;

/** How a sector's business-as-usual emissions grow. */
public enum BauMethod {

	/** A compound annual growth rate of the sector's emissions. */
	CAGR,
	/**
	 * A driver (population or GDP) times an emission intensity that changes each year.
	 */
	DRIVER

}
