package org.lccp.review;

import org.lccp.shared.web.NotFoundException;

/** A review that does not exist or that the reader may not see yet (a draft). */
public class ReviewNotFoundException extends NotFoundException {

	ReviewNotFoundException() {
		super("review.error.notFound");
	}

}
