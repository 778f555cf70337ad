package org.lccp.knowledge;

/** What using a tool costs a city, as its provider states it. */
public enum ToolCost {

	FREE, FREE_WITH_REGISTRATION, PAID, ON_REQUEST

}
