package org.lccp.shared.domain;

/**
 * The platform's four activity areas (Terms of Reference and the secretariat's 2020
 * note), as members choose them.
 */
public enum ActivityArea {

	INFORMATION_SHARING, TECHNICAL_ASSISTANCE, PEER_REVIEW_ANALYTICAL_STUDIES, CAPACITY_BUILDING

}
