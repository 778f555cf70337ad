package org.lccp.inventory;

/** The geographic boundary an inventory covers. */
public enum Boundary {

	ADMINISTRATIVE, METROPOLITAN, OTHER

}
