package org.lccp.knowledge;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The day a piece of news happened, which lists and feeds date it by. */
@Embeddable
record NewsDetails(@Column(name = "published_on") @Nullable LocalDate publishedOn) {

	static final NewsDetails NONE = new NewsDetails(null);

}
