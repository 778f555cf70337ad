package org.lccp.shared.domain;

/**
 * The platform's programme areas from its Terms of Reference, as members choose them.
 */
public enum ActivityArea {

	INFORMATION_SHARING, PEER_REVIEW_ANALYTICAL_STUDIES, CAPACITY_BUILDING

}
