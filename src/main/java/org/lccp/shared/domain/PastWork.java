package org.lccp.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Work a person did on the platform (reviews, studies, assistance delivered, published
 * case studies), offered by each module that knows of it, so that the expert roster fills
 * an expert's past work without depending on every module.
 */
public interface PastWork {

	/** Finished, public work of the account, newest first. */
	List<Item> of(UUID accountId, Locale reader);

	/**
	 * One piece of work.
	 *
	 * @param kindKey message key of what it was
	 * @param path the page that shows it
	 * @param year the year it was done, when known
	 */
	record Item(String kindKey, String title, String path, @Nullable Integer year) {
	}

}
