package org.lccp.benchmarking;

/**
 * Whether a value was worked out by the platform or reported by a city or the
 * secretariat.
 */
public enum ValueOrigin {

	COMPUTED, REPORTED

}
