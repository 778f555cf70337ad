package org.lccp.shared.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * Public tables a module adds to the platform's bulk download of open data, so that the
 * module building the download need not depend on every module with public data. The
 * download holds the tables in the order of these beans ({@code @Order}; unordered ones
 * last, in the order they were found).
 */
public interface OpenDataTables {

	List<Table> tables();

	/**
	 * A fingerprint of the data behind the tables that every write changes, so that a
	 * node notices changes made through other nodes; empty for a module that only
	 * announces its changes with {@link OpenDataChanged}.
	 */
	default String version() {
		return "";
	}

	/**
	 * A table streamed row by row into the download.
	 *
	 * @param name file name without extension
	 * @param rows writes every row to the sink it is given, in the order of the header
	 */
	record Table(String name, List<String> header, Consumer<Consumer<List<Object>>> rows) {
	}

}
