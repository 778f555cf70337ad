package org.lccp.shared.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * Public tables a module adds to the platform's bulk download of open data, so that the
 * module building the download need not depend on every module with public data.
 */
public interface OpenDataTables {

	List<Table> tables();

	/**
	 * A table streamed row by row into the download.
	 *
	 * @param name file name without extension
	 * @param rows writes every row to the sink it is given, in the order of the header
	 */
	record Table(String name, List<String> header, Consumer<Consumer<List<Object>>> rows) {
	}

}
