package org.lccp.benchmarking;

/** Main or supporting indicator, so a CASS-style 15 / 52 structure can be entered. */
public enum IndicatorLevel {

	MAIN, SUPPORTING

}
