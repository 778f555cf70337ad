package org.lccp.benchmarking;

import org.lccp.shared.web.NotFoundException;

/** No indicator system, indicator or peer group with this id. */
public class BenchmarkNotFoundException extends NotFoundException {

	BenchmarkNotFoundException(Object id) {
		super("benchmarking.error.notFound", String.valueOf(id));
	}

}
