package org.lccp.knowledge;

/** The level of government that adopted a policy. */
public enum PolicyLevel {

	NATIONAL, PROVINCIAL, CITY

}
