package org.lccp.knowledge;

/** What form a policy takes. */
public enum PolicyType {

	LAW, PLAN, PROGRAMME, PILOT, GUIDELINE, STRATEGY

}
