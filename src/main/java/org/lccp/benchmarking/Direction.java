package org.lccp.benchmarking;

/**
 * Which way an indicator is better. Every indicator must say so; a neutral one
 * (population, a sector's share) describes a city and may be compared and used to find
 * peers, but carries no weight in an index.
 */
public enum Direction {

	HIGHER, LOWER, NEUTRAL

}
