package org.lccp.shared.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a module counts of its own records for a period, so that the secretariat's report
 * to the Senior Officials Meeting is computed from the platform's records without the
 * report depending on every module. Each figure names the page that lists the records it
 * counts, so that a reader of the report can check it.
 */
public interface ActivityFigures {

	/**
	 * The module's figures for the period from {@code from} to {@code to}, both days
	 * included; breakdown labels in the reader's language.
	 */
	List<Figure> figures(LocalDate from, LocalDate to, Locale reader);

	/**
	 * One figure of the report.
	 *
	 * @param key what is counted, e.g. {@code members.new}; the report names it
	 * @param number how many
	 * @param breakdown the parts of the number (they need not add up to it when a record
	 * falls into several parts, such as an item in several languages)
	 * @param path the list page showing the records counted
	 */
	record Figure(String key, long number, List<Part> breakdown, String path) {

		public Figure {
			breakdown = List.copyOf(breakdown);
		}

	}

	/**
	 * A part of a figure.
	 *
	 * @param label the part's name in the reader's language
	 * @param number how many
	 * @param path the (filtered) list page showing the part's records
	 */
	record Part(String label, long number, String path) {
	}

}
