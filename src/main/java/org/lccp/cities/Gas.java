package org.lccp.cities;

/** Greenhouse gases of the Kyoto basket a target may cover. */
public enum Gas {

	CO2, CH4, N2O, HFCS, PFCS, SF6, NF3

}
